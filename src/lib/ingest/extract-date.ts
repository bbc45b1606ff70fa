/**
 * Finds when the meeting took place: a dateline ("Le 25 avril 2025"), else a date in a sentence
 * about the meeting ("en juin"); a missing year is inferred from "il y a 30 ans" and a referenced
 * event of known date, or taken from the curator, and the inference is written out.
 */
import { isMeetingSentence } from './cues.ts';
import { findDayDates, findMonthMentions, findYearsAgo, formatFuzzyDate, isoValue, isValidDay, monthNames } from './dates.ts';
import { hasCue, type EventCueEntry } from './gazetteer.ts';
import { splitSentences } from './sentences.ts';
import type { AnalysedParagraph, IngestProblem } from './types.ts';
import type { Citation } from '../../schemas/common.ts';
import type { FuzzyDate } from '../../schemas/date.ts';

/** Options a curator may give when the text lacks something. */
export interface DateOptions {
	/** The year, when the text gives none and none can be inferred. */
	year?: number;
}

type DateResult = { ok: true; date: FuzzyDate & { cite: Citation } } | { ok: false; problems: IngestProblem[] };

interface Found {
	day?: number;
	month?: number;
	year?: number;
	written: string;
	paragraph: AnalysedParagraph;
}

/** Reports full dates whose month word is not a French month: "25 avrl 2025". */
export function findUnknownMonths(paragraphs: AnalysedParagraph[]): IngestProblem[] {
	return paragraphs.flatMap((paragraph) =>
		findDayDates(paragraph.text)
			.filter((date) => date.month === undefined)
			.map((date) => ({
				message: `unknown month "${date.monthWord}" in "${date.written}" (line ${paragraph.line})`,
				line: paragraph.line,
				fix: 'write the month in French (janvier, février, mars, avril, mai, juin, juillet, août, septembre, octobre, novembre, décembre)',
			})),
	);
}

/** The meeting's date as the text writes it: a dateline first, then sentences about the meeting. */
function findStatedDate(paragraphs: AnalysedParagraph[]): Found | null {
	const first = paragraphs[0];
	const dateline = first && findDayDates(first.text).find((date) => date.index < 40 && date.month);
	if (first && dateline) return { ...dateline, paragraph: first };
	for (const paragraph of paragraphs) {
		for (const sentence of splitSentences(paragraph.text)) {
			if (!isMeetingSentence(sentence.text)) continue;
			const day = findDayDates(sentence.text).find((date) => date.month);
			if (day) return { ...day, paragraph };
			const month = findMonthMentions(sentence.text)[0];
			if (month) return { ...month, paragraph };
		}
	}
	return null;
}

/** Infers a missing year from "il y a N ans" said of an event whose year is known. */
function inferYearFromAnniversary(
	paragraphs: AnalysedParagraph[],
	events: EventCueEntry[],
	found: Found,
): { year: number; basis: { fr: string; en: string }; paragraph: AnalysedParagraph } | null {
	for (const paragraph of paragraphs) {
		for (const sentence of splitSentences(paragraph.text)) {
			const ago = findYearsAgo(sentence.text);
			if (!ago) continue;
			const event = events.find((candidate) => candidate.date && candidate.cues.some((cue) => hasCue(sentence.text, cue)));
			if (!event?.date) continue;
			const eventYear = Number(event.date.value.slice(0, 4));
			const year = eventYear + ago.years;
			const origin = event.date.inferred ? { fr: ' (note éditoriale)', en: ' (editorial note)' } : { fr: '', en: '' };
			return {
				year,
				paragraph,
				basis: {
					fr: `Année déduite : le texte date la rencontre « ${found.written} » sans année (${found.paragraph.id}) et situe l'événement « ${event.name.fr} » « ${ago.written} » (${paragraph.id}) ; cet événement date de ${eventYear}${origin.fr}, d'où ${eventYear} + ${ago.years} = ${year}.`,
					en: `Year inferred: the text dates the meeting "${found.written}"${found.month ? ` (in ${monthNames.en[found.month - 1]})` : ''} with no year (${found.paragraph.id}) and places the event "${event.name.en}" "${ago.written}" (${ago.years} years ago) (${paragraph.id}); that event dates from ${eventYear}${origin.en}, hence ${eventYear} + ${ago.years} = ${year}.`,
				},
			};
		}
	}
	return null;
}

/** Extracts the meeting date at its real precision, with its citation. */
export function extractDate(
	paragraphs: AnalysedParagraph[],
	events: EventCueEntry[],
	source: string,
	options: DateOptions = {},
): DateResult {
	const unknownMonths = findUnknownMonths(paragraphs);
	if (unknownMonths.length > 0) return { ok: false, problems: unknownMonths };
	const found = findStatedDate(paragraphs);
	if (!found) {
		return {
			ok: false,
			problems: [{ message: 'no date found: neither a dateline ("Le 25 avril 2025, …") nor a date in a sentence about the meeting ("en juin")', fix: 'check that the text reports a meeting; a text without any date cannot be placed on the timeline' }],
		};
	}
	const precision = found.day !== undefined ? 'day' : found.month !== undefined ? 'month' : 'year';
	if (found.year !== undefined) {
		if (found.day !== undefined && !isValidDay(found.year, found.month!, found.day)) {
			return { ok: false, problems: [{ message: `"${found.written}" is not a real date (line ${found.paragraph.line})`, line: found.paragraph.line, fix: 'correct the date in the text' }] };
		}
		return { ok: true, date: { value: isoValue(found.year, found.month, found.day), precision, inferred: false, cite: { source, paragraphs: [found.paragraph.id] } } };
	}
	const inferred = inferYearFromAnniversary(paragraphs, events, found);
	if (inferred) {
		const cited = [...new Set([found.paragraph.id, inferred.paragraph.id])];
		return { ok: true, date: { value: isoValue(inferred.year, found.month, found.day), precision, inferred: true, basis: inferred.basis, cite: { source, paragraphs: cited } } };
	}
	if (options.year !== undefined) {
		const value = isoValue(options.year, found.month, found.day);
		return {
			ok: true,
			date: {
				value,
				precision,
				inferred: true,
				basis: {
					fr: `Année fournie par la personne qui a importé le texte : le texte dit seulement « ${found.written} » (${found.paragraph.id}), soit ${formatFuzzyDate(value, precision, 'fr')}.`,
					en: `Year supplied by the curator who imported the text: the text says only "${found.written}"${found.month ? ` (in ${monthNames.en[found.month - 1]})` : ''} (${found.paragraph.id}), that is ${formatFuzzyDate(value, precision, 'en')}.`,
				},
				cite: { source, paragraphs: [found.paragraph.id] },
			},
		};
	}
	return {
		ok: false,
		problems: [{
			message: `the date "${found.written}" (line ${found.paragraph.line}) has no year, and none can be inferred`,
			line: found.paragraph.line,
			fix: 'pass the year with --year YYYY; it will be marked as inferred, with you as its basis',
		}],
	};
}
