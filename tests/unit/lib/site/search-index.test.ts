import { describe, expect, it } from 'vitest';
import { allPages } from '../../../../src/lib/site/pages.ts';
import type { PageRef } from '../../../../src/lib/site/paths.ts';
import { exactNames, foldedNames, isSearched, namesOf, searchKinds, searchRecordOf, searchYears } from '../../../../src/lib/site/search-index.ts';
import { atlasOf, dateOf, event, original, person, world } from '../../atlas-fixture.ts';

const atlas = atlasOf(world);

describe('namesOf', () => {
	it('gives an actor its names in both languages and every alias, each spelling once', () => {
		expect(namesOf(atlas, 'actor', 'mira-saltan')).toEqual(['Mira Saltane', 'Mira Saltan', 'Saltane', 'Saltan', 'Мира Салтан']);
	});

	it('gives a place its former names, so that "Fort-Royal" finds Port-Aven', () => {
		expect(namesOf(atlas, 'place', 'port-aven')).toEqual(['Port-Aven', 'Port Aven', 'Fort-Royal', 'Fort Royal']);
	});

	it('gives an organisation its abbreviations in both languages', () => {
		expect(namesOf(atlas, 'organisation', 'league-of-ports')).toEqual(['Ligue des ports', 'League of Ports', 'LDP', 'LOP']);
	});

	it('gives an area its aliases and its keywords as words, without the ingest’s prefix star', () => {
		expect(namesOf(atlas, 'area', 'fisheries')).toEqual(['Pêche', 'Fisheries', 'halieuti', 'fishing']);
		expect(namesOf(atlas, 'area', 'coast-railway')).toEqual(['Chemin de fer côtier', 'Coastal railway', 'ligne ferroviaire côtière', 'ferroviaire', 'railway']);
	});

	it('gives an event its names in both languages', () => {
		expect(namesOf(atlas, 'event', 'harbour-treaty')).toEqual(['Traité du port', 'Harbour Treaty']);
	});

	it('keeps the first spelling of names that differ only in case', () => {
		const shouting = atlasOf({ actors: [person('tomas-vell', 'Tomas Vell', 'XN', { aliases: ['TOMAS VELL', 'Vell'] })] });
		expect(namesOf(shouting, 'actor', 'tomas-vell')).toEqual(['Tomas Vell', 'Vell']);
	});

	it('gives nothing for an unknown id', () => {
		expect(namesOf(atlas, 'actor', 'nobody')).toEqual([]);
		expect(namesOf(atlas, 'area', 'nothing')).toEqual([]);
	});
});

describe('isSearched', () => {
	it('indexes entry pages and meetings', () => {
		for (const kind of searchKinds) expect(isSearched({ kind, id: 'x' }), kind).toBe(true);
	});

	it('leaves out the pages that only repeat entries or describe the site: lists, filtered timelines, search, open data and 404', () => {
		const left: PageRef[] = [{ kind: 'home' }, { kind: 'timeline' }, { kind: 'meetings' }, { kind: 'actors' }, { kind: 'search' }, { kind: 'data' }, { kind: 'not-found' }, { kind: 'timeline-actor', id: 'tomas-vell' }, { kind: 'timeline-area', id: 'fisheries' }];
		for (const page of left) expect(isSearched(page), page.kind).toBe(false);
	});
});

