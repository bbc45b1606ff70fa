/** Calendar arithmetic on plain days, in UTC so that no time zone or clock enters. */

/** A calendar day. */
export interface Day {
	year: number;
	month: number;
	day: number;
}

const msPerDay = 86_400_000;

function toTime(date: Day): number {
	return Date.UTC(date.year, date.month - 1, date.day);
}

function fromTime(time: number): Day {
	const date = new Date(time);
	return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The ISO weekday of a day, Monday = 1 … Sunday = 7: isoWeekday({ year: 2022, month: 11, day: 29 }) → 2. */
export function isoWeekday(date: Day): number {
	return ((new Date(toTime(date)).getUTCDay() + 6) % 7) + 1;
}

/** A day moved by a number of days: addDays({ year: 2024, month: 3, day: 1 }, -1) → 29 February 2024. */
export function addDays(date: Day, days: number): Day {
	return fromTime(toTime(date) + days * msPerDay);
}

/**
 * The day of that weekday nearest to an anchor, on its side: the most recent on or before it
 * (direction -1), or the first on or after it (+1); strict excludes the anchor itself.
 * weekdayNear({ year: 2016, month: 10, day: 29 }, 5, -1) → 28 October 2016 (a Friday).
 */
export function weekdayNear(anchor: Day, weekday: number, direction: -1 | 1, strict = false): Day {
	let date = strict ? addDays(anchor, direction) : anchor;
	while (isoWeekday(date) !== weekday) date = addDays(date, direction);
	return date;
}

/** An ISO day string: isoDay({ year: 2022, month: 3, day: 30 }) → "2022-03-30". */
export function isoDay(date: Day): string {
	return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}
