import { describe, expect, it } from 'vitest';
import { allPages } from '../../../../src/lib/site/pages.ts';
import { namesOf, searchRecordOf, searchYears } from '../../../../src/lib/site/search-index.ts';
import { atlasOf, loadRealAtlas, record } from './atlas-fixture.ts';

const atlas = loadRealAtlas();

describe('namesOf', () => {
	it('gives an actor its names in both languages and every alias, each spelling once', () => {
		const names = namesOf(atlas, 'actor', 'jeenbek-kulubaev');
		expect(names).toEqual(expect.arrayContaining(['Jeenbek Kouloubaev', 'Jeenbek Kulubaev', 'Kouloubaev', 'Kulubaev', 'Kulubayev', 'Кулубаев']));
		expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
	});

	it('gives a place its former names, so that "Noursoultan" finds Astana', () => {
		expect(namesOf(atlas, 'place', 'astana')).toEqual(expect.arrayContaining(['Astana', 'Noursoultan', 'Nur-Sultan']));
	});

	it('gives an organisation its abbreviations in both languages', () => {
		expect(namesOf(atlas, 'organisation', 'sco')).toEqual(expect.arrayContaining(['Organisation de coopération de Shanghai', 'Shanghai Cooperation Organisation', 'OCS', 'SCO']));
	});

	it('gives an area its keywords as words, without the ingest’s prefix star', () => {
		const trade = atlasOf({ areas: [{ id: 'trade', kind: 'field', name: { fr: 'Commerce', en: 'Trade' }, aliases: [], keywords: { fr: ['commerciale*'], en: ['free trade'] } }] });
		expect(namesOf(trade, 'area', 'trade')).toEqual(['Commerce', 'Trade', 'commerciale', 'free trade']);
		expect(namesOf(atlas, 'area', 'china-kyrgyzstan-uzbekistan-railway')).toEqual(expect.arrayContaining(['railway', 'chemin de fer', 'ferroviaire']));
	});

	it('keeps the first spelling of names that differ only in case', () => {
		const actors = atlasOf({ actors: [{ id: 'x', kind: 'person', name: { fr: 'Wang Yi', en: 'Wang Yi' }, aliases: ['WANG YI', 'Wang'], country: 'CN', roles: [] }] });
		expect(namesOf(actors, 'actor', 'x')).toEqual(['Wang Yi', 'Wang']);
	});

	it('gives nothing for an unknown id', () => {
		expect(namesOf(atlas, 'actor', 'nobody')).toEqual([]);
	});
});

describe('searchRecordOf', () => {
	it('tags a meeting with every name of what it mentions, its year, actors and areas', () => {
		const meeting = searchRecordOf(atlas, { kind: 'meeting', id: '2025-04-25-almaty' })!;
		expect(meeting.kind).toBe('meeting');
		expect(meeting.names).toEqual([]);
		expect(meeting.mentions).toEqual(expect.arrayContaining(['Kouloubaev', 'Kulubayev', 'Almaty', 'SCO', 'OCS', 'railway']));
		expect(meeting.filters).toEqual({
			kind: ['meeting'],
			year: ['2025'],
			actor: expect.arrayContaining(['wang-yi', 'jeenbek-kulubaev']),
			area: expect.arrayContaining(['china-kyrgyzstan-uzbekistan-railway']),
		});
		expect(meeting.date?.value).toBe('2025-04-25');
	});

	it('gives a source its meeting’s filters and date but no names, so that its meeting ranks above it', () => {
		const source = searchRecordOf(atlas, { kind: 'source', id: '2022-06-nur-sultan' })!;
		const meeting = searchRecordOf(atlas, { kind: 'meeting', id: '2022-06-nur-sultan' })!;
		expect(source.names).toEqual([]);
		expect(source.mentions).toEqual([]);
		expect(source.filters).toEqual({ ...meeting.filters, kind: ['source'] });
		expect(source.date).toEqual(meeting.date);
	});

	it('tags an entry page with its own names and itself as the actor or area filter', () => {
		expect(searchRecordOf(atlas, { kind: 'actor', id: 'wang-yi' })).toMatchObject({ kind: 'actor', names: expect.arrayContaining(['Wang Yi', '王毅']), filters: { kind: ['actor'], actor: ['wang-yi'], area: [], year: [] } });
		expect(searchRecordOf(atlas, { kind: 'area', id: 'trade' })).toMatchObject({ filters: { kind: ['area'], area: ['trade'] } });
		expect(searchRecordOf(atlas, { kind: 'place', id: 'astana' })).toMatchObject({ kind: 'place', filters: { kind: ['place'] } });
	});

	it('dates an event only when its date is known', () => {
		const dated = searchRecordOf(atlas, { kind: 'event', id: 'sco-summit-tianjin-2025' })!;
		expect(dated.filters.year).toEqual(['2025']);
		const undated = atlasOf({ events: [{ id: 'e', name: { fr: 'Un événement', en: 'An event' } }] });
		expect(searchRecordOf(undated, { kind: 'event', id: 'e' })).toMatchObject({ filters: { year: [] }, date: undefined });
	});

	it('leaves out the pages that only repeat entries or describe the site: lists, filtered timelines, search, open data and 404', () => {
		const left = allPages(atlas).filter((page) => !searchRecordOf(atlas, page)).map((page) => page.kind);
		expect(new Set(left)).toEqual(new Set(['home', 'timeline', 'meetings', 'actors', 'areas', 'places', 'organisations', 'events', 'sources', 'search', 'data', 'not-found', 'timeline-actor', 'timeline-area']));
	});

	it('gives nothing for an unknown meeting', () => {
		expect(searchRecordOf(atlas, { kind: 'meeting', id: 'nowhere' })).toBeUndefined();
	});
});

describe('searchYears', () => {
	it('offers each year of a meeting or dated event once, newest first', () => {
		const years = atlasOf({
			meetings: [
				{ id: 'a', record: record({ date: { value: '2022-06', precision: 'month', inferred: true, cite: { source: 's', paragraphs: ['p1'] } } as never }), translations: {} },
				{ id: 'b', record: record({ date: { value: '2025-04-25', precision: 'day', inferred: false, cite: { source: 's', paragraphs: ['p1'] } } as never }), translations: {} },
			],
			events: [{ id: 'e', name: { fr: 'x', en: 'x' }, date: { value: '1992-01-05', precision: 'day', inferred: true } as never }],
		});
		expect(searchYears(years)).toEqual(['2025', '2022', '1992']);
	});
});
