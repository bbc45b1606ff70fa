/**
 * Every date expression of a French text, as wire copy writes them: full dates ("25 avril 2025"),
 * a weekday with day and month ("mardi 29 novembre"), a weekday alone ("jeudi", "dimanche
 * matin"), ranges ("du 2 au 9 novembre", "du 12 au 14", "les 15 et 16 septembre", "de vendredi à
 * dimanche"), months ("en juin 2022"), years ("en 2013"), relative words ("hier", "la veille",
 * "la semaine prochaine") and numeric stamps ("13.09.2013 à 16h39", "le 29/10", "2005/07/06").
 * Each comes with the words as written and what it gives; nothing here decides what it dates.
 */
import { frenchMonths, monthNumber } from './fuzzy-dates.ts';
import { foldText, keepDigitHyphens } from '../text/index.ts';

/** French weekday names, folded, Monday first (ISO numbering: lundi = 1 … dimanche = 7). */
export const frenchWeekdays = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'] as const;
/** The same weekdays in English, for the bases written in both languages. */
export const englishWeekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** What an expression gives of one day: any part may be missing. weekday is ISO (1 = Monday). */
export interface DatePoint {
	year?: number;
	month?: number;
	day?: number;
	weekday?: number;
}

/** A relative word and what it moves by: "hier" → { unit: "day", offset: -1, from: "publication" }. */
export interface RelativeShift {
	unit: 'day' | 'week' | 'month' | 'year';
	offset: number;
	/** "publication": counted from the day the text was written; "event": from another event of the text ("la veille"). */
	from: 'publication' | 'event';
}

/** The shape of a date expression. */
export type ExpressionForm = 'date' | 'numeric' | 'month' | 'year' | 'weekday' | 'range' | 'relative';

/** A date expression found in a text. */
export interface DateExpression {
	form: ExpressionForm;
	/** The words as written in the original text. */
	written: string;
	/** Offset in the original text. */
	index: number;
	/** What it gives (for a range, its first day). */
	start: DatePoint;
	/** The last day of a range. */
	end?: DatePoint;
	/** For a relative word. */
	relative?: RelativeShift;
	/** "mardi dernier" → "last", "jeudi prochain" → "next". */
	qualifier?: 'last' | 'next';
	/** A clock time written with a stamp: "16h39". */
	time?: string;
}

const b = '(?<![\\p{L}\\p{N}])';
const e = '(?![\\p{L}\\p{N}])';
const months = frenchMonths.join('|');
const weekdays = frenchWeekdays.join('|');
const day = '(1er|[0-3]?\\d)';
const year = '((?:1[89]|20)\\d{2})';
const partOfDay = '(?: (?:matin|soir|midi|apres midi|en fin de journee|en debut de journee))?';
// A time after its date: "à 16h39", ", 10h39", "| 08:15".
const time = '(?:(?:,| \\|)? (?:a |vers )?(\\d{1,2} ?[h:] ?\\d{2}))?';

/** A pattern over folded text and how to read its groups. */
interface Reader {
	pattern: RegExp;
	read: (groups: (string | undefined)[]) => Omit<DateExpression, 'written' | 'index'> | null;
}

const numberOf = (text: string | undefined) => (text === undefined ? undefined : text === '1er' ? 1 : Number(text));
const monthOf = (text: string | undefined) => (text === undefined ? undefined : (monthNumber(text) ?? undefined));
const weekdayOf = (text: string | undefined) => (text === undefined ? undefined : frenchWeekdays.indexOf(text as (typeof frenchWeekdays)[number]) + 1);
const fullYear = (text: string | undefined) => (text === undefined ? undefined : text.length === 2 ? 2000 + Number(text) : Number(text));
const qualifierOf = (text: string | undefined): DateExpression['qualifier'] =>
	text === undefined ? undefined : /^(?:dernier|passe)$/u.test(text) ? 'last' : 'next';

/** Only defined keys, so that results compare equal in tests. */
function point(parts: DatePoint): DatePoint {
	return Object.fromEntries(Object.entries(parts).filter(([, value]) => value !== undefined)) as DatePoint;
}

