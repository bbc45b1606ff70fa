import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../../../src/lib/site/timeline.ts';
import { periodOf, toTimelineStrip, yearStep } from '../../../../src/lib/site/timeline-strip.ts';
import { dateOf } from '../../atlas-fixture.ts';

const entry = (kind: TimelineEntry['kind'], id: string, date?: TimelineEntry['date']): TimelineEntry => ({ kind, id, date, actors: [], areas: [] });
const inferred = { basis: { fr: 'déduit', en: 'inferred' } };

describe('periodOf', () => {
	it('covers a whole month or year, a day, or the days of an interval', () => {
		expect(periodOf(dateOf('2022-06'))).toEqual([Date.UTC(2022, 5, 1), Date.UTC(2022, 6, 1)]);
		expect(periodOf(dateOf('1992'))).toEqual([Date.UTC(1992, 0, 1), Date.UTC(1993, 0, 1)]);
		expect(periodOf(dateOf('2025-04-25'))).toEqual([Date.UTC(2025, 3, 25), Date.UTC(2025, 3, 26)]);
		expect(periodOf({ value: '2016-11-02', end: '2016-11-09', precision: 'day' })).toEqual([Date.UTC(2016, 10, 2), Date.UTC(2016, 10, 10)]);
	});
});

describe('yearStep', () => {
	it('labels every year when there is room, else every 2, 5, 10… years', () => {
		expect(yearStep(100, 40)).toBe(1);
		expect(yearStep(24, 40)).toBe(2);
		expect(yearStep(10, 40)).toBe(5);
		expect(yearStep(3, 40)).toBe(20);
	});
});

describe('toTimelineStrip', () => {
	const strip = toTimelineStrip([
		entry('event', 'relations', dateOf('1992-01-05')),
		entry('meeting', 'june', dateOf('2022-06', inferred)),
		entry('meeting', 'april', dateOf('2025-04-25')),
		entry('event', 'visit', dateOf('2025-02', inferred)),
		entry('event', 'undated'),
	])!;
	const mark = (id: string) => strip.marks.find((candidate) => candidate.entry.id === id)!;

	it('spans the years of the dated entries; an undated entry stays in the list only', () => {
		expect([strip.from, strip.to]).toEqual([1992, 2025]);
		expect(strip.marks.map((candidate) => candidate.entry.id)).toEqual(['relations', 'june', 'april', 'visit']);
	});

	it('draws a day as a point and a month as a bar over that month, in time order', () => {
		expect(mark('april').shape).toBe('point');
		expect(mark('june').shape).toBe('bar');
		const yearWidth = (strip.width - 24) / 34;
		expect(mark('june').width).toBeCloseTo(Math.max(5, yearWidth / 12), 0);
		expect(mark('relations').x).toBeLessThan(mark('june').x);
		expect(mark('june').x).toBeLessThan(mark('april').x);
	});

	it('marks inferred dates', () => {
		expect(strip.marks.filter((candidate) => candidate.inferred).map((candidate) => candidate.entry.id)).toEqual(['june', 'visit']);
	});

	it('labels fewer years on narrow screens, never outside the strip', () => {
		const labelled = (tier: 'wide' | 'narrow') => strip.ticks.filter((tick) => tick.labelled[tier]).length;
		expect(labelled('narrow')).toBeLessThanOrEqual(labelled('wide'));
		for (const tick of strip.ticks) expect(tick.labelX).toBeLessThanOrEqual(strip.width - 4 * 0.31 * strip.fontSize.narrow + 0.1);
	});

	it('puts marks that would touch in separate lanes', () => {
		const close = toTimelineStrip([entry('meeting', 'a', dateOf('2020-03-01')), entry('meeting', 'b', dateOf('2020-03-02')), entry('meeting', 'c', dateOf('2020-09-01'))])!;
		expect(close.marks.map((candidate) => candidate.lane)).toEqual([0, 1, 0]);
	});

	it('counts meetings by month when there are too many to draw', () => {
		const many = Array.from({ length: 200 }, (_, index) => entry('meeting', `m${index}`, dateOf(`2000-${String((index % 12) + 1).padStart(2, '0')}-0${(index % 9) + 1}`)));
		const binned = toTimelineStrip([...many, entry('event', 'e', dateOf('2000-05'))], { maxMarks: 120 })!;
		expect(binned.bins).toHaveLength(12);
		expect(binned.bins.reduce((total, bin) => total + bin.count, 0)).toBe(200);
		expect(binned.marks.map((candidate) => candidate.entry.id)).toEqual(['e']);
	});

	it('has no strip without a dated entry', () => {
		expect(toTimelineStrip([entry('event', 'undated')])).toBeUndefined();
	});
});
