import { describe, expect, it } from 'vitest';
import { checkPermalinks, formatPermalinkList, parsePermalinkList, permalinksOf, type BuiltPage } from '../../../../src/lib/share/permalinks.ts';

const page = (path: string, ids: string[] = [], redirect = false): BuiltPage => ({ path, ids, redirect });
const site = [
	page('/fr/'),
	page('/fr/rencontres/'),
	page('/fr/rencontres/2025-04-25-almaty/', ['p1', 'statement-1']),
	page('/en/meetings/2025-04-25-almaty/', ['p1']),
	page('/fr/acteurs/wang-yi/'),
	page('/fr/chronologie/acteurs/wang-yi/'),
	page('/fr/sources/2025-04-25-almaty/', ['p1', 'p2', 'facts']),
	page('/fr/rencontres/old-id/', [], true),
];

describe('permalinksOf', () => {
	it('lists entry pages and source paragraphs, not lists, filtered views or redirects', () => {
		expect(permalinksOf(site)).toEqual([
			'/en/meetings/2025-04-25-almaty/',
			'/fr/acteurs/wang-yi/',
			'/fr/rencontres/2025-04-25-almaty/',
			'/fr/sources/2025-04-25-almaty/',
			'/fr/sources/2025-04-25-almaty/#p1',
			'/fr/sources/2025-04-25-almaty/#p2',
		]);
	});
});

describe('the permalink list file', () => {
	it('round-trips, skipping comments and blank lines, sorted', () => {
		const text = formatPermalinkList(['/fr/b/', '/fr/a/']);
		expect(text.startsWith('# ')).toBe(true);
		expect(parsePermalinkList(`${text}\n\n`)).toEqual(['/fr/a/', '/fr/b/']);
	});
});

describe('checkPermalinks', () => {
	const published = permalinksOf(site);

	it('passes when every published permalink resolves and none is unlisted', () => {
		expect(checkPermalinks(published, site, {})).toEqual([]);
	});

	it('fails on a lost page or paragraph without a redirect, saying how to fix it', () => {
		const withoutActor = site.filter((entry) => entry.path !== '/fr/acteurs/wang-yi/');
		const withoutParagraph = site.map((entry) => (entry.path === '/fr/sources/2025-04-25-almaty/' ? { ...entry, ids: ['p1'] } : entry));
		expect(checkPermalinks(published, withoutActor, {})).toEqual([{ path: '/fr/acteurs/wang-yi/', problem: expect.stringContaining('add a redirect') }]);
		expect(checkPermalinks(published, withoutParagraph, {})).toEqual([{ path: '/fr/sources/2025-04-25-almaty/#p2', problem: expect.stringContaining('content/redirects.yaml') }]);
	});

	it('accepts a lost page whose redirect leads to a page that exists, and not otherwise', () => {
		const moved = [...site.filter((entry) => entry.path !== '/fr/acteurs/wang-yi/'), page('/fr/acteurs/wang-yi-2/'), page('/fr/acteurs/wang-yi/', [], true)];
		const listed = [...published, '/fr/acteurs/wang-yi-2/'];
		expect(checkPermalinks(listed, moved, { '/fr/acteurs/wang-yi/': '/fr/acteurs/wang-yi-2/' })).toEqual([]);
		expect(checkPermalinks(listed, moved, { '/fr/acteurs/wang-yi/': '/fr/acteurs/nobody/' })).toEqual([{ path: '/fr/acteurs/wang-yi/', problem: expect.stringContaining('/fr/acteurs/nobody/, which does not exist') }]);
	});

	it('asks for a new permalink to be listed', () => {
		const grown = [...site, page('/fr/acteurs/xi-jinping/')];
		expect(checkPermalinks(published, grown, {})).toEqual([{ path: '/fr/acteurs/xi-jinping/', problem: expect.stringContaining('npm run permalinks -- --update') }]);
	});
});