const relativeWords: [string, RelativeShift][] = [
	["avant hier", { unit: 'day', offset: -2, from: 'publication' }],
	['apres demain', { unit: 'day', offset: 2, from: 'publication' }],
	['hier', { unit: 'day', offset: -1, from: 'publication' }],
	["aujourd'hui", { unit: 'day', offset: 0, from: 'publication' }],
	['ce matin', { unit: 'day', offset: 0, from: 'publication' }],
	['ce soir', { unit: 'day', offset: 0, from: 'publication' }],
	['demain', { unit: 'day', offset: 1, from: 'publication' }],
	["l'avant veille", { unit: 'day', offset: -2, from: 'event' }],
	['la veille', { unit: 'day', offset: -1, from: 'event' }],
	['le lendemain', { unit: 'day', offset: 1, from: 'event' }],
	['le surlendemain', { unit: 'day', offset: 2, from: 'event' }],
	['la semaine (?:prochaine|suivante)', { unit: 'week', offset: 1, from: 'publication' }],
	['la semaine (?:derniere|passee)', { unit: 'week', offset: -1, from: 'publication' }],
	['cette semaine', { unit: 'week', offset: 0, from: 'publication' }],
	['le mois (?:prochain|suivant)', { unit: 'month', offset: 1, from: 'publication' }],
	['le mois (?:dernier|passe)', { unit: 'month', offset: -1, from: 'publication' }],
	["l'(?:an|annee) (?:prochain|prochaine)", { unit: 'year', offset: 1, from: 'publication' }],
	["l'(?:an|annee) (?:dernier|derniere|passe|passee)", { unit: 'year', offset: -1, from: 'publication' }],
	['cette annee', { unit: 'year', offset: 0, from: 'publication' }],
];

const readers: Reader[] = [
	// "du 2 au 9 novembre", "du 30 septembre au 2 octobre 2024", "du 12 au 14", "du mardi 2 au jeudi 4 mai"
	{
		pattern: new RegExp(`${b}du (?:(${weekdays}) )?${day}(?: (${months})(?: ${year})?)? au (?:(${weekdays}) )?${day}(?: (${months})(?: ${year})?)?${e}`, 'gu'),
		read: ([w1, d1, m1, y1, w2, d2, m2, y2]) => ({
			form: 'range',
			start: point({ year: fullYear(y1 ?? y2), month: monthOf(m1 ?? m2), day: numberOf(d1), weekday: weekdayOf(w1) }),
			end: point({ year: fullYear(y2), month: monthOf(m2 ?? m1), day: numberOf(d2), weekday: weekdayOf(w2) }),
		}),
	},
	// "entre le 3 et le 5 mai"
	{
		pattern: new RegExp(`${b}entre le ${day}(?: (${months}))? et le ${day} (${months})(?: ${year})?${e}`, 'gu'),
		read: ([d1, m1, d2, m2, y]) => ({
			form: 'range',
			start: point({ year: fullYear(y), month: monthOf(m1 ?? m2), day: numberOf(d1) }),
			end: point({ year: fullYear(y), month: monthOf(m2), day: numberOf(d2) }),
		}),
	},
	// "les 15 et 16 septembre", "les 3, 4 et 5 mai 2024"
	{
		pattern: new RegExp(`${b}les ${day}(?:, ?[0-3]?\\d)* et ${day} (${months})(?: ${year})?${e}`, 'gu'),
		read: ([d1, d2, m, y]) => ({
			form: 'range',
			start: point({ year: fullYear(y), month: monthOf(m), day: numberOf(d1) }),
			end: point({ year: fullYear(y), month: monthOf(m), day: numberOf(d2) }),
		}),
	},
	// "de vendredi à dimanche", "du lundi au mercredi"
	{
		pattern: new RegExp(`${b}(?:de|du) (${weekdays})${partOfDay} (?:a|au) (${weekdays})${e}`, 'gu'),
		read: ([w1, w2]) => ({ form: 'range', start: { weekday: weekdayOf(w1)! }, end: { weekday: weekdayOf(w2)! } }),
	},
	// "25 avril 2025", "mardi 29 novembre", "1er mai"
	{
		pattern: new RegExp(`${b}(?:(${weekdays}) )?${day} (${months})(?: ${year})?${time}${e}`, 'gu'),
		read: ([w, d, m, y, clock]) => ({
			form: 'date',
			start: point({ year: fullYear(y), month: monthOf(m), day: numberOf(d), weekday: weekdayOf(w) }),
			...(clock ? { time: clock.replace(/ /gu, '') } : {}),
		}),
	},
	// "13.09.2013 à 16h39", "29.10.2016 10h39", "25/04/2025", "06-01-2022 | 08:15", "le 29/10"
	{
		pattern: new RegExp(`${b}([0-3]?\\d)([./])([01]?\\d)(?:\\2(\\d{4}|\\d{2}))?${time}${e}`, 'gu'),
		read: ([d, separator, m, y, clock]) => {
			// "13.09" alone reads as a number; without a year only "29/10" is a date.
			if (y === undefined && separator !== '/') return null;
			return { form: 'numeric', start: point({ year: fullYear(y), month: numberOf(m), day: numberOf(d) }), ...(clock ? { time: clock.replace(/ /gu, '') } : {}) };
		},
	},
	// "2005/07/06", "2025-04-25 08:15"
	{
		pattern: new RegExp(`${b}(\\d{4})([./-])([01]?\\d)\\2([0-3]?\\d)${time}${e}`, 'gu'),
		read: ([y, , m, d, clock]) => ({ form: 'numeric', start: point({ year: Number(y), month: Number(m), day: Number(d) }), ...(clock ? { time: clock.replace(/ /gu, '') } : {}) }),
	},
	// "en juin", "en mai 2023", "début mai", "mai 2024"
	{
		pattern: new RegExp(`${b}(?:(?:en|au mois de|courant|debut|fin|mi|depuis|des|d'ici|jusqu'en) )?(${months})(?: ${year})?${e}`, 'gu'),
		read: ([m, y]) => ({ form: 'month', start: point({ year: fullYear(y), month: monthOf(m) }) }),
	},
	// "en 2013", "depuis 2001", "fin 2024"
	{
		pattern: new RegExp(`${b}(?:en|depuis|des|avant|apres|jusqu'en|fin|debut|courant|mi) ${year}${e}`, 'gu'),
		read: ([y]) => ({ form: 'year', start: { year: Number(y) } }),
	},
	// "jeudi", "dimanche matin", "mardi dernier"
	{
		pattern: new RegExp(`${b}(${weekdays})${partOfDay}(?: (dernier|prochain|passe))?${e}`, 'gu'),
		read: ([w, q]) => ({ form: 'weekday', start: { weekday: weekdayOf(w)! }, ...(q ? { qualifier: qualifierOf(q) } : {}) }),
	},
	...relativeWords.map(([words, shift]): Reader => ({
		pattern: new RegExp(`${b}${words}${e}`, 'gu'),
		read: () => ({ form: 'relative', start: {}, relative: shift }),
	})),
];

