import { describe, expect, it } from 'vitest';
import { compareDates, filterTimeline, groupByYear, timelineEntries, type TimelineEntry } from '../../../../src/lib/site/timeline.ts';
import type { ExtractedDate } from '../../../../src/lib/site/types.ts';
import { atlasOf, cite, loadRealAtlas, record } from './atlas-fixture.ts';

const atlas = loadRealAtlas();

const date = (value: string): ExtractedDate => ({
	value,
	precision: value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day',
	inferred: false,
});

describe('compareDates', () => {
	it('puts a month before a day of that month, and a year before both', () => {
		expect(compareDates(date('2022-06'), date('2022-06-08'))).toBeLessThan(0);
		expect(compareDates(date('2022-06-08'), date('2022-06'))).toBeGreaterThan(0);
		expect(compareDates(date('2022'), date('2022-06'))).toBeLessThan(0);
	});

	it('orders by date across precisions', () => {
		expect(compareDates(date('2022-06-30'), date('2022-07'))).toBeLessThan(0);
		expect(compareDates(date('1992-01-05'), date('2022'))).toBeLessThan(0);
		expect(compareDates(date('2025-04-25'), date('2025-04-25'))).toBe(0);
	});

	it('puts a missing date last', () => {
		expect(compareDates(date('2025-08-31'), undefined)).toBeLessThan(0);
		expect(compareDates(undefined, date('1992'))).toBeGreaterThan(0);
		expect(compareDates(undefined, undefined)).toBe(0);
	});
});

describe('timelineEntries on the atlas', () => {
	const entries = timelineEntries(atlas);

	it('lists meetings and events oldest first', () => {
		expect(entries.map((entry) => [entry.kind, entry.id, entry.date?.value])).toEqual([
			['event', 'china-kyrgyzstan-diplomatic-relations', '1992-01-05'],
			['meeting', '2022-06-nur-sultan', '2022-06'],
			['event', 'china-central-asia-foreign-ministers-meeting-3', '2022-06-08'],
			['event', 'japarov-visit-to-china-2025', '2025-02'],
			['meeting', '2025-04-25-almaty', '2025-04-25'],
			['event', 'sco-summit-tianjin-2025', '2025-08-31'],
		]);
	});

	it('gives a meeting its participants, named actors and areas', () => {
		const meeting = entries.find((entry) => entry.id === '2025-04-25-almaty')!;
		expect(meeting.actors).toEqual(['wang-yi', 'jeenbek-kulubaev', 'kazakhstan', 'china', 'kyrgyzstan', 'xi-jinping', 'sadyr-japarov']);
		expect(meeting.areas).toEqual(['china-kyrgyzstan-uzbekistan-railway', 'people-to-people-exchanges', 'trade', 'investment', 'customs', 'multilateral-cooperation']);
		expect(meeting.cite).toEqual({ source: '2025-04-25-almaty', paragraphs: ['p1'] });
	});

	it('gives an event the actors and areas of the meetings referring to it', () => {
		const visit = entries.find((entry) => entry.id === 'japarov-visit-to-china-2025')!;
		const meeting = entries.find((entry) => entry.id === '2025-04-25-almaty')!;
		expect(visit.actors).toEqual(meeting.actors);
		expect(visit.areas).toEqual(meeting.areas);
	});

	it('cites the paragraphs that date a meeting', () => {
		expect(entries.find((entry) => entry.id === '2022-06-nur-sultan')?.cite).toEqual({ source: '2022-06-nur-sultan', paragraphs: ['p4', 'p5'] });
	});

	it('dates an event from its mention, with the citation, when its file has no date', () => {
		const visit = entries.find((entry) => entry.id === 'japarov-visit-to-china-2025')!;
		expect(visit.date).toMatchObject({ value: '2025-02', precision: 'month', inferred: true });
		expect(visit.cite).toEqual({ source: '2025-04-25-almaty', paragraphs: ['p3'] });
	});

	it('prefers the editorial date of an event, which cites no paragraph', () => {
		// The 2022 text says only "en juin"; the event file knows the day.
		const ministers = entries.find((entry) => entry.id === 'china-central-asia-foreign-ministers-meeting-3')!;
		expect(ministers.date?.value).toBe('2022-06-08');
		expect(ministers.cite).toBeUndefined();
	});
});

