/**
 * The layering of docs/architecture.md, checked over the import graph of src/: no import circle,
 * each layer importing only the layers it may, the ingest's steps in recipe order and reached
 * only through their index, and no module much over 400 lines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers.ts';

/** Every module of the project's code, as a path from the root: src/ and the browser search code. */
function modules(): string[] {
	const found: string[] = [];
	const walk = (folder: string) => {
		for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
			const path = `${folder}/${entry.name}`;
			if (entry.isDirectory()) walk(path);
			else if (/\.(?:ts|astro|mjs|js)$/.test(entry.name)) found.push(path);
		}
	};
	walk('src');
	walk('public/scripts');
	return found.sort();
}

/** The project modules a module imports (static, dynamic and re-exports), as paths from the root. */
export function importsOf(module: string, text: string): string[] {
	const specifiers = [...text.matchAll(/(?:\bfrom|\bimport\s*\(?)\s*['"](\.\.?\/[^'"]+)['"]/g)].map((found) => found[1]!);
	return specifiers.map((specifier) => normalize(join(dirname(module), specifier)).replaceAll('\\', '/'));
}

const graph = new Map(modules().map((module) => [module, importsOf(module, readFileSync(join(root, module), 'utf8'))]));

/** The layers, lowest first: where each lives and which layers it may import besides its own. */
const layers = [
	{ name: 'search core', paths: ['public/scripts/search/core.js'], mayImport: [] },
	{ name: 'schemas', paths: ['src/schemas/'], mayImport: [] },
	{ name: 'i18n', paths: ['src/i18n/'], mayImport: ['schemas'] },
	{ name: 'ingest', paths: ['src/lib/ingest/'], mayImport: ['schemas'] },
	{ name: 'maps', paths: ['src/lib/maps/'], mayImport: [] },
	{ name: 'mdx', paths: ['src/lib/mdx/'], mayImport: [] },
	{ name: 'eval', paths: ['src/lib/eval/'], mayImport: ['schemas', 'ingest'] },
	{ name: 'model', paths: ['src/lib/atlas.ts', 'src/lib/content.ts', 'src/lib/integrity.ts'], mayImport: ['schemas', 'ingest', 'mdx'] },
	{ name: 'io', paths: ['src/io/'], mayImport: ['schemas', 'ingest'] },
	{ name: 'site', paths: ['src/lib/site/'], mayImport: ['search core', 'schemas', 'i18n', 'ingest', 'maps', 'model'] },
	{ name: 'share', paths: ['src/lib/share/'], mayImport: ['schemas', 'i18n', 'ingest', 'model', 'site'] },
	{
		name: 'bindings',
		paths: ['src/components/', 'src/layouts/', 'src/pages/', 'src/integrations/', 'src/loaders/', 'src/cli/', 'src/styles/', 'src/content.config.ts', 'public/scripts/search/page.js'],
		mayImport: ['search core', 'schemas', 'i18n', 'ingest', 'maps', 'mdx', 'eval', 'model', 'io', 'site', 'share'],
	},
];

/** The layer of a module: layerOf("src/lib/site/paths.ts") → "site". */
function layerOf(module: string): string | undefined {
	return layers.find((layer) => layer.paths.some((path) => (path.endsWith('/') ? module.startsWith(path) : module === path)))?.name;
}

/** The ingest's steps in recipe order; the recipe itself (parse-press-text.ts) sits on top of them. */
const steps = ['text', 'gazetteer', 'dates', 'report', 'entities', 'statements', 'record'];
const ingest = 'src/lib/ingest/';

/** The step of an ingest module: stepOf("src/lib/ingest/dates/wire-date.ts") → "dates"; null for the recipe. */
function stepOf(module: string): string | null {
	const folder = module.slice(ingest.length).split('/');
	return folder.length > 1 ? folder[0]! : null;
}

/** The circles of the graph, each as the modules around it (Tarjan's strongly connected components). */
function circles(edges: Map<string, string[]>): string[][] {
	let counter = 0;
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const found: string[][] = [];
	const visit = (node: string) => {
		index.set(node, counter);
		low.set(node, counter++);
		stack.push(node);
		onStack.add(node);
		for (const next of edges.get(node) ?? []) {
			if (!edges.has(next)) continue;
			if (!index.has(next)) {
				visit(next);
				low.set(node, Math.min(low.get(node)!, low.get(next)!));
			} else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
		}
		if (low.get(node) !== index.get(node)) return;
		const component: string[] = [];
		let member: string;
		do {
			member = stack.pop()!;
			onStack.delete(member);
			component.push(member);
		} while (member !== node);
		if (component.length > 1 || (edges.get(node) ?? []).includes(node)) found.push(component.sort());
	};
	for (const node of edges.keys()) if (!index.has(node)) visit(node);
	return found;
}

describe('the import graph', () => {
	it('reads the imports of a module, relative to it', () => {
		expect(importsOf('src/lib/site/paths.ts', "import { a } from '../atlas.ts';\nexport { b } from './names.ts';\nconst c = await import('../../schemas/date.ts');")).toEqual([
			'src/lib/atlas.ts',
			'src/lib/site/names.ts',
			'src/schemas/date.ts',
		]);
	});

	it('finds a circle, and none in a chain', () => {
		expect(circles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual([['a', 'b', 'c']]);
		expect(circles(new Map([['a', ['b']], ['b', ['c']], ['c', []]]))).toEqual([]);
	});

	it('resolves every import to a module of the project', () => {
		const missing = [...graph].flatMap(([module, imports]) => imports.filter((target) => !graph.has(target) && !/\.(?:css|json)$/.test(target)).map((target) => `${module} → ${target}`));
		expect(missing).toEqual([]);
	});

	it('has no circle', () => {
		expect(circles(graph)).toEqual([]);
	});

	it('puts every module in a layer', () => {
		expect([...graph.keys()].filter((module) => layerOf(module) === undefined)).toEqual([]);
	});

	it('has each layer import only the layers below it that it may', () => {
		const allowed = new Map(layers.map((layer) => [layer.name, new Set([layer.name, ...layer.mayImport])]));
		const breaches = [...graph].flatMap(([module, imports]) =>
			imports
				.filter((target) => graph.has(target) && !allowed.get(layerOf(module)!)!.has(layerOf(target)!))
				.map((target) => `${module} (${layerOf(module)}) → ${target} (${layerOf(target)})`),
		);
		expect(breaches).toEqual([]);
	});

	it('has each ingest step import only earlier steps, through their index', () => {
		const breaches = [...graph].filter(([module]) => module.startsWith(ingest)).flatMap(([module, imports]) =>
			imports.filter((target) => target.startsWith(ingest)).flatMap((target) => {
				const [from, to] = [stepOf(module), stepOf(target)];
				if (from === to) return [];
				if (from !== null && to === null) return [`${module} → ${target}: a step imports the recipe`];
				if (from !== null && steps.indexOf(to!) > steps.indexOf(from)) return [`${module} → ${target}: ${from} comes before ${to}`];
				return target.endsWith('/index.ts') ? [] : [`${module} → ${target}: not through ${to}/index.ts`];
			}),
		);
		expect(breaches).toEqual([]);
	});

	it('reaches the ingest from outside only through a step index or the recipe', () => {
		const breaches = [...graph].filter(([module]) => !module.startsWith(ingest)).flatMap(([module, imports]) =>
			imports.filter((target) => target.startsWith(ingest) && stepOf(target) !== null && !target.endsWith('/index.ts')).map((target) => `${module} → ${target}`),
		);
		expect(breaches).toEqual([]);
	});

	it('knows every step folder of the ingest', () => {
		const folders = readdirSync(join(root, ingest), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
		expect(folders.sort()).toEqual([...steps].sort());
	});

	it('keeps every module under about 400 lines', () => {
		const long = [...graph.keys()].map((module) => [relative('.', module), readFileSync(join(root, module), 'utf8').split('\n').length] as const).filter(([, lines]) => lines > 410);
		expect(long).toEqual([]);
	});
});
