/**
 * Permalinks that never break: the published ones are listed in content/permalinks.txt, and a
 * build may not lose one unless content/redirects.yaml sends it somewhere that exists. Pure
 * functions over paths; src/cli/permalinks.ts reads them from the built site.
 */
import { sections } from '../site/paths.ts';

/** The sections whose pages are entries with a permanent address (/fr/rencontres/<id>/…). */
const entrySections = new Set<string>(
	Object.values(sections).flatMap((names) => [names.meetings, names.actors, names.areas, names.places, names.organisations, names.events, names.sources]),
);
const sourceSections = new Set<string>(Object.values(sections).map((names) => names.sources));

/** A built page: its path ("/fr/sources/x/"), whether it is a redirect, and the ids of its elements. */
export interface BuiltPage {
	path: string;
	redirect: boolean;
	ids: string[];
}

/**
 * The permalinks a build publishes: every entry page in both languages, and every paragraph of
 * a source page ("/fr/sources/2025-04-25-almaty/#p3"). Sorted, so the list diffs well.
 */
export function permalinksOf(pages: BuiltPage[]): string[] {
	const links = pages.flatMap((page) => {
		const parts = page.path.split('/').filter(Boolean);
		if (page.redirect || parts.length !== 3 || !entrySections.has(parts[1]!)) return [];
		const paragraphs = sourceSections.has(parts[1]!) ? page.ids.filter((id) => /^p\d+$/.test(id)).map((id) => `${page.path}#${id}`) : [];
		return [page.path, ...paragraphs];
	});
	return [...new Set(links)].sort();
}

/** Reads content/permalinks.txt: one path per line; blank lines and "#" comments are skipped. */
export function parsePermalinkList(text: string): string[] {
	return text
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line !== '' && !line.startsWith('#'));
}

/** Writes the list back, with its header. */
export function formatPermalinkList(links: string[]): string {
	return `# Every permalink the atlas has published, in both languages. Never remove a line: a page that
# moves gets a redirect in content/redirects.yaml. \`npm run permalinks -- --update\` adds new ones.
${[...links].sort().join('\n')}\n`;
}

/** A permalink problem, with its fix. */
export interface PermalinkProblem {
	path: string;
	problem: string;
}

/**
 * Compares the published list with a build: a listed permalink must still resolve, itself or
 * through a declared redirect whose target resolves; a new permalink must be added to the list.
 */
export function checkPermalinks(published: string[], pages: BuiltPage[], redirects: Record<string, string>): PermalinkProblem[] {
	const current = new Set(permalinksOf(pages));
	const real = new Map(pages.filter((page) => !page.redirect).map((page) => [page.path, new Set(page.ids)]));
	const resolves = (link: string) => {
		const [path, anchor] = link.split('#') as [string, string | undefined];
		const ids = real.get(path);
		return ids !== undefined && (anchor === undefined || ids.has(anchor));
	};
	const problems: PermalinkProblem[] = [];
	for (const link of published) {
		if (resolves(link)) continue;
		const [path, anchor] = link.split('#') as [string, string | undefined];
		const target = redirects[path];
		if (target === undefined) {
			problems.push({ path: link, problem: 'this published permalink no longer exists: restore it, or add a redirect from it to its new home in content/redirects.yaml' });
		} else if (!resolves(anchor ? `${target}#${anchor}` : target)) {
			problems.push({ path: link, problem: `its redirect leads to ${target}${anchor ? `#${anchor}` : ''}, which does not exist: fix the redirect in content/redirects.yaml` });
		}
	}
	const listed = new Set(published);
	for (const link of current) {
		if (!listed.has(link)) problems.push({ path: link, problem: 'a new permalink, not yet in content/permalinks.txt: run `npm run permalinks -- --update` and commit the list' });
	}
	return problems;
}
