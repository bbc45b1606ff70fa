/**
 * The date of the meeting a wire text reports. Steps: find every date expression of the body
 * and of the stamp lines → find the publication anchor (publication stamp, else the article's
 * address, else an update stamp with a year known otherwise) → pick the expression that dates
 * the meeting (the dateline-led lead, else the first sentence about the meeting or the lead;
 * not the announcement day, not past events) → resolve it at its honest precision, marking as
 * stated only a date the text prints in full, and writing out the basis of every inference.
 * Pure: no clock, no file system.
 */
import type { Citation, LocalizedText } from '../../../schemas/common.ts';
import type { DatePrecision } from '../../../schemas/date.ts';
import type { MeetingRecord } from '../../../schemas/meeting.ts';
import type { EventCueEntry } from '../gazetteer/index.ts';
import type { Block, IngestProblem } from '../text/index.ts';
import { findDayDates, formatFuzzyDate, isCuratorDate, isValidDay } from './fuzzy-dates.ts';
import { locateDateExpressions, type LocatedExpression } from './located-expressions.ts';
import { chooseMeetingExpression } from './meeting-expression.ts';
import { findPublicationAnchor, type PublicationAnchor } from './publication-anchor.ts';
import { resolveBeforeEvent, resolveExpression, resolveFromDateline, type WireDateOptions } from './resolve-date.ts';
import { findYearEvidence } from './year-evidence.ts';

export type { WireDateOptions } from './resolve-date.ts';

/** A date as precise as known, perhaps an interval, with whether the text states it: the record's date. */
export type WireDate = MeetingRecord['date'];

/**
 * Full dates whose month word is not a French month ("25 avrl 2025"): the text is kept verbatim,
 * so the curator gives the date instead.
 */
function findUnknownMonths(paragraphs: Block[]): IngestProblem[] {
	return paragraphs.flatMap((paragraph) =>
		findDayDates(paragraph.text)
			.filter((date) => date.month === undefined)
			.map((date) => ({
				message: `unknown month "${date.monthWord}" in "${date.written}" (line ${paragraph.line})`,
				line: paragraph.line,
				fix: 'the text misspells the month; give the date with --date YYYY-MM-DD (recorded as given by the curator)',
			})),
	);
}

/** The meeting's date, or why there is none and what the curator can give. */
export type MeetingDate =
	| { found: true; date: WireDate; expression: LocatedExpression | null }
	| { found: false; reason: LocalizedText; supply: LocalizedText; candidates: string[]; expression: LocatedExpression | null };

/** Everything the dates of a text say. */
export interface WireDateAnalysis {
	expressions: LocatedExpression[];
	anchor: PublicationAnchor | null;
	meeting: MeetingDate;
	/** Input problems: a misspelt month, an impossible day, a malformed curator date. */
	problems: IngestProblem[];
}

const supply: LocalizedText = {
	fr: "donnez la date avec --date AAAA-MM-JJ (ou AAAA-MM), ou l'année avec --year AAAA, ou l'adresse de l'article si elle porte sa date ; elle sera marquée comme déduite, avec vous pour source",
	en: "pass the date with --date YYYY-MM-DD (or YYYY-MM), or the year with --year YYYY, or the article's address when it carries its date; it will be marked as inferred, with you as its basis",
};

/** Reads a curator's date "2024-01-24" or "2024-01": null when malformed or impossible. */
function curatorDate(text: string): { value: string; precision: DatePrecision } | null {
	return isCuratorDate(text) ? { value: text, precision: text.length === 10 ? 'day' : 'month' } : null;
}

/**
 * Reads all the dates of a text and dates its meeting.
 * analyseWireDates(splitBlocks("Agence | 02.08.2014 10h00\n\nA a rencontré jeudi B."), [], { source: "s" })
 * → meeting 2014-07-31, inferred, basis "Le texte dit « jeudi » (p1) sans autre date ; l'horodatage de publication …"
 */
