/**
 * `npm run permalinks -- --check | --update`: compares the built site (dist/) with the committed
 * list of published permalinks (content/permalinks.txt). --check exits 1 naming each lost or
 * unlisted permalink; --update adds the new ones to the list, but still refuses to forget one.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { checkPermalinks, formatPermalinkList, parsePermalinkList, permalinksOf, type BuiltPage } from '../lib/share/permalinks.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const listPath = join(root, 'content', 'permalinks.txt');
const redirectsPath = join(root, 'content', 'redirects.yaml');
const dist = join(root, 'dist');

/** Every index.html of the build, as a path with the ids of its elements. */
function builtPages(directory: string): BuiltPage[] {
	return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
		const path = join(directory, entry.name);
		if (entry.isDirectory()) return builtPages(path);
		if (entry.name !== 'index.html') return [];
		const html = readFileSync(path, 'utf8');
		const folder = relative(dist, directory).split(sep).join('/');
		return [{ path: folder === '' ? '/' : `/${folder}/`, redirect: /<meta http-equiv="refresh"/i.test(html), ids: [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!) }];
	});
}

/** The declared redirects: old path → new path. */
export function readRedirects(path = redirectsPath): Record<string, string> {
	return existsSync(path) ? ((parseYaml(readFileSync(path, 'utf8')) as Record<string, string> | null) ?? {}) : {};
}

const mode = process.argv[2];
if (import.meta.main) {
	if (mode !== '--check' && mode !== '--update') {
		console.error('permalinks: say --check (compare the build with content/permalinks.txt) or --update (add the new permalinks to it)');
		process.exit(2);
	}
	if (!existsSync(join(dist, 'index.html'))) {
		console.error('permalinks: no build in dist/; run `npm run build` first');
		process.exit(1);
	}
	const pages = builtPages(dist);
	const published = existsSync(listPath) ? parsePermalinkList(readFileSync(listPath, 'utf8')) : [];
	const problems = checkPermalinks(published, pages, readRedirects());
	const lost = problems.filter((problem) => published.includes(problem.path));
	if (mode === '--update' && lost.length === 0) {
		const added = permalinksOf(pages).filter((link) => !published.includes(link));
		writeFileSync(listPath, formatPermalinkList([...published, ...added]));
		console.log(`permalinks: ${added.length} new permalink(s) added to content/permalinks.txt`);
	} else if ((mode === '--update' ? lost : problems).length > 0) {
		for (const { path, problem } of mode === '--update' ? lost : problems) console.error(`${path}: ${problem}`);
		process.exitCode = 1;
	} else {
		console.log(`permalinks: all ${published.length} published permalinks resolve`);
	}
}
