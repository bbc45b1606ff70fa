import { describe, expect, it } from 'vitest';
import { compareDates, filterTimeline, groupByYear, timelineEntries, type TimelineEntry } from '../../../../src/lib/site/timeline.ts';
import { loadAtlas } from './load-atlas.ts';

const atlas = loadAtlas();
const day = (value: string) => ({ value, precision: 'day' as const, inferred: false });

describe('compareDates', () => {
	it('orders dates of different precisions, unknown dates last', () => {
		const month = { value: '2022-06', precision: 'month' as const, inferred: true };
		expect(compareDates(month, day('2022-06-08'))).toBeLessThan(0);
		expect(compareDates(day('2025-04-25'), undefined)).toBeLessThan(0);
		expect(compareDates(undefined, day('1992-01-05'))).toBeGreaterThan(0);
	});
});

describe('timelineEntries', () => {
	const entries = timelineEntries(atlas);

	it('lists every meeting and referenced event, oldest first', () => {
		expect(entries.map((entry) => [entry.kind, entry.id, entry.date?.value])).toEqual([
			['event', 'china-kyrgyzstan-diplomatic-relations', '1992-01-05'],
			['meeting', '2022-06-nur-sultan', '2022-06'],
			['event', 'china-central-asia-foreign-ministers-meeting-3', '2022-06-08'],
			['event', 'japarov-visit-to-china-2025', '2025-02'],
			['meeting', '2025-04-25-almaty', '2025-04-25'],
			['event', 'sco-summit-tianjin-2025', '2025-08-31'],
		]);
	});

	it('cites the paragraphs that date a meeting, and those of a text-dated event', () => {
		expect(entries.find((entry) => entry.id === '2022-06-nur-sultan')?.cite?.paragraphs).toEqual(['p4', 'p5']);
		expect(entries.find((entry) => entry.id === 'japarov-visit-to-china-2025')?.cite?.paragraphs).toEqual(['p3']);
		// An editorial date comes from no paragraph.
		expect(entries.find((entry) => entry.id === 'china-kyrgyzstan-diplomatic-relations')?.cite).toBeUndefined();
	});

	it('filters by actor and by area, events following the meetings that refer to them', () => {
		expect(filterTimeline(entries, { actor: 'sadyr-japarov' }).map((entry) => entry.id)).toEqual(['japarov-visit-to-china-2025', '2025-04-25-almaty', 'sco-summit-tianjin-2025']);
		expect(filterTimeline(entries, { area: 'health' }).map((entry) => entry.id)).toEqual(['china-kyrgyzstan-diplomatic-relations', '2022-06-nur-sultan', 'china-central-asia-foreign-ministers-meeting-3']);
		expect(filterTimeline(entries, { actor: 'nobody' })).toEqual([]);
	});
});

describe('groupByYear', () => {
	it('groups entries by year in their order, undated entries under a null year', () => {
		const entry = (id: string, value?: string): TimelineEntry => ({ kind: 'event', id, date: value ? day(value) : undefined, actors: [], areas: [] });
		const years = groupByYear([entry('a', '2022-06-01'), entry('b', '2022-07-01'), entry('c', '2025-01-01'), entry('d')]);
		expect(years.map((year) => [year.year, year.entries.map((item) => item.id)])).toEqual([
			['2022', ['a', 'b']],
			['2025', ['c']],
			[null, ['d']],
		]);
	});
});