/**
 * Finds every date expression of a text, longest first where they overlap, in text order.
 * findDateExpressions("a rencontré mardi 29 novembre B") →
 * [{ form: "date", written: "mardi 29 novembre", start: { month: 11, day: 29, weekday: 2 } }]
 */
export function findDateExpressions(text: string): DateExpression[] {
	const { folded, toOriginal } = foldText(keepDigitHyphens(text));
	const originalEnd = (foldedEnd: number) => (foldedEnd >= toOriginal.length ? text.length : toOriginal[foldedEnd]!);
	const candidates: (DateExpression & { foldedStart: number; foldedEnd: number })[] = [];
	for (const reader of readers) {
		for (const found of folded.matchAll(reader.pattern)) {
			const read = reader.read(found.slice(1));
			if (!read) continue;
			const start = toOriginal[found.index]!;
			const foldedEnd = found.index + found[0].length;
			candidates.push({ ...read, written: text.slice(start, originalEnd(foldedEnd)).trim(), index: start, foldedStart: found.index, foldedEnd });
		}
	}
	candidates.sort((x, y) => y.foldedEnd - y.foldedStart - (x.foldedEnd - x.foldedStart) || x.foldedStart - y.foldedStart);
	const chosen: typeof candidates = [];
	for (const candidate of candidates) {
		if (chosen.every((other) => candidate.foldedEnd <= other.foldedStart || candidate.foldedStart >= other.foldedEnd)) chosen.push(candidate);
	}
	return chosen.sort((x, y) => x.foldedStart - y.foldedStart).map(({ foldedStart, foldedEnd, ...expression }) => expression);
}
