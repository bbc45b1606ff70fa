/**
 * French date words ("Le 25 avril 2025", "en juin", "en février 2024", "il y a 30 ans") and dates
 * as precise as known: how they read and how they order.
 */
import { isoDay, type Day } from './calendar.ts';
import { fold, foldText } from '../text/index.ts';
import type { FuzzyDate } from '../../../schemas/date.ts';

/** French month names, folded, in calendar order. */
export const frenchMonths = [
	'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin',
	'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre',
] as const;

/** Month names for display, by language, in calendar order. */
export const monthNames = {
	fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
	en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;

/** French number words up to sixty, as texts write counts of years: numberWords["trente"] → 30. */
export const numberWords: Record<string, number> = {
	un: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
	onze: 11, douze: 12, quinze: 15, vingt: 20, 'vingt cinq': 25, trente: 30, quarante: 40,
	cinquante: 50, soixante: 60,
};

/** The original text under a folded span. */
function originalSlice(text: string, toOriginal: number[], index: number, length: number): string {
	const end = index + length >= toOriginal.length ? text.length : toOriginal[index + length]!;
	return text.slice(toOriginal[index]!, end).trim();
}

/** A date as found in a text: any part may be missing. */
export interface FoundDate {
	day?: number;
	month?: number;
	year?: number;
	/** The words as written. */
	written: string;
	/** Offset of the expression in the original text. */
	index: number;
}

/** The number of a folded French month name, or null: monthNumber("fevrier") → 2. */
export function monthNumber(foldedName: string): number | null {
	const index = frenchMonths.indexOf(foldedName as (typeof frenchMonths)[number]);
	return index === -1 ? null : index + 1;
}

/**
 * Finds full dates "25 avril 2025" / "1er mai 2024", with the month word whatever it is, so
 * that a misspelt month can be reported. findDayDates("le 25 avril 2025") → [{ day: 25, month: 4, year: 2025 }]
 */
export function findDayDates(text: string): (FoundDate & { monthWord: string })[] {
	const { folded, toOriginal } = foldText(text);
	return [...folded.matchAll(/(?<![\p{L}\p{N}])(\d{1,2})(?:er)? ([\p{L}]+) (\d{4})(?!\p{N})/gu)].map((found) => ({
		day: Number(found[1]),
		month: monthNumber(found[2]!) ?? undefined,
		year: Number(found[3]),
		monthWord: found[2]!,
		written: originalSlice(text, toOriginal, found.index, found[0].length),
		index: toOriginal[found.index]!,
	}));
}

/** Finds "en juin", "en juin 2022", "au mois de juin": findMonthMentions("en juin 2022") → [{ month: 6, year: 2022 }]. */
export function findMonthMentions(text: string): FoundDate[] {
	const { folded, toOriginal } = foldText(text);
	const months = frenchMonths.join('|');
	const pattern = new RegExp(`(?<![\\p{L}])(?:en|au mois de|courant|debut|fin|mi) (${months})(?: (\\d{4}))?(?![\\p{L}])`, 'gu');
	return [...folded.matchAll(pattern)].map((found) => ({
		month: monthNumber(found[1]!)!,
		year: found[2] ? Number(found[2]) : undefined,
		written: originalSlice(text, toOriginal, found.index, found[0].length),
		index: toOriginal[found.index]!,
	}));
}

/** Finds "il y a 30 ans" / "il y a trente ans": findYearsAgo("établies il y a 30 ans") → { years: 30, written: "il y a 30 ans" }. */
export function findYearsAgo(text: string): { years: number; written: string } | null {
	const found = /il y a (\d+|[a-z ]+?) ans(?![\p{L}])/u.exec(fold(text));
	if (!found) return null;
	const years = /^\d+$/.test(found[1]!) ? Number(found[1]) : numberWords[found[1]!.trim()];
	return years === undefined ? null : { years, written: found[0] };
}

/** Builds an ISO value as precise as known: isoValue(2022, 6) → "2022-06"; isoValue(2025, 4, 25) → "2025-04-25". */
export function isoValue(year: number, month?: number, day?: number): string {
	const pad = (value: number) => String(value).padStart(2, '0');
	const yyyy = String(year).padStart(4, '0');
	if (month === undefined) return yyyy;
	if (day === undefined) return `${yyyy}-${pad(month)}`;
	return `${yyyy}-${pad(month)}-${pad(day)}`;
}

/** True for a real calendar day: isValidDay(2025, 2, 30) → false. */
export function isValidDay(year: number, month: number, day: number): boolean {
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Formats a date at its precision: formatFuzzyDate("2022-06", "month", "fr") → "juin 2022". */
export function formatFuzzyDate(value: string, precision: 'day' | 'month' | 'year', locale: 'fr' | 'en'): string {
	const [year, month, day] = value.split('-').map(Number);
	if (precision === 'year' || month === undefined) return String(year);
	const monthName = monthNames[locale][month - 1];
	if (precision === 'month' || day === undefined) return `${monthName} ${year}`;
	return locale === 'fr' ? `${day === 1 ? '1er' : day} ${monthName} ${year}` : `${day} ${monthName} ${year}`;
}

/** A calendar day in words: formatDay({ year: 2022, month: 11, day: 29 }, "fr") → "29 novembre 2022". */
export function formatDay(date: Day, locale: 'fr' | 'en'): string {
	return formatFuzzyDate(isoDay(date), 'day', locale);
}

/** A date as the complement of a sentence: datePhrase("2022-06", "month", "fr") → "en juin 2022"; ("2025-04-25", "day", "en") → "on 25 April 2025". */
export function datePhrase(value: string, precision: 'day' | 'month' | 'year', locale: 'fr' | 'en'): string {
	const formatted = formatFuzzyDate(value, precision, locale);
	if (locale === 'fr') return precision === 'day' ? `le ${formatted}` : `en ${formatted}`;
	return precision === 'day' ? `on ${formatted}` : `in ${formatted}`;
}

/** A date at its precision, possibly an interval (a visit of several days) ending on `end`. */
export interface DateSpan {
	value: string;
	precision: 'day' | 'month' | 'year';
	end?: string;
}

/**
 * Formats a date or an interval, sharing what both ends share:
 * formatDateSpan({ value: "2016-11-02", end: "2016-11-09", precision: "day" }, "fr") → "2–9 novembre 2016";
 * formatDateSpan({ value: "2016-10-30", end: "2016-11-02", precision: "day" }, "en") → "30 October – 2 November 2016".
 */
export function formatDateSpan(date: DateSpan, locale: 'fr' | 'en'): string {
	const start = formatFuzzyDate(date.value, date.precision, locale);
	if (!date.end || date.end === date.value) return start;
	const end = formatFuzzyDate(date.end, date.precision, locale);
	const [startWords, endWords] = [start.split(' '), end.split(' ')];
	// Drop the trailing words both ends share ("novembre 2016"), keeping at least one word of the start.
	let shared = 0;
	while (shared < startWords.length - 1 && startWords.at(-1 - shared) === endWords.at(-1 - shared)) shared++;
	const head = startWords.slice(0, startWords.length - shared).join(' ');
	return head.includes(' ') ? `${head} – ${end}` : `${head}–${end}`;
}

/**
 * A date or an interval as the complement of a sentence:
 * dateSpanPhrase({ value: "2016-11-02", end: "2016-11-09", precision: "day" }, "fr") → "du 2 au 9 novembre 2016".
 */
export function dateSpanPhrase(date: DateSpan, locale: 'fr' | 'en'): string {
	if (!date.end || date.end === date.value) return datePhrase(date.value, date.precision, locale);
	const [from, to] = formatDateSpan(date, locale).split(/ ?– ?/);
	if (locale === 'fr') return date.precision === 'day' ? `du ${from} au ${to}` : `${/^[aeiouyéèâ]/i.test(from!) ? "d'" : 'de '}${from} à ${to}`;
	return `from ${from} to ${to}`;
}

/** A date a curator may give with --date, a real day or month: isCuratorDate("2024-03") → true; isCuratorDate("2024-02-30") → false. */
export function isCuratorDate(text: string): boolean {
	const found = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
	if (!found) return false;
	const [year, month] = [Number(found[1]), Number(found[2])];
	return found[3] === undefined ? month >= 1 && month <= 12 : isValidDay(year, month, Number(found[3]));
}

/** Orders dates as strings of different precisions: "2022-06" comes before "2022-06-08". */
export function compareDates(a: FuzzyDate | undefined, b: FuzzyDate | undefined): number {
	if (!a || !b) return a ? -1 : b ? 1 : 0;
	return a.value.localeCompare(b.value);
}
