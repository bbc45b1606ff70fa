import { describe, expect, it } from 'vitest';
import { deepLink, firstResults, foldName, isActive, latestOnly, nameFilter, orderedResults, pagefindOptions, readState, searchString } from '../../../public/scripts/search/core.js';

describe('the search state in the address', () => {
	it('reads the query, the filters and the order', () => {
		expect(readState('?q=Kulubaev&kind=meeting&year=2025&actor=wang-yi&area=trade&sort=newest')).toEqual({ q: 'Kulubaev', kind: 'meeting', year: '2025', actor: 'wang-yi', area: 'trade', sort: 'newest' });
	});

	it('trims the query, treats missing values as empty and an unknown order as relevance', () => {
		expect(readState('?q=%20%20Wang+Yi%20&sort=sideways')).toEqual({ q: 'Wang Yi', kind: '', year: '', actor: '', area: '', sort: 'relevance' });
		expect(readState('')).toEqual({ q: '', kind: '', year: '', actor: '', area: '', sort: 'relevance' });
	});

	it('writes only what is set, and round-trips', () => {
		const state = readState('?q=Кулубаев&kind=meeting&sort=oldest');
		expect(searchString(state)).toBe('?q=%D0%9A%D1%83%D0%BB%D1%83%D0%B1%D0%B0%D0%B5%D0%B2&kind=meeting&sort=oldest');
		expect(readState(searchString(state))).toEqual(state);
		expect(searchString(readState('?kind=&sort=relevance'))).toBe('');
	});

	it('keeps markup in a query as text', () => {
		const query = '<script>alert(1)</script> & "x"';
		expect(readState(searchString({ ...readState(''), q: query })).q).toBe(query);
	});

	it('is active with a query or a filter, not with an order alone', () => {
		expect(isActive(readState('?q=x'))).toBe(true);
		expect(isActive(readState('?year=2022'))).toBe(true);
		expect(isActive(readState('?sort=newest'))).toBe(false);
	});
});

describe('pagefindOptions', () => {
	it('passes the set filters and maps the date orders', () => {
		expect(pagefindOptions(readState('?q=x&kind=meeting&actor=wang-yi&sort=newest'))).toEqual({ filters: { kind: 'meeting', actor: 'wang-yi' }, sort: { date: 'desc' } });
		expect(pagefindOptions(readState('?sort=oldest'))).toEqual({ filters: {}, sort: { date: 'asc' } });
		expect(pagefindOptions(readState('?q=x'))).toEqual({ filters: {}, sort: {} });
	});
});

describe('deepLink', () => {
	const anchors = [
		{ id: 'facts', location: 10 },
		{ id: 'statement-1', location: 40 },
		{ id: 'article', location: 60 },
		{ id: 'p1', location: 62 },
		{ id: 'p2', location: 90 },
	];

	it('leads to the paragraph of the best match', () => {
		expect(deepLink({ url: '/en/meetings/x/', anchors, weighted_locations: [{ location: 95, balanced_score: 9 }, { location: 70, balanced_score: 3 }] })).toEqual({ href: '/en/meetings/x/#p2', kind: 'paragraph', number: 2 });
	});

	it('leads to a statement', () => {
		expect(deepLink({ url: '/fr/rencontres/x/', anchors, weighted_locations: [{ location: 45, balanced_score: 1 }] })).toEqual({ href: '/fr/rencontres/x/#statement-1', kind: 'statement', number: 1 });
	});

	it('skips matches in titles and lists of facts for the best one in a paragraph', () => {
		expect(deepLink({ url: '/u/', anchors, weighted_locations: [{ location: 2, balanced_score: 50 }, { location: 12, balanced_score: 20 }, { location: 64, balanced_score: 1 }] })?.href).toBe('/u/#p1');
	});

	it('gives none when no match is in a paragraph or a statement, or when the match is only in metadata', () => {
		expect(deepLink({ url: '/u/', anchors, weighted_locations: [{ location: 12, balanced_score: 1 }] })).toBeUndefined();
		expect(deepLink({ url: '/u/', anchors, weighted_locations: [] })).toBeUndefined();
		expect(deepLink({ url: '/u/' })).toBeUndefined();
	});

	it('replaces a fragment already in the address', () => {
		expect(deepLink({ url: '/u/#top', anchors, weighted_locations: [{ location: 63, balanced_score: 1 }] })?.href).toBe('/u/#p1');
	});
});

describe('foldName', () => {
	it('ignores case, accents, dashes and quotes', () => {
		expect(foldName('Chemin de fer Chine–Kirghizistan–Ouzbékistan')).toBe('chemin de fer chine kirghizistan ouzbekistan');
		expect(foldName('Initiative « la Ceinture et la Route »')).toBe('initiative la ceinture et la route');
		expect(foldName('  Nur-Sultan ')).toBe('nur sultan');
		expect(foldName('Кулубаев')).toBe('кулубаев');
	});
});

