import { describe, expect, it } from 'vitest';
import { entryOf } from '../../../../src/lib/atlas.ts';
import { eventDate, filterTimeline, groupByYear, subjectsOf, timelineEntries, type TimelineEntry } from '../../../../src/lib/site/timeline.ts';
import { atlasOf, cite, dateOf, event, original, world } from '../../atlas-fixture.ts';

const atlas = atlasOf(world);

describe('eventDate', () => {
	const dated = (eventId: string, value?: string) => ({ id: eventId, name: eventId, cite: cite('x', 'p2'), ...(value ? { date: dateOf(value) } : {}) });

	it('prefers the event’s own editorial date, which cites no paragraph', () => {
		// The 2021 text says "May 1998"; the event's file knows the day.
		expect(eventDate(atlas, entryOf(atlas, 'events', 'harbour-treaty'))).toEqual({ date: dateOf('1998-05-04', { basis: expect.any(Object) }) });
	});

	it('takes the date a referring text gives, with its citation, when the event has none', () => {
		expect(eventDate(atlas, entryOf(atlas, 'events', 'ports-summit'))).toEqual({ date: dateOf('2024-06'), cite: cite('2024-02-02-port-aven', 'p3') });
	});

	it('takes the oldest meeting’s date among those that give one', () => {
		const small = atlasOf({
			events: [event('summit', 'Sommet')],
			meetings: [
				original('2024-05-kerro', { events: [dated('summit', '2024-09')] }),
				original('2023-01-kerro', { events: [dated('summit')] }),
				original('2023-06-kerro', { events: [dated('summit', '2024')] }),
			],
		});
		expect(eventDate(small, entryOf(small, 'events', 'summit')).date?.value).toBe('2024');
	});

	it('is empty when neither the event nor any text dates it', () => {
		const named = atlasOf({ events: [event('summit', 'Sommet')], meetings: [original('2023-01-kerro', { events: [dated('summit')] })] });
		expect(eventDate(named, entryOf(named, 'events', 'summit'))).toEqual({});
		const unnamed = atlasOf({ events: [event('summit', 'Sommet')] });
		expect(eventDate(unnamed, entryOf(unnamed, 'events', 'summit'))).toEqual({});
	});
});

describe('timelineEntries on the atlas', () => {
	const entries = timelineEntries(atlas);
	const entry = (id: string) => entries.find((candidate) => candidate.id === id)!;

	it('lists meetings and events oldest first', () => {
		expect(entries.map(({ kind, id, date }) => [kind, id, date?.value])).toEqual([
			['event', 'harbour-treaty', '1998-05-04'],
			['meeting', '2021-03-fort-royal', '2021-03'],
			['meeting', '2024-02-02-port-aven', '2024-02-02'],
			['event', 'ports-summit', '2024-06'],
		]);
	});

	it('gives a meeting its participants, named actors and areas, and the paragraphs that date it', () => {
		expect(entry('2024-02-02-port-aven')).toMatchObject({
			actors: ['tomas-vell', 'mira-saltan', 'karl-ostrem', 'sudria'],
			areas: ['coast-railway', 'transport'],
			cite: cite('2024-02-02-port-aven', 'p1'),
		});
	});

	it('gives an event the actors and areas of every meeting referring to it, once each', () => {
		expect(entry('ports-summit')).toMatchObject({ actors: entry('2024-02-02-port-aven').actors, areas: entry('2024-02-02-port-aven').areas });
		expect(entry('harbour-treaty')).toMatchObject({
			actors: ['tomas-vell', 'mira-saltan', 'norland', 'sudria', 'karl-ostrem'],
			areas: ['fisheries', 'coast-railway', 'transport'],
		});
	});

	it('dates an event as eventDate does: cited from a text, or editorial without a citation', () => {
		expect(entry('ports-summit')).toMatchObject({ date: dateOf('2024-06'), cite: cite('2024-02-02-port-aven', 'p3') });
		expect(entry('harbour-treaty').cite).toBeUndefined();
	});
});