export function analyseWireDates(blocks: Block[], events: EventCueEntry[], options: WireDateOptions): WireDateAnalysis {
	const expressions = locateDateExpressions(blocks);
	const paragraphs = blocks.filter((block): block is Block & { id: string } => block.kind === 'paragraph' && block.id !== null);
	const problems: IngestProblem[] = options.date ? [] : findUnknownMonths(paragraphs);
	const anchor = findPublicationAnchor(expressions, options.url);
	const chosen = chooseMeetingExpression(blocks, expressions);
	const sameDay = chosen?.role === 'dateline';
	if (chosen && !sameDay) chosen.role = 'meeting';
	const cite = (more: string[] = []): Citation => ({ source: options.source, paragraphs: [...new Set([chosen?.paragraph ?? paragraphs[0]?.id ?? 'p1', ...more])] });

	if (options.date !== undefined) {
		const given = curatorDate(options.date);
		if (!given) {
			problems.push({ message: `the date "${options.date}" given by the curator is not a real date in the form YYYY-MM-DD or YYYY-MM`, fix: 'give the date as YYYY-MM-DD or YYYY-MM' });
		} else {
			const said = chosen ? { fr: ` ; le texte dit « ${chosen.written} » (${chosen.paragraph})`, en: `; the text says “${chosen.written}” (${chosen.paragraph})` } : { fr: ' ; le texte ne date pas la rencontre', en: '; the text does not date the meeting' };
			const why = options.dateBasis ? { fr: ` Raison donnée : « ${options.dateBasis} ».`, en: ` The curator's reason: “${options.dateBasis}”.` } : { fr: '', en: '' };
			return {
				expressions, anchor, problems,
				meeting: { found: true, expression: chosen, date: { ...given, inferred: true, basis: { fr: `Date fournie par la personne qui a importé le texte : ${formatFuzzyDate(given.value, given.precision, 'fr')}${said.fr}.${why.fr}`, en: `Date given by the curator who imported the text: ${formatFuzzyDate(given.value, given.precision, 'en')}${said.en}.${why.en}` }, cite: cite() } },
			};
		}
	}
	if (!chosen) {
		return { expressions, anchor, problems, meeting: { found: false, expression: null, candidates: [], supply, reason: { fr: 'Aucune phrase sur la rencontre ne la date : ni date en tête du texte, ni jour, ni mot de temps.', en: 'No sentence about the meeting dates it: no date leading the text, no day, no time word.' } } };
	}
	const evidence = findYearEvidence(blocks, events);
	const resolved = sameDay ? resolveFromDateline(chosen, anchor, evidence, options) : (resolveBeforeEvent(blocks, chosen, events, anchor, expressions) ?? resolveExpression(chosen, anchor, evidence, expressions, options));
	if (!resolved.ok) return { expressions, anchor, problems, meeting: { found: false, expression: chosen, candidates: resolved.candidates ?? [], supply, reason: resolved.reason } };
	const { extraParagraphs, ...resolution } = resolved.resolution;
	if (!resolution.inferred && resolution.precision === 'day') {
		const [year, month, day] = resolution.value.split('-').map(Number);
		if (!isValidDay(year!, month!, day!)) problems.push({ message: `"${chosen.written}" is not a real date (line ${chosen.line})`, line: chosen.line, fix: 'correct the date in the text' });
	}
	return { expressions, anchor, problems, meeting: { found: true, expression: chosen, date: { ...resolution, cite: cite(extraParagraphs) } } };
}

/** The meeting date as the recipe takes it (the shape of extractDate's result): a date, or problems to fix. */
export function extractWireDate(
	blocks: Block[],
	events: EventCueEntry[],
	options: WireDateOptions,
): { ok: true; date: WireDate } | { ok: false; problems: IngestProblem[] } {
	const { meeting, problems } = analyseWireDates(blocks, events, options);
	if (problems.length > 0) return { ok: false, problems };
	if (meeting.found) return { ok: true, date: meeting.date };
	const line = meeting.expression?.line;
	const candidates = meeting.candidates.length > 0 ? ` (possible years: ${meeting.candidates.join(', ')})` : '';
	return { ok: false, problems: [{ message: `no meeting date: ${meeting.reason.en}${candidates}`, ...(line !== undefined ? { line } : {}), fix: meeting.supply.en }] };
}