describe('orderedResults and firstResults', () => {
	// A fake Pagefind: a word search returns `found`; a search filtered by name returns the pages
	// of `named` whose folded names include the filter value.
	const fake = (found: string[], named: Record<string, string[]> = {}) => {
		const calls: unknown[][] = [];
		const result = (url: string) => ({ id: url, data: async () => ({ url }) });
		return {
			calls,
			search: async (query: string | null, options: { filters: Record<string, string> }) => {
				calls.push([query, options]);
				const name = options.filters[nameFilter];
				const urls = name === undefined ? found : Object.keys(named).filter((url) => named[url]!.map(foldName).includes(name));
				return { results: urls.map(result) };
			},
		};
	};

	it('searches with the state’s options and, for the exact names, with the folded query as a name filter', async () => {
		const pagefind = fake(['/1/', '/2/']);
		await orderedResults(pagefind, readState('?q=Nur-Sultan&kind=place'));
		expect(pagefind.calls).toEqual([
			['Nur-Sultan', { filters: { kind: 'place' }, sort: {} }],
			[null, { filters: { kind: 'place', [nameFilter]: 'nur sultan' }, sort: {} }],
		]);
	});

	it('puts first the pages one of whose names is the query, keeping Pagefind’s order otherwise', async () => {
		const pagefind = fake(['/railway/', '/meeting/', '/china/', '/party/'], { '/railway/': ['China–Kyrgyzstan–Uzbekistan railway'], '/china/': ['Chine', 'China', 'PRC'] });
		expect((await orderedResults(pagefind, readState('?q=china'))).map((result) => result.id)).toEqual(['/china/', '/railway/', '/meeting/', '/party/']);
	});

	it('matches whole names only, with case, accents and dashes optional', async () => {
		const pagefind = fake(['/b/', '/a/'], { '/a/': ['Ouzbékistan'], '/b/': ['Nur-Sultan', 'Astana'] });
		expect((await orderedResults(pagefind, readState('?q=OUZBEKISTAN'))).map((result) => result.id)).toEqual(['/a/', '/b/']);
		expect((await orderedResults(pagefind, readState('?q=Nur'))).map((result) => result.id)).toEqual(['/b/', '/a/']);
	});

	it('puts first a page named exactly the query even if the word search missed it', async () => {
		const pagefind = fake(['/x/'], { '/y/': ['BRI'] });
		expect((await orderedResults(pagefind, readState('?q=BRI'))).map((result) => result.id)).toEqual(['/y/', '/x/']);
	});

	it('keeps the date order as Pagefind gives it, and lists by filters alone with a null query', async () => {
		const pagefind = fake(['/old/', '/new/'], { '/new/': ['x'] });
		expect((await orderedResults(pagefind, readState('?q=x&sort=oldest'))).map((result) => result.id)).toEqual(['/old/', '/new/']);
		expect(pagefind.calls).toHaveLength(1);
		await orderedResults(pagefind, readState('?year=2022'));
		expect(pagefind.calls[1]).toEqual([null, { filters: { year: '2022' }, sort: {} }]);
		expect(pagefind.calls).toHaveLength(2);
	});

	it('spares the name search when the site’s exact names do not hold the folded query', async () => {
		const named = { '/kg/': ['Kirghizistan', 'Kyrgyzstan'] };
		const exactNames = new Set(['kirghizistan', 'kyrgyzstan']);
		const pagefind = fake(['/meeting/', '/kg/'], named);
		expect((await orderedResults(pagefind, readState('?q=coopération'), exactNames)).map((result) => result.id)).toEqual(['/meeting/', '/kg/']);
		expect(pagefind.calls).toEqual([['coopération', { filters: {}, sort: {} }]]);
		expect((await orderedResults(pagefind, readState('?q=KIRGHIZISTAN'), exactNames)).map((result) => result.id)).toEqual(['/kg/', '/meeting/']);
		expect(pagefind.calls[2]).toEqual([null, { filters: { [nameFilter]: 'kirghizistan' }, sort: {} }]);
	});

	it('loads the data of the first results only', async () => {
		const found = await firstResults(fake(['/1/', '/2/', '/3/'], { '/3/': ['SCO'] }), readState('?q=SCO'), 2);
		expect(found.total).toBe(3);
		expect(found.first.map((data) => data.url)).toEqual(['/3/', '/1/']);
		expect(found.rest.map((result) => result.id)).toEqual(['/2/']);
		const withNames = await firstResults(fake(['/1/', '/2/', '/3/'], { '/3/': ['SCO'] }), readState('?q=SCO'), 2, new Set(['sco']));
		expect(withNames.first.map((data) => data.url)).toEqual(['/3/', '/1/']);
	});
});

describe('latestOnly', () => {
	it('runs one call at a time, and of the calls made meanwhile only the latest', async () => {
		const started: string[] = [];
		const gates: Record<string, () => void> = {};
		const task = latestOnly((query: string) => {
			started.push(query);
			return new Promise<string>((resolve) => (gates[query] = () => resolve(`results for ${query}`)));
		});
		const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
		const first = task('k');
		await tick();
		const skipped = task('ku');
		const last = task('kul');
		await tick();
		expect(started).toEqual(['k']);
		gates.k!();
		expect(await first).toBe('results for k');
		expect(await skipped).toBeUndefined();
		await tick();
		expect(started).toEqual(['k', 'kul']);
		gates.kul!();
		expect(await last).toBe('results for kul');
	});

	it('goes on after a call that fails', async () => {
		const task = latestOnly(async (query: string) => {
			if (query === 'bad') throw new Error('no index');
			return query;
		});
		await expect(task('bad')).rejects.toThrow('no index');
		expect(await task('good')).toBe('good');
	});
});