describe('timelineEntries on a small atlas', () => {
	const meeting = (id: string, events: string[] = []) => original(id, { events: events.map((eventId) => ({ id: eventId, name: eventId, cite: cite(id, 'p2') })) });

	it('puts events of unknown date last, with no actors when no meeting refers to them', () => {
		const entries = timelineEntries(
			atlasOf({
				meetings: [meeting('2024-03-03-kerro')],
				events: [event('undated', 'Sans date'), event('old', 'Ancien', { date: dateOf('1999') })],
			}),
		);
		expect(entries.map((entry) => entry.id)).toEqual(['old', '2024-03-03-kerro', 'undated']);
		expect(entries.at(-1)).toMatchObject({ date: undefined, actors: [], areas: [] });
	});

	it('orders entries of the same date events first, then by id', () => {
		const entries = timelineEntries(
			atlasOf({
				meetings: [meeting('2024-03-03-b'), meeting('2024-03-03-a')],
				events: [event('same-day', 'Le même jour', { date: dateOf('2024-03-03') })],
			}),
		);
		expect(entries.map((entry) => entry.id)).toEqual(['same-day', '2024-03-03-a', '2024-03-03-b']);
	});

	it('is empty for an empty atlas', () => {
		expect(timelineEntries(atlasOf({}))).toEqual([]);
	});
});

describe('subjectsOf', () => {
	it('gathers the actors and areas some entry is about: the filters worth offering', () => {
		const { actors, areas } = subjectsOf(timelineEntries(atlas));
		// Ines Hald and Culture are in the atlas but in no entry.
		expect([...actors].sort()).toEqual(['karl-ostrem', 'mira-saltan', 'norland', 'sudria', 'tomas-vell']);
		expect([...areas].sort()).toEqual(['coast-railway', 'fisheries', 'transport']);
	});

	it('is empty for no entries', () => {
		expect(subjectsOf([])).toEqual({ actors: new Set(), areas: new Set() });
	});
});

describe('filterTimeline', () => {
	const entries = timelineEntries(atlas);
	const ids = (filtered: TimelineEntry[]) => filtered.map((entry) => entry.id);

	it('keeps, for an actor, the meetings naming them and the events these refer to', () => {
		expect(ids(filterTimeline(entries, { actor: 'karl-ostrem' }))).toEqual(['harbour-treaty', '2024-02-02-port-aven', 'ports-summit']);
	});

	it('keeps, for an area, the meetings discussing it and the events these refer to', () => {
		expect(ids(filterTimeline(entries, { area: 'fisheries' }))).toEqual(['harbour-treaty', '2021-03-fort-royal']);
	});

	it('requires both an actor and an area when given both', () => {
		expect(ids(filterTimeline(entries, { actor: 'norland', area: 'transport' }))).toEqual(['harbour-treaty']);
		expect(ids(filterTimeline(entries, { actor: 'mira-saltan', area: 'culture' }))).toEqual([]);
	});

	it('keeps everything with an empty filter, and nothing for an unknown id', () => {
		expect(filterTimeline(entries, {})).toEqual(entries);
		expect(filterTimeline(entries, { actor: 'nobody' })).toEqual([]);
	});
});

describe('groupByYear', () => {
	const entry = (id: string, value?: string): TimelineEntry => ({ kind: 'event', id, date: value ? dateOf(value) : undefined, actors: [], areas: [] });

	it('groups the atlas timeline by year', () => {
		expect(groupByYear(timelineEntries(atlas)).map(({ year, entries }) => [year, entries.map((item) => item.id)])).toEqual([
			['1998', ['harbour-treaty']],
			['2021', ['2021-03-fort-royal']],
			['2024', ['2024-02-02-port-aven', 'ports-summit']],
		]);
	});

	it('puts undated entries in a group whose year is null', () => {
		expect(groupByYear([entry('a', '2024-01'), entry('b'), entry('c')])).toEqual([
			{ year: '2024', entries: [entry('a', '2024-01')] },
			{ year: null, entries: [entry('b'), entry('c')] },
		]);
	});

	it('groups only consecutive entries, keeping their order', () => {
		const years = groupByYear([entry('a', '2024'), entry('b', '2025-02'), entry('c', '2024-05')]);
		expect(years.map(({ year, entries }) => [year, entries.map((item) => item.id)])).toEqual([
			['2024', ['a']],
			['2025', ['b']],
			['2024', ['c']],
		]);
	});

	it('is empty for no entries', () => {
		expect(groupByYear([])).toEqual([]);
	});
});
