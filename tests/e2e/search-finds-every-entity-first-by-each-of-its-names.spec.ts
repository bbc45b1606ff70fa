import { expect, test } from '@playwright/test';
import { namedEntities } from './entity-names.ts';

// Every name of every actor, place, organisation and area, in both languages: too many to type
// one by one, so each is searched in the page with the search page's own code (Pagefind, its
// ranking, the exact-name rule and the site's list of exact names, which must therefore hold
// every name), and the test reports every name that does not come first.
for (const locale of ['fr', 'en'] as const) {
	test(`${locale}: every actor, place, organisation and area comes first for each of its names`, async ({ page }) => {
		const cases = namedEntities().flatMap((entity) => entity.names.map((name) => ({ name, expected: `/${locale}/${entity.path[locale]}` })));
		expect(cases.length).toBeGreaterThan(100);
		await page.goto(locale === 'fr' ? '/fr/recherche/' : '/en/search/');
		const firsts = await page.evaluate(async (names) => {
			const core = await import('/scripts/search/core.js' as string);
			const pagefind = await import('/pagefind/pagefind.js' as string);
			await pagefind.options({ baseUrl: '/', ranking: core.ranking });
			const exactNames = new Set(await (await fetch('/search-names.json')).json());
			const found: string[] = [];
			for (const name of names) {
				const { first } = await core.firstResults(pagefind, core.readState(`?q=${encodeURIComponent(name)}`), core.firstPageSize, exactNames);
				found.push(first[0]?.url ?? '(nothing)');
			}
			return found;
		}, cases.map((entry) => entry.name));
		const misses = cases.flatMap((entry, index) => (firsts[index] === entry.expected ? [] : [`"${entry.name}" → ${firsts[index]} (expected ${entry.expected})`]));
		expect(misses).toEqual([]);
	});
}
