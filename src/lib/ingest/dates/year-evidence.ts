/**
 * The year a text gives itself through what it says of other events: "il y a 30 ans" or "le 30e
 * anniversaire" of an event of known date, "dix ans après son lancement en 2013", and the latest
 * year it gives a past event, below which the meeting cannot be.
 */
import type { LocalizedText } from '../../../schemas/common.ts';
import { type EventCueEntry, hasCue } from '../gazetteer/index.ts';
import { type Block, fold, foldText } from '../text/index.ts';
import { findYearsAgo, monthNames, numberWords } from './fuzzy-dates.ts';
import { bodySentences, futureCue, type LocatedExpression } from './located-expressions.ts';

/** The text's own year, deduced from its content, with the words that show it. */
export interface YearEvidence {
	year: number;
	paragraph: string;
	/** "Année déduite : …", completed with the meeting's expression. */
	basis: (expression: string, paragraph: string, month: number | undefined) => LocalizedText;
}

/** Converts "30" or "trente" to a number. */
function countOf(text: string): number | undefined {
	return /^\d+$/u.test(text) ? Number(text) : numberWords[text.trim()];
}

/** The original words under a folded match of a sentence. */
function originalSpan(text: string, foldedIndex: number, length: number): string {
	const { toOriginal } = foldText(text);
	const end = foldedIndex + length >= toOriginal.length ? text.length : toOriginal[foldedIndex + length]!;
	return text.slice(toOriginal[foldedIndex]!, end).trim();
}

/**
 * The text's own year from what it says of events of known date: "il y a 30 ans" or "le 30e
 * anniversaire" of an event the gazetteer dates, or "dix ans après son lancement en 2013".
 */
export function findYearEvidence(blocks: Block[], events: EventCueEntry[]): YearEvidence | null {
	for (const sentence of bodySentences(blocks)) {
		const ago = findYearsAgo(sentence.text);
		const anniversary = /(?<![\p{L}\p{N}])(\d+)(?:e|eme) anniversaire/u.exec(fold(sentence.text));
		const count = ago?.years ?? (anniversary ? Number(anniversary[1]) : undefined);
		if (count !== undefined) {
			const event = events.find((candidate) => candidate.date && candidate.cues.some((cue) => hasCue(sentence.text, cue)));
			if (event?.date) {
				const eventYear = Number(event.date.value.slice(0, 4));
				const year = eventYear + count;
				const origin = event.date.inferred ? { fr: ' (note éditoriale)', en: ' (editorial note)' } : { fr: '', en: '' };
				const saidFr = ago ? `situe l'événement « ${event.name.fr} » « ${ago.written} »` : `parle du « ${anniversary![0]} » de l'événement « ${event.name.fr} »`;
				const saidEn = ago ? `places the event "${event.name.en}" "${ago.written}" (${count} years ago)` : `speaks of the "${anniversary![0]}" (${count}th anniversary) of the event "${event.name.en}"`;
				return {
					year,
					paragraph: sentence.paragraph,
					basis: (written, paragraph, month) => ({
						fr: `Année déduite : le texte date la rencontre « ${written} » sans année (${paragraph}) et ${saidFr} (${sentence.paragraph}) ; cet événement date de ${eventYear}${origin.fr}, d'où ${eventYear} + ${count} = ${year}.`,
						en: `Year inferred: the text dates the meeting "${written}"${month ? ` (in ${monthNames.en[month - 1]})` : ''} with no year (${paragraph}) and ${saidEn} (${sentence.paragraph}); that event dates from ${eventYear}${origin.en}, hence ${eventYear} + ${count} = ${year}.`,
					}),
				};
			}
		}
		const folded = fold(sentence.text);
		const after = /(?<![\p{L}\p{N}])(\d+|[a-z]+) ans apres [^.;]{0,60}? en ((?:19|20)\d{2})(?!\d)/u.exec(folded);
		const years = after ? countOf(after[1]!) : undefined;
		if (after && years !== undefined) {
			const start = Number(after[2]);
			const year = start + years;
			const written = originalSpan(sentence.text, after.index, after[0].length);
			return {
				year,
				paragraph: sentence.paragraph,
				basis: (meetingWords, paragraph, month) => ({
					fr: `Année déduite : le texte date la rencontre « ${meetingWords} » sans année (${paragraph}) et écrit « ${written} » (${sentence.paragraph}), d'où ${start} + ${years} = ${year}.`,
					en: `Year inferred: the text dates the meeting "${meetingWords}"${month ? ` (in ${monthNames.en[month - 1]})` : ''} with no year (${paragraph}) and writes "${written}" (${years} years after ${start}) (${sentence.paragraph}), hence ${start} + ${years} = ${year}.`,
				}),
			};
		}
	}
	return null;
}

/** The latest year the text gives to a past event ("En mai 2023, … a accueilli"): the meeting is not earlier. */
export function latestPastYear(expressions: LocatedExpression[]): LocatedExpression | undefined {
	return expressions
		.filter((expression) => expression.paragraph !== null && expression.start.year !== undefined && !futureCue.test(fold(expression.sentence)))
		.sort((a, b) => b.start.year! - a.start.year!)[0];
}
