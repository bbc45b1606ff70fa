/**
 * The timeline as a picture: a strip of years with each dated meeting and event placed on it, as
 * a view model that TimelineStrip.astro renders. A date known to the day is a point; a date known
 * to the month or the year is a bar that covers that month or year, not a made-up day; an
 * interval covers its days. When there are too many meetings to draw one by one, they are counted
 * by month, each bar leading to its year in the list.
 */
import type { FuzzyDate } from '../../schemas/date.ts';
import type { TimelineEntry } from './timeline.ts';

/** A mark of one entry. */
export interface StripMark {
	entry: TimelineEntry;
	/** Left edge and width in view box units; a point has the width of its day. */
	x: number;
	width: number;
	/** Known to the day (a point) or only to the month or year, or an interval (a bar). */
	shape: 'point' | 'bar';
	inferred: boolean;
	/** Its row's lane, counted from the top of the row, so that marks close in time do not cover each other. */
	lane: number;
}

/** Meetings of one month, counted, when there are too many to draw. */
export interface StripBin {
	year: number;
	/** 1–12. */
	month: number;
	count: number;
	x: number;
	width: number;
}

/** A year on the axis; `labelled` by tier, so that narrow screens show fewer, larger years. */
export interface StripTick {
	year: number;
	/** Where the year starts, and the middle of the year, where its label goes. */
	x: number;
	labelX: number;
	labelled: { wide: boolean; medium: boolean; narrow: boolean };
}

/** The strip. */
export interface TimelineStrip {
	width: number;
	height: number;
	from: number;
	to: number;
	ticks: StripTick[];
	/** The top and height of each row. */
	rows: { meeting: { y: number; height: number }; event: { y: number; height: number } };
	marks: StripMark[];
	bins: StripBin[];
	/** Lane height in view box units. */
	lane: number;
	/** Font sizes of the years, by tier (global.css switches tiers at 48rem and 30rem). */
	fontSize: { wide: number; medium: number; narrow: number };
}

const day = 86_400_000;

/** The first instant of a date's period and the first instant after it: "2022-06" → 1 June and 1 July 2022. */
export function periodOf(date: Pick<FuzzyDate, 'value' | 'precision' | 'end'>): [number, number] {
	const at = (value: string) => {
		const [year, month = 1, dayOfMonth = 1] = value.split('-').map(Number) as [number, number?, number?];
		return [year, month, dayOfMonth] as const;
	};
	const [year, month, dayOfMonth] = at(date.value);
	const [endYear, endMonth, endDay] = at(date.end ?? date.value);
	const start = Date.UTC(year, month - 1, dayOfMonth);
	const end = date.precision === 'year' ? Date.UTC(endYear + 1, 0, 1) : date.precision === 'month' ? Date.UTC(endYear, endMonth, 1) : Date.UTC(endYear, endMonth - 1, endDay) + day;
	return [start, end];
}

/** The smallest step of years, among 1, 2, 5, 10, 20, 50…, whose labels do not touch: yearStep(24, 40) → 2. */
export function yearStep(unitsPerYear: number, labelWidth: number): number {
	for (const step of [1, 2, 5, 10, 20, 50, 100, 200, 500]) if (step * unitsPerYear >= labelWidth) return step;
	return 1000;
}

/**
 * Lays out the dated entries on a strip `width` units wide, meetings above, events below; undated
 * entries stay in the list only. More than `maxMarks` meetings are counted by month instead.
 * toTimelineStrip(entries) → { from: 1992, to: 2025, marks: [...], ticks: [...] }; undefined without a dated entry.
 */