describe('searchRecordOf', () => {
	it('tags a meeting with every name of what it mentions, its year, actors and areas', () => {
		const meeting = searchRecordOf(atlas, { kind: 'meeting', id: '2024-02-02-port-aven' })!;
		expect(meeting.kind).toBe('meeting');
		expect(meeting.names).toEqual([]);
		// Port-Aven's former name, the League's abbreviations, the railway's English keyword, an event named only in passing.
		expect(meeting.mentions).toEqual(expect.arrayContaining(['Saltane', 'Мира Салтан', 'Karl Ostrem', 'Fort-Royal', 'LDP', 'LOP', 'railway', 'Harbour Treaty']));
		expect(meeting.mentions).not.toContain('Norland');
		expect(meeting.filters).toEqual({ kind: ['meeting'], year: ['2024'], actor: ['tomas-vell', 'mira-saltan', 'karl-ostrem', 'sudria'], area: ['coast-railway', 'transport'] });
		expect(meeting.date?.value).toBe('2024-02-02');
	});

	it('gives a source its meeting’s filters and date but no names, so that its meeting ranks above it', () => {
		const source = searchRecordOf(atlas, { kind: 'source', id: '2021-03-fort-royal' })!;
		const meeting = searchRecordOf(atlas, { kind: 'meeting', id: '2021-03-fort-royal' })!;
		expect(source.names).toEqual([]);
		expect(source.mentions).toEqual([]);
		expect(source.filters).toEqual({ ...meeting.filters, kind: ['source'] });
		expect(source.date).toEqual(meeting.date);
	});

	it('tags an entry page with its own names and itself as the actor or area filter', () => {
		expect(searchRecordOf(atlas, { kind: 'actor', id: 'tomas-vell' })).toMatchObject({ kind: 'actor', names: expect.arrayContaining(['Tomas Vell', 'Томас Велл']), filters: { kind: ['actor'], actor: ['tomas-vell'], area: [], year: [] } });
		expect(searchRecordOf(atlas, { kind: 'area', id: 'fisheries' })).toMatchObject({ filters: { kind: ['area'], area: ['fisheries'] } });
		expect(searchRecordOf(atlas, { kind: 'place', id: 'port-aven' })).toMatchObject({ kind: 'place', names: expect.arrayContaining(['Fort Royal']), filters: { kind: ['place'] } });
		expect(searchRecordOf(atlas, { kind: 'organisation', id: 'league-of-ports' })).toMatchObject({ kind: 'organisation', filters: { kind: ['organisation'] } });
	});

	it('dates an event as the timeline does: its own date, else the first a text gives', () => {
		const dated = searchRecordOf(atlas, { kind: 'event', id: 'harbour-treaty' })!;
		expect(dated.filters.year).toEqual(['1998']);
		expect(dated.date?.value).toBe('1998-05-04');
		const datedByText = searchRecordOf(atlas, { kind: 'event', id: 'ports-summit' })!;
		expect(datedByText.filters.year).toEqual(['2024']);
		expect(datedByText.date?.value).toBe('2024-06');
		const undated = atlasOf({ events: [event('e', { fr: 'Un événement', en: 'An event' })] });
		expect(searchRecordOf(undated, { kind: 'event', id: 'e' })).toMatchObject({ filters: { year: [] }, date: undefined });
	});

	it('gives a record to every page search indexes, and to no other', () => {
		for (const page of allPages(atlas)) expect(searchRecordOf(atlas, page) !== undefined, JSON.stringify(page)).toBe(isSearched(page));
	});

	it('gives nothing for an unknown meeting or event', () => {
		expect(searchRecordOf(atlas, { kind: 'meeting', id: 'nowhere' })).toBeUndefined();
		expect(searchRecordOf(atlas, { kind: 'event', id: 'nowhere' })).toBeUndefined();
	});
});

describe('foldedNames and exactNames', () => {
	it('folds a record’s names as the search page folds a query, each once', () => {
		const record = searchRecordOf(atlas, { kind: 'place', id: 'port-aven' })!;
		// "Port-Aven" and "Port Aven" fold alike.
		expect(foldedNames(record)).toEqual(['port aven', 'fort royal']);
	});

	it('lists every folded name of every searched page once, sorted, and nothing from meetings or sources', () => {
		const names = exactNames(atlas);
		const expected = allPages(atlas).flatMap((page) => {
			const record = searchRecordOf(atlas, page);
			return record ? foldedNames(record) : [];
		});
		expect(new Set(names)).toEqual(new Set(expected));
		expect(names).toEqual([...new Set(names)].sort());
		expect(names).toEqual(expect.arrayContaining(['мира салтан', 'ldp', 'harbour treaty', 'fort royal']));
		expect(names).not.toContain('');
	});
});

describe('searchYears', () => {
	it('offers each year of a meeting or dated event once, newest first', () => {
		expect(searchYears(atlas)).toEqual(['2024', '2021', '1998']);
		const years = atlasOf({
			meetings: [original('2022-06-kerro'), original('2025-04-25-kerro'), original('2025-01-kerro')],
			events: [event('undated', 'Sans date'), event('old', 'Ancien', { date: dateOf('1992-01-05') })],
		});
		expect(searchYears(years)).toEqual(['2025', '2022', '1992']);
	});
});
