/**
 * Finds the events a text refers to without reporting them (a state visit, a summit) and the
 * date it gives them, relative dates ("en février") resolved against the meeting's date.
 */
import { datePhrase, findDayDates, findMonthMentions, findYearsAgo, formatFuzzyDate, isoValue, monthNames } from '../dates/index.ts';
import { cueSpan, hasCue, type EventCueEntry, type AnalysedParagraph } from '../gazetteer/index.ts';
import { splitSentences } from '../text/index.ts';
import type { FuzzyDate } from '../../../schemas/date.ts';
import type { Mention } from '../../../schemas/meeting.ts';

/** The date a sentence gives an event, relative to the meeting's date when it is known. */
function eventDate(sentence: string, paragraphId: string, meeting: FuzzyDate | undefined): FuzzyDate | undefined {
	const day = findDayDates(sentence).find((date) => date.month);
	if (day) return { value: isoValue(day.year!, day.month, day.day), precision: 'day', inferred: false };
	if (!meeting) {
		const month = findMonthMentions(sentence).find((mention) => mention.year !== undefined);
		return month ? { value: isoValue(month.year!, month.month), precision: 'month', inferred: false } : undefined;
	}
	const meetingYear = Number(meeting.value.slice(0, 4));
	const meetingDate = datePhrase(meeting.value, meeting.precision, 'fr');
	const meetingDateEn = datePhrase(meeting.value, meeting.precision, 'en');
	const month = findMonthMentions(sentence)[0];
	if (month?.year !== undefined) return { value: isoValue(month.year, month.month), precision: 'month', inferred: false };
	if (month) {
		// The latest such month up to the meeting: "en février" in April 2025 is February 2025.
		const meetingMonth = Number(meeting.value.slice(5, 7)) || 12;
		const year = month.month! <= meetingMonth ? meetingYear : meetingYear - 1;
		const value = isoValue(year, month.month);
		return {
			value,
			precision: 'month',
			inferred: true,
			basis: {
				fr: `Année déduite : le texte dit « ${month.written} » (${paragraphId}) à propos d'une rencontre qui a eu lieu ${meetingDate} ; le mois de ce nom le plus récent est ${formatFuzzyDate(value, 'month', 'fr')}.`,
				en: `Year inferred: the text says "${month.written}" (in ${monthNames.en[month.month! - 1]}) (${paragraphId}) of a meeting held ${meetingDateEn}; the latest month of that name is ${formatFuzzyDate(value, 'month', 'en')}.`,
			},
		};
	}
	const ago = findYearsAgo(sentence);
	if (ago && !meeting.inferred) {
		const year = meetingYear - ago.years;
		return {
			value: String(year),
			precision: 'year',
			inferred: true,
			basis: {
				fr: `Année déduite : « ${ago.written} » (${paragraphId}) dans un texte sur une rencontre qui a eu lieu ${meetingDate}, soit ${meetingYear} − ${ago.years} = ${year}.`,
				en: `Year inferred: "${ago.written}" (${ago.years} years ago) (${paragraphId}) in a text on a meeting held ${meetingDateEn}, hence ${meetingYear} − ${ago.years} = ${year}.`,
			},
		};
	}
	return undefined;
}

/** Every event the text refers to, in order of first reference, with the paragraphs that do. */
export function extractEvents(
	paragraphs: AnalysedParagraph[],
	events: EventCueEntry[],
	source: string,
	meetingDate: FuzzyDate | undefined,
): (Mention & { date?: FuzzyDate })[] {
	const found = new Map<string, Mention & { date?: FuzzyDate }>();
	for (const paragraph of paragraphs) {
		for (const sentence of splitSentences(paragraph.text)) {
			for (const event of events) {
				const cue = event.cues.find((candidate) => hasCue(sentence.text, candidate));
				if (!cue) continue;
				const existing = found.get(event.id);
				if (existing) {
					if (!existing.cite.paragraphs.includes(paragraph.id)) existing.cite.paragraphs.push(paragraph.id);
					continue;
				}
				const span = cueSpan(sentence.text, cue);
				const date = eventDate(sentence.text, paragraph.id, meetingDate);
				found.set(event.id, {
					id: event.id,
					name: sentence.text.slice(span.start, span.end),
					cite: { source, paragraphs: [paragraph.id] },
					...(date ? { date } : {}),
				});
			}
		}
	}
	return [...found.values()];
}

/** The spans of event references in a paragraph, so that their words are not reported as unknown names. */
export function eventSpans(paragraph: AnalysedParagraph, events: EventCueEntry[]): { start: number; end: number }[] {
	return splitSentences(paragraph.text).flatMap((sentence) =>
		events.flatMap((event) =>
			event.cues
				.filter((cue) => hasCue(sentence.text, cue))
				.map((cue) => {
					const span = cueSpan(sentence.text, cue);
					return { start: sentence.start + span.start, end: sentence.start + span.end };
				}),
		),
	);
}