export function toTimelineStrip(entries: TimelineEntry[], { width = 800, maxMarks = 120 }: { width?: number; maxMarks?: number } = {}): TimelineStrip | undefined {
	const dated = entries.filter((entry): entry is TimelineEntry & { date: FuzzyDate } => entry.date !== undefined);
	if (dated.length === 0) return undefined;
	const years = dated.flatMap((entry) => [Number(entry.date.value.slice(0, 4)), Number((entry.date.end ?? entry.date.value).slice(0, 4))]);
	const [from, to] = [Math.min(...years), Math.max(...years)];
	const margin = 12;
	const [start, end] = [Date.UTC(from, 0, 1), Date.UTC(to + 1, 0, 1)];
	const xOf = (time: number) => margin + ((time - start) / (end - start)) * (width - 2 * margin);
	const round = (value: number) => Math.round(value * 10) / 10;
	const lane = 20;
	const pointWidth = 10;

	const meetings = dated.filter((entry) => entry.kind === 'meeting');
	const binned = meetings.length > maxMarks;
	const drawn = binned ? dated.filter((entry) => entry.kind === 'event') : dated;
	// Lanes: each mark takes the first lane of its row where it does not touch the marks already there.
	const lanes = { meeting: [] as number[][], event: [] as number[][] };
	const marks = drawn.map((entry): StripMark => {
		const [periodStart, periodEnd] = periodOf(entry.date);
		const point = entry.date.precision === 'day' && !entry.date.end;
		const x = xOf(periodStart);
		const spanWidth = Math.max(5, xOf(periodEnd) - x);
		const [left, right] = point ? [x - pointWidth / 2, x + pointWidth / 2] : [x, x + spanWidth];
		const rowLanes = lanes[entry.kind];
		let laneIndex = rowLanes.findIndex((rights) => rights.every((taken) => taken < left - 1));
		if (laneIndex === -1) laneIndex = rowLanes.push([]) - 1;
		rowLanes[laneIndex]!.push(right);
		return { entry, x: round(point ? x + (xOf(periodEnd) - x) / 2 : x), width: round(spanWidth), shape: point ? 'point' : 'bar', inferred: entry.date.inferred, lane: laneIndex };
	});

	const counts = new Map<string, number>();
	if (binned) for (const entry of meetings) counts.set(entry.date.value.slice(0, 7), (counts.get(entry.date.value.slice(0, 7)) ?? 0) + 1);
	const bins = [...counts].map(([month, count]): StripBin => {
		const [year, monthNumber] = month.split('-').map(Number) as [number, number];
		const [binStart, binEnd] = periodOf({ value: month, precision: 'month' });
		return { year, month: monthNumber, count, x: round(xOf(binStart)), width: round(Math.max(2, xOf(binEnd) - xOf(binStart) - 0.5)) };
	});

	const meetingHeight = binned ? 48 : Math.max(1, lanes.meeting.length) * lane;
	const eventHeight = Math.max(1, lanes.event.length) * lane;
	const rows = { meeting: { y: 8, height: meetingHeight }, event: { y: 8 + meetingHeight + 10, height: eventHeight } };
	const fontSize = { wide: 12, medium: 20, narrow: 32 };
	const unitsPerYear = (width - 2 * margin) / (to + 1 - from);
	const steps = { wide: yearStep(unitsPerYear, 4 * 0.62 * fontSize.wide * 1.6), medium: yearStep(unitsPerYear, 4 * 0.62 * fontSize.medium * 1.4), narrow: yearStep(unitsPerYear, 4 * 0.62 * fontSize.narrow * 1.3) };
	const ticks = Array.from({ length: to + 2 - from }, (_, index): StripTick => {
		const year = from + index;
		// The last tick closes the axis; it is not a year of the strip.
		const inside = year <= to;
		// A label near an end moves inwards, so that its four digits stay inside the strip.
		const half = 4 * 0.31 * fontSize.narrow;
		return { year, x: round(xOf(Date.UTC(year, 0, 1))), labelX: round(Math.min(width - half, Math.max(half, xOf(Date.UTC(year, 6, 2))))), labelled: { wide: inside && year % steps.wide === 0, medium: inside && year % steps.medium === 0, narrow: inside && year % steps.narrow === 0 } };
	});
	// A strip of few years labels its first year even when it is not a round one.
	for (const tier of ['wide', 'medium', 'narrow'] as const) if (!ticks.some((tick) => tick.labelled[tier])) ticks[0]!.labelled[tier] = true;
	const axis = rows.event.y + eventHeight + 8;
	return { width, height: axis + fontSize.narrow + 8, from, to, ticks, rows, marks, bins, lane, fontSize };
}