describe('timelineEntries on a small atlas', () => {
	const meeting = (id: string, value: string, events: string[] = []) => ({
		id,
		record: record({ date: { ...date(value), cite: cite('p1') }, events: events.map((event) => ({ id: event, name: event, cite: cite('p2') })) }),
		translations: {},
	});

	it('puts events of unknown date last, with no actors when no meeting refers to them', () => {
		const entries = timelineEntries(
			atlasOf({
				meetings: [meeting('2024-03-03-almaty', '2024-03-03')],
				events: [{ id: 'undated', name: { fr: 'Sans date', en: 'Undated' } }, { id: 'old', name: { fr: 'Ancien', en: 'Old' }, date: date('1999') }],
			}),
		);
		expect(entries.map((entry) => entry.id)).toEqual(['old', '2024-03-03-almaty', 'undated']);
		expect(entries.at(-1)).toMatchObject({ date: undefined, actors: [], areas: [] });
	});

	it('orders entries of the same date by kind, then id', () => {
		const entries = timelineEntries(
			atlasOf({
				meetings: [meeting('b-meeting', '2024-03-03'), meeting('a-meeting', '2024-03-03')],
				events: [{ id: 'same-day', name: { fr: 'x', en: 'x' }, date: date('2024-03-03') }],
			}),
		);
		expect(entries.map((entry) => entry.id)).toEqual(['same-day', 'a-meeting', 'b-meeting']);
	});

	it('is empty for an empty atlas', () => {
		expect(timelineEntries(atlasOf({}))).toEqual([]);
	});
});

describe('filterTimeline', () => {
	const entries = timelineEntries(atlas);
	const ids = (filtered: TimelineEntry[]) => filtered.map((entry) => entry.id);

	it('keeps, for an actor, the meetings naming them and the events these refer to', () => {
		expect(ids(filterTimeline(entries, { actor: 'sadyr-japarov' }))).toEqual(['japarov-visit-to-china-2025', '2025-04-25-almaty', 'sco-summit-tianjin-2025']);
	});

	it('keeps, for an area, the meetings discussing it and the events these refer to', () => {
		expect(ids(filterTimeline(entries, { area: 'health' }))).toEqual([
			'china-kyrgyzstan-diplomatic-relations',
			'2022-06-nur-sultan',
			'china-central-asia-foreign-ministers-meeting-3',
		]);
	});

	it('requires both an actor and an area when given both', () => {
		expect(ids(filterTimeline(entries, { actor: 'sadyr-japarov', area: 'health' }))).toEqual([]);
		expect(ids(filterTimeline(entries, { actor: 'wang-yi', area: 'trade' }))).toEqual(['japarov-visit-to-china-2025', '2025-04-25-almaty', 'sco-summit-tianjin-2025']);
	});

	it('keeps everything with an empty filter, and nothing for an unknown id', () => {
		expect(filterTimeline(entries, {})).toEqual(entries);
		expect(filterTimeline(entries, { actor: 'nobody' })).toEqual([]);
	});
});

describe('groupByYear', () => {
	const entry = (id: string, value?: string): TimelineEntry => ({ kind: 'event', id, date: value ? date(value) : undefined, actors: [], areas: [] });

	it('groups the atlas timeline into 1992, 2022 and 2025', () => {
		const years = groupByYear(timelineEntries(atlas));
		expect(years.map(({ year, entries }) => [year, entries.length])).toEqual([
			['1992', 1],
			['2022', 2],
			['2025', 3],
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
