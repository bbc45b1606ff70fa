/**
 * The date of the meeting a wire text reports. Steps: find every date expression of the body
 * and of the stamp lines → find the publication anchor (publication stamp, else the article's
 * address, else an update stamp with a year known otherwise) → pick the expression that dates
 * the meeting (the dateline-led lead, else the first sentence about the meeting or the lead;
 * not the announcement day, not past events) → resolve it at its honest precision, marking as
 * stated only a date the text prints in full, and writing out the basis of every inference.
 * Pure: no clock, no file system.
 */
import type { Block, BlockKind } from '../text/blocks.ts';
import { addDays, isoDay, isoWeekday, weekdayNear, type Day } from './calendar.ts';
import { isMeetingSentence } from '../text/cues.ts';
import { englishWeekdays, findDateExpressions, frenchWeekdays, type DateExpression, type DatePoint } from './date-expressions.ts';
import { findDayDates, findYearsAgo, formatDay, formatFuzzyDate, isCuratorDate, isoValue, isValidDay, monthNames, numberWords } from './fuzzy-dates.ts';
import { hasCue, type EventCueEntry } from '../gazetteer/gazetteer.ts';
import { findWireDateline, isUpdateLine } from '../text/line-kinds.ts';
import { fold, foldText } from '../text/normalize.ts';
import { splitSentences } from '../text/sentences.ts';
import { dateBeforeEvent, findUpcomingEvents, pickUpcomingEvent } from './upcoming-event.ts';
import type { IngestProblem } from '../gazetteer/analysed-paragraph.ts';
import type { Citation, LocalizedText } from '../../../schemas/common.ts';
import type { MeetingRecord } from '../../../schemas/meeting.ts';
import type { DatePrecision } from '../../../schemas/date.ts';

/** What the curator may give besides the text. */
export interface WireDateOptions {
	/** The id of the source, for citations. */
	source: string;
	/** The year, when the text gives none and none can be inferred. */
	year?: number;
	/** The meeting's date, "YYYY-MM-DD" or "YYYY-MM", when the text does not give it; recorded as inferred, given by the curator. */
	date?: string;
	/** The article's address, whose path often carries its publication day ("/2018/0412/", "/2023-10-20/"). */
	url?: string;
	/** The years in which to look for a weekday that fits a day and month; 1991–2040 unless given. */
	years?: { from: number; to: number };
}

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

/** What an expression is taken to date; "dateline" is the filing day of a wire dateline opening the lead. */
export type ExpressionRole = 'publication' | 'update' | 'dateline' | 'announcement' | 'other-event' | 'meeting' | 'other';

/** A date expression with where it is: its block (paragraph id, or null for a stamp line), line and sentence. */
export interface LocatedExpression extends DateExpression {
	blockKind: BlockKind;
	paragraph: string | null;
	line: number;
	/** The sentence that holds it (the whole line for a stamp). */
	sentence: string;
	role: ExpressionRole;
	/** The wire dateline that holds it, as written: "BEIJING, 26 mai (Xinhua) --". */
	dateline?: string;
}

/** The day (or month) the text was written, and where that comes from. */
export interface PublicationAnchor {
	from: 'stamp' | 'dateline' | 'url' | 'update';
	/** The stamp or address as written. */
	written: string;
	line?: number;
	year?: number;
	month: number;
	day?: number;
	/** An update stamp that agrees with the publication day ("le 29/10" under "29.10.2016"). */
	confirmedBy?: string;
	/** For a dateline without a year: the address or update stamp the year is taken from. */
	yearFrom?: { from: 'url' | 'update'; written: string };
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

interface Sentence {
	text: string;
	paragraph: string;
	line: number;
	isLead: boolean;
}

/** The text's own year, deduced from its content, with the words that show it. */
interface YearEvidence {
	year: number;
	paragraph: string;
	/** "Année déduite : …", completed with the meeting's expression. */
	basis: (expression: string, paragraph: string, month: number | undefined) => LocalizedText;
}


/** A verb that tells of an announcement; the days near it date the announcement. */
const announcementVerb = /annonc|fait savoir|confirm[ée]|rapport[ée]|communiqu[ée]/giu;
/** Words that tie a date to another, earlier event: "après son déplacement en mai 2024", "créée en 2001". */
const otherEventWord = /(?<![\p{L}])(?:apres|depuis|avant|anniversaire|creee?s?|fondee?s?|lancement|lancee?|precedent|precedente|dernier deplacement|derniere visite|etablie?s?)(?![\p{L}])/u;
/** Verbs and words of things to come: "se rendra", "effectuera", "devrait", "prochaine". */
export const futureCue = /(?<![\p{L}])(?:[\p{L}]{3,}(?:era|ira|dra|tra)(?:it|ient)?|[\p{L}]{2,}(?:eront|iront|dront)|devrai?t|devraient|doit|doivent|prochaine?s?|attendue?s?|a venir)(?![\p{L}])/u;
/** What reports the visit or event itself, besides the meeting cues. */
const eventCue = /(?<![\p{L}])(?:se rend\p{L}*|rendu|visite|arrive\p{L}*|atterri|s'est ouvert|s'ouvr\p{L}*|discute|s'est entretenu|recu|accueilli|sommet|effectu\p{L}*|particip\p{L}*|preside|s'est reuni)(?![\p{L}])/u;

/** The sentences of the body paragraphs, the lead first. */
function bodySentences(blocks: Block[]): Sentence[] {
	const paragraphs = blocks.filter((block) => block.kind === 'paragraph' && block.id !== null);
	return paragraphs.flatMap((block, index) =>
		splitSentences(block.text).map((sentence, sentenceIndex) => ({ text: sentence.text, paragraph: block.id!, line: block.line, isLead: index === 0 && sentenceIndex === 0 })),
	);
}

/** The role of an expression within its sentence: the announcement day, another event, or a candidate. */
function roleInSentence(expression: DateExpression, sentence: string): ExpressionRole {
	for (const verb of sentence.matchAll(announcementVerb)) {
		const verbEnd = verb.index + verb[0].length;
		const after = sentence.slice(verbEnd, expression.index);
		if (expression.index >= verbEnd && expression.index - verbEnd < 80 && !/\bqu(?:e\b|')/u.test(after)) return 'announcement';
		// "Le 20 octobre, le porte-parole a annoncé que …": the reported content follows "que".
		const governs = /^\p{L}*\s+qu(?:e\b|')/u.test(sentence.slice(verb.index));
		if (expression.index < verb.index && governs && !/\bqu(?:e\b|')/u.test(sentence.slice(expression.index, verb.index))) return 'announcement';
	}
	const clauseStart = Math.max(sentence.lastIndexOf(',', expression.index), sentence.lastIndexOf(';', expression.index), sentence.lastIndexOf('(', expression.index), 0);
	if (otherEventWord.test(fold(sentence.slice(clauseStart, expression.index + expression.written.length)))) return 'other-event';
	return 'other';
}

/** The role of a stamp line's expression: a "Mis à jour le …" part of "Publié le … | Mis à jour le …" is an update. */
function stampRole(expression: DateExpression, block: Block): ExpressionRole {
	if (block.kind === 'update') return 'update';
	const segmentStart = block.text.lastIndexOf('|', expression.index) + 1;
	const segmentEnd = block.text.indexOf('|', expression.index + expression.written.length);
	return isUpdateLine(block.text.slice(segmentStart, segmentEnd === -1 ? undefined : segmentEnd)) ? 'update' : 'publication';
}

/**
 * Finds every expression of the body (with its role in its sentence) and of the stamp lines. The
 * day of a wire dateline opening the lead ("BEIJING, 26 mai (Xinhua) --") is the filing day.
 */
export function locateDateExpressions(blocks: Block[]): LocatedExpression[] {
	const found: LocatedExpression[] = [];
	const lead = blocks.find((block) => block.kind === 'paragraph' && block.id !== null);
	for (const block of blocks) {
		if (block.kind === 'dateline' || block.kind === 'update') {
			for (const expression of findDateExpressions(block.text)) {
				found.push({ ...expression, blockKind: block.kind, paragraph: null, line: block.line, sentence: block.text, role: stampRole(expression, block) });
			}
		}
		if (block.kind !== 'paragraph' || block.id === null) continue;
		for (const [sentenceIndex, sentence] of splitSentences(block.text).entries()) {
			const dateline = block === lead && sentenceIndex === 0 ? findWireDateline(sentence.text) : null;
			for (const expression of findDateExpressions(sentence.text)) {
				const inDateline = dateline !== null && expression.index < dateline.end;
				const role = inDateline ? 'dateline' : roleInSentence(expression, sentence.text);
				found.push({ ...expression, blockKind: 'paragraph', paragraph: block.id, line: block.line, sentence: sentence.text, role, ...(inDateline ? { dateline: dateline.written } : {}) });
			}
		}
	}
	return found;
}

/** Reads a publication day from an article's address: "…/2018/0412/…" → 12 April 2018; "…/2008-08/09/…" → 9 August 2008. */
export function dateFromUrl(url: string): { year: number; month: number; day?: number; written: string } | null {
	const path = url.replace(/^[a-z]+:\/\/[^/]+/iu, '');
	const patterns = [
		/(?<!\d)((?:19|20)\d{2})[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?!\d)/u,
		/(?<!\d)((?:19|20)\d{2})[-/](0[1-9]|1[0-2])(?![\d])/u,
	];
	for (const pattern of patterns) {
		const found = pattern.exec(path);
		if (!found) continue;
		const [year, month, day] = [Number(found[1]), Number(found[2]), found[3] ? Number(found[3]) : undefined];
		if (day !== undefined && !isValidDay(year, month, day)) continue;
		return { year, month, ...(day !== undefined ? { day } : {}), written: found[0] };
	}
	return null;
}

/**
 * The publication anchor: the stamp line's day, else the wire dateline's (its year, when it has
 * none, from the address or an update stamp), else the address's, else an update stamp.
 */
export function findPublicationAnchor(expressions: LocatedExpression[], url?: string): PublicationAnchor | null {
	const updates = expressions.filter((expression) => expression.role === 'update' && expression.start.month !== undefined);
	const stamp = expressions.find((expression) => expression.role === 'publication' && expression.start.year !== undefined && expression.start.month !== undefined && expression.start.day !== undefined);
	const confirm = (anchor: PublicationAnchor): PublicationAnchor => {
		const update = updates.find((candidate) => candidate.start.month === anchor.month && candidate.start.day === anchor.day);
		return update ? { ...anchor, confirmedBy: update.written } : anchor;
	};
	if (stamp) return confirm({ from: 'stamp', written: stamp.written, line: stamp.line, year: stamp.start.year, month: stamp.start.month!, day: stamp.start.day });
	const fromUrl = url ? dateFromUrl(url) : null;
	const dateline = expressions.find((expression) => expression.role === 'dateline' && expression.start.month !== undefined && expression.start.day !== undefined);
	if (dateline) {
		const { month, day } = dateline.start as { month: number; day: number };
		const anchor: PublicationAnchor = confirm({ from: 'dateline', written: dateline.dateline!, line: dateline.line, month, day });
		if (dateline.start.year !== undefined) return { ...anchor, year: dateline.start.year };
		const updateWithYear = updates.find((update) => update.start.year !== undefined);
		const dated = fromUrl
			? { year: fromUrl.year, month: fromUrl.month, day: fromUrl.day, yearFrom: { from: 'url' as const, written: url! } }
			: updateWithYear
				? { year: updateWithYear.start.year!, month: updateWithYear.start.month!, day: updateWithYear.start.day, yearFrom: { from: 'update' as const, written: updateWithYear.written } }
				: null;
		// The dispatch was filed on or before the day its address or update stamp gives.
		return dated ? { ...anchor, year: yearFrom(dated, month, day, false), yearFrom: dated.yearFrom } : anchor;
	}
	if (fromUrl) return confirm({ from: 'url', year: fromUrl.year, month: fromUrl.month, ...(fromUrl.day !== undefined ? { day: fromUrl.day } : {}), written: url! });
	const update = updates[0];
	if (update) return { from: 'update', written: update.written, line: update.line, month: update.start.month!, ...(update.start.day !== undefined ? { day: update.start.day } : {}), ...(update.start.year !== undefined ? { year: update.start.year } : {}) };
	return null;
}

const formRank: Record<DateExpression['form'], number> = { range: 6, date: 5, numeric: 5, weekday: 3, month: 2, relative: 1, year: 0 };

/** The best candidate of a sentence: not the announcement day, not another event. */
function bestOf(candidates: LocatedExpression[]): LocatedExpression | undefined {
	return candidates.filter((candidate) => candidate.role === 'other').sort((a, b) => formRank[b.form] - formRank[a.form] || a.index - b.index)[0];
}

/**
 * Picks the expression that dates the meeting: a date leading the first paragraph ("Le 24
 * janvier 2024, …"), else the first sentence that reports the meeting or leads the text and
 * holds a date. A word for next week is replaced by the dates a later sentence gives the visit.
 * A wire dateline's day is never the first kind: it dates the filing. It is picked only when the
 * lead it opens reports a past meeting and gives it no date at all (a same-day report).
 */
export function chooseMeetingExpression(blocks: Block[], expressions: LocatedExpression[]): LocatedExpression | null {
	const body = expressions.filter((expression) => expression.paragraph !== null);
	const firstParagraph = blocks.find((block) => block.kind === 'paragraph')?.id;
	const leading = body.find((expression) => expression.paragraph === firstParagraph && expression.role === 'other' && expression.index < 40 && ['date', 'numeric', 'range'].includes(expression.form) && expression.start.month !== undefined && expression.sentence === splitSentences(blocks.find((block) => block.id === firstParagraph)!.text)[0]?.text);
	if (leading) return leading;
	const sentences = bodySentences(blocks);
	for (const [position, sentence] of sentences.entries()) {
		const reportsEvent = isMeetingSentence(sentence.text) || eventCue.test(fold(sentence.text));
		if (!sentence.isLead && !reportsEvent) continue;
		const own = body.filter((expression) => expression.paragraph === sentence.paragraph && expression.sentence === sentence.text);
		const chosen = bestOf(own);
		if (!chosen) {
			const dateline = own.find((expression) => expression.role === 'dateline' && expression.start.day !== undefined);
			if (sentence.isLead && dateline && reportsEvent && !futureCue.test(fold(sentence.text))) return dateline;
			continue;
		}
		if (chosen.form === 'relative' && chosen.relative!.offset > 0 && chosen.relative!.unit !== 'year') {
			// "devrait se rendre au Kirghizistan la semaine prochaine" … "du 24 au 26 octobre".
			for (const later of sentences.slice(position + 1)) {
				if (!futureCue.test(fold(later.text))) continue;
				const precise = bestOf(body.filter((expression) => expression.paragraph === later.paragraph && expression.sentence === later.text && ['range', 'date'].includes(expression.form)));
				if (precise) return precise;
			}
		}
		return chosen;
	}
	return null;
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
function latestPastYear(expressions: LocatedExpression[]): LocatedExpression | undefined {
	return expressions
		.filter((expression) => expression.paragraph !== null && expression.start.year !== undefined && !futureCue.test(fold(expression.sentence)))
		.sort((a, b) => b.start.year! - a.start.year!)[0];
}

/** How the anchor reads in a basis. */
function anchorWords(anchor: PublicationAnchor): LocalizedText {
	if (anchor.from === 'dateline') {
		const source = anchor.yearFrom?.from === 'url'
			? { fr: ` (année tirée de l'adresse de l'article « ${anchor.yearFrom.written} »)`, en: ` (year taken from the article's address “${anchor.yearFrom.written}”)` }
			: anchor.yearFrom
				? { fr: ` (année tirée de l'horodatage de mise à jour « ${anchor.yearFrom.written} »)`, en: ` (year taken from the update stamp “${anchor.yearFrom.written}”)` }
				: { fr: '', en: '' };
		return { fr: `la ligne de date de la dépêche « ${anchor.written} »${source.fr}`, en: `the dispatch's dateline “${anchor.written}”${source.en}` };
	}
	if (anchor.from === 'url') return { fr: `l'adresse de l'article « ${anchor.written} »`, en: `the article's address “${anchor.written}”` };
	if (anchor.from === 'update') return { fr: `l'horodatage de mise à jour « ${anchor.written} »`, en: `the update stamp “${anchor.written}”` };
	return { fr: `l'horodatage de publication « ${anchor.written} »`, en: `the publication stamp “${anchor.written}”` };
}

/** A sentence on whether the day is the weekday the text gives: " Le 29 novembre 2022 est bien un mardi." */
function weekdayCheck(date: Day, weekday: number | undefined): LocalizedText {
	if (weekday === undefined) return { fr: '', en: '' };
	const fits = isoWeekday(date) === weekday;
	return fits
		? { fr: ` Le ${formatDay(date, 'fr')} est bien un ${frenchWeekdays[weekday - 1]}.`, en: ` ${formatDay(date, 'en')} is indeed a ${englishWeekdays[weekday - 1]}.` }
		: { fr: ` Attention : le ${formatDay(date, 'fr')} n'est pas un ${frenchWeekdays[weekday - 1]}.`, en: ` Beware: ${formatDay(date, 'en')} is not a ${englishWeekdays[weekday - 1]}.` };
}

/** The year of a day and month without year, seen from an anchor, in the past or the future of it. */
function yearFrom(anchor: { year: number; month: number; day?: number }, month: number, day: number | undefined, future: boolean): number {
	const key = (m: number, d: number | undefined) => m * 100 + (d ?? (future ? 99 : 0));
	const anchorKey = key(anchor.month, anchor.day);
	const dateKey = key(month, day ?? (future ? 0 : 99));
	if (future) return dateKey >= anchorKey ? anchor.year : anchor.year + 1;
	return dateKey <= anchorKey ? anchor.year : anchor.year - 1;
}

interface Resolution {
	value: string;
	precision: DatePrecision;
	end?: string;
	inferred: boolean;
	basis?: LocalizedText;
	extraParagraphs?: string[];
}

type Resolved = { ok: true; resolution: Resolution } | { ok: false; reason: LocalizedText; candidates?: string[] };

/** The point of a day-month expression as an ISO value at its precision. */
function valueOf(year: number, point: DatePoint): { value: string; precision: DatePrecision } {
	if (point.month === undefined) return { value: isoValue(year), precision: 'year' };
	if (point.day === undefined) return { value: isoValue(year, point.month), precision: 'month' };
	return { value: isoValue(year, point.month, point.day), precision: 'day' };
}

/** Resolves the chosen expression against the anchor, the text's own year or the curator's. */
function resolveExpression(
	chosen: LocatedExpression,
	anchor: PublicationAnchor | null,
	evidence: YearEvidence | null,
	expressions: LocatedExpression[],
	options: WireDateOptions,
): Resolved {
	const future = futureCue.test(fold(chosen.sentence));
	const said = { fr: `Le texte dit « ${chosen.written} » (${chosen.paragraph})`, en: `The text says “${chosen.written}” (${chosen.paragraph})` };
	const { start, end } = chosen;

	// Printed in full: stated.
	if (chosen.form !== 'relative' && chosen.form !== 'weekday' && start.year !== undefined && (chosen.form !== 'range' || end?.year !== undefined)) {
		const first = valueOf(start.year, start);
		return { ok: true, resolution: { ...first, ...(end ? { end: valueOf(end.year ?? start.year, end).value } : {}), inferred: false } };
	}

	// An anchor with a year: the publication stamp or address; an update stamp only with a year from elsewhere.
	const anchorYear = anchor?.year ?? (anchor ? (evidence?.year ?? options.year) : undefined);
	const anchorDay: Day | null = anchor && anchorYear !== undefined && anchor.day !== undefined ? { year: anchorYear, month: anchor.month, day: anchor.day } : null;
	const words = anchor ? anchorWords(anchor) : null;
	const yearSource = anchor && anchor.year === undefined && anchorYear !== undefined
		? evidence?.year === anchorYear
			? { fr: ` ; l'année ${anchorYear} est déduite du texte : ${evidence.basis(chosen.written, chosen.paragraph!, start.month).fr}`, en: `; the year ${anchorYear} is inferred from the text: ${evidence.basis(chosen.written, chosen.paragraph!, start.month).en}` }
			: { fr: ` ; l'année ${anchorYear} est fournie par la personne qui a importé le texte`, en: `; the year ${anchorYear} was supplied by the curator` }
		: { fr: '', en: '' };
	const anchorAt = anchorDay
		? { fr: `${words!.fr} date du ${formatDay(anchorDay, 'fr')}${yearSource.fr}`, en: `${words!.en} dates from ${formatDay(anchorDay, 'en')}${yearSource.en}` }
		: null;

	if (chosen.form === 'relative') {
		const shift = chosen.relative!;
		if (shift.from === 'event') return { ok: false, reason: { fr: `${said.fr} : ce mot compte à partir d'un autre événement du texte, pas de la date de publication.`, en: `${said.en}: this word counts from another event of the text, not from the publication day.` } };
		if (!anchorDay) return { ok: false, reason: { fr: `${said.fr} : ce mot compte à partir du jour de publication, que le texte ne donne pas.`, en: `${said.en}: this word counts from the publication day, which the text does not give.` } };
		if (shift.unit === 'day') {
			const date = addDays(anchorDay, shift.offset);
			return { ok: true, resolution: { value: isoDay(date), precision: 'day', inferred: true, basis: { fr: `${said.fr} ; ${anchorAt!.fr}, d'où le ${formatDay(date, 'fr')}.`, en: `${said.en}; ${anchorAt!.en}, hence ${formatDay(date, 'en')}.` } } };
		}
		if (shift.unit === 'week') {
			const monday = addDays(weekdayNear(anchorDay, 1, -1), 7 * shift.offset);
			const sunday = addDays(monday, 6);
			return { ok: true, resolution: { value: isoDay(monday), end: isoDay(sunday), precision: 'day', inferred: true, basis: { fr: `${said.fr} ; ${anchorAt!.fr}, d'où la semaine du ${formatDay(monday, 'fr')} au ${formatDay(sunday, 'fr')}.`, en: `${said.en}; ${anchorAt!.en}, hence the week from ${formatDay(monday, 'en')} to ${formatDay(sunday, 'en')}.` } } };
		}
		if (shift.unit === 'month') {
			const index = anchorDay.year * 12 + anchorDay.month - 1 + shift.offset;
			const value = isoValue(Math.floor(index / 12), (index % 12) + 1);
			return { ok: true, resolution: { value, precision: 'month', inferred: true, basis: { fr: `${said.fr} ; ${anchorAt!.fr}, d'où ${formatFuzzyDate(value, 'month', 'fr')}.`, en: `${said.en}; ${anchorAt!.en}, hence ${formatFuzzyDate(value, 'month', 'en')}.` } } };
		}
		const value = String(anchorDay.year + shift.offset);
		return { ok: true, resolution: { value, precision: 'year', inferred: true, basis: { fr: `${said.fr} ; ${anchorAt!.fr}, d'où ${value}.`, en: `${said.en}; ${anchorAt!.en}, hence ${value}.` } } };
	}

	if (chosen.form === 'weekday' || (chosen.form === 'range' && start.day === undefined && start.weekday !== undefined)) {
		if (anchorDay) {
			const strict = chosen.qualifier !== undefined;
			const direction = chosen.qualifier === 'next' || (chosen.qualifier === undefined && future) ? 1 : -1;
			const first = weekdayNear(anchorDay, start.weekday!, direction, strict);
			const side = direction === -1
				? { fr: `le ${frenchWeekdays[start.weekday! - 1]} le plus récent à cette date`, en: `the latest ${englishWeekdays[start.weekday! - 1]} on or before it` }
				: { fr: `le premier ${frenchWeekdays[start.weekday! - 1]} à partir de cette date`, en: `the first ${englishWeekdays[start.weekday! - 1]} on or after it` };
			if (chosen.form === 'range') {
				const last = weekdayNear(first, end!.weekday!, 1);
				return { ok: true, resolution: { value: isoDay(first), end: isoDay(last), precision: 'day', inferred: true, basis: { fr: `${said.fr} ; ${anchorAt!.fr}, et ${side.fr} est le ${formatDay(first, 'fr')}, d'où du ${formatDay(first, 'fr')} au ${formatDay(last, 'fr')}.`, en: `${said.en}; ${anchorAt!.en}, and ${side.en} is ${formatDay(first, 'en')}, hence ${formatDay(first, 'en')} to ${formatDay(last, 'en')}.` } } };
			}
			return { ok: true, resolution: { value: isoDay(first), precision: 'day', inferred: true, basis: { fr: `${said.fr} sans autre date ; ${anchorAt!.fr}, et ${side.fr} est le ${formatDay(first, 'fr')}.`, en: `${said.en} with no other date; ${anchorAt!.en}, and ${side.en} is ${formatDay(first, 'en')}.` } } };
		}
		const year = anchor?.year ?? evidence?.year ?? options.year;
		if (year !== undefined) {
			const basis = anchor?.year !== undefined
				? { fr: `${said.fr}, sans jour ni mois ; ${words!.fr} ne donne que ${year}.`, en: `${said.en}, with no day or month; ${words!.en} gives only ${year}.` }
				: evidence
					? (() => { const inferred = evidence.basis(chosen.written, chosen.paragraph!, undefined); return { fr: `${inferred.fr} Le jour et le mois restent inconnus.`, en: `${inferred.en} The day and month remain unknown.` }; })()
					: { fr: `Année fournie par la personne qui a importé le texte : le texte dit seulement « ${chosen.written} » (${chosen.paragraph}), sans jour ni mois.`, en: `Year supplied by the curator who imported the text: the text says only "${chosen.written}" (${chosen.paragraph}), with no day or month.` };
			return { ok: true, resolution: { value: String(year), precision: 'year', inferred: true, basis, ...(evidence && anchor?.year === undefined ? { extraParagraphs: [evidence.paragraph] } : {}) } };
		}
		const partial = anchor ? { fr: ` ; ${words!.fr} ne donne pas l'année`, en: `; ${words!.en} does not give the year` } : { fr: ' ; le texte ne donne aucune date de publication', en: '; the text gives no publication date' };
		return { ok: false, reason: { fr: `${said.fr}, un jour de la semaine sans date${partial.fr}, et aucune année ne peut en être déduite.`, en: `${said.en}, a weekday without a date${partial.en}, and no year can be inferred.` } };
	}

	// A day and month, a range or a month, without year.
	let startPoint: DatePoint = { ...start };
	let endPoint: DatePoint | undefined = end ? { ...end } : undefined;
	if (startPoint.month === undefined && anchor) {
		// "du 12 au 14": the month of the anchor, or the next (or previous) one if the days have passed.
		const ahead = future ? (startPoint.day ?? 1) < (anchor.day ?? 1) : (endPoint?.day ?? startPoint.day ?? 1) > (anchor.day ?? 31);
		const month = ahead ? (future ? (anchor.month % 12) + 1 : ((anchor.month + 10) % 12) + 1) : anchor.month;
		startPoint = { ...startPoint, month };
		if (endPoint) endPoint = { ...endPoint, month };
	}
	if (startPoint.month === undefined) {
		return { ok: false, reason: { fr: `${said.fr}, des jours sans mois ni année, et le texte ne donne pas de date de publication.`, en: `${said.en}, days without month or year, and the text gives no publication date.` } };
	}
	const withEnd = (year: number, resolution: Omit<Resolution, 'value' | 'precision'>): Resolution => {
		const first = valueOf(year, startPoint);
		const endYear = endPoint && endPoint.month !== undefined && endPoint.month < startPoint.month! ? year + 1 : year;
		return { ...first, ...(endPoint ? { end: valueOf(endYear, endPoint).value } : {}), ...resolution };
	};
	const dayOf = (year: number): Day | null => (startPoint.day !== undefined ? { year, month: startPoint.month!, day: startPoint.day } : null);

	if (anchor && anchorYear !== undefined) {
		const year = yearFrom({ year: anchorYear, month: anchor.month, day: anchor.day }, startPoint.month, startPoint.day, future);
		const day = dayOf(year);
		if (day && !isValidDay(day.year, day.month, day.day)) return { ok: false, reason: { fr: `${said.fr} : ce jour n'existe pas en ${year}.`, en: `${said.en}: that day does not exist in ${year}.` } };
		const check = day ? weekdayCheck(day, startPoint.weekday) : { fr: '', en: '' };
		const anchorText = anchorAt ?? { fr: `${words!.fr} donne ${anchorYear}${yearSource.fr}`, en: `${words!.en} gives ${anchorYear}${yearSource.en}` };
		const shifted = year !== anchorYear ? { fr: `, et la date est ${future ? 'à venir' : 'passée'} à ce moment-là, d'où ${year}`, en: `, and the date is ${future ? 'ahead' : 'past'} at that time, hence ${year}` } : { fr: `, d'où ${year}`, en: `, hence ${year}` };
		const noMonth = start.month === undefined ? { fr: ` (le mois est celui de ${words!.fr})`, en: ` (the month is that of ${words!.en})` } : { fr: '', en: '' };
		return {
			ok: true,
			resolution: withEnd(year, {
				inferred: true,
				basis: { fr: `${said.fr} sans l'année${noMonth.fr} ; ${anchorText.fr}${shifted.fr}.${check.fr}`, en: `${said.en} without the year${noMonth.en}; ${anchorText.en}${shifted.en}.${check.en}` },
			}),
		};
	}
	if (evidence) {
		const day = dayOf(evidence.year);
		const basis = evidence.basis(chosen.written, chosen.paragraph!, startPoint.month);
		const check = day ? weekdayCheck(day, startPoint.weekday) : { fr: '', en: '' };
		return { ok: true, resolution: withEnd(evidence.year, { inferred: true, basis: { fr: basis.fr + check.fr, en: basis.en + check.en }, extraParagraphs: [evidence.paragraph] }) };
	}
	if (options.year !== undefined) {
		const value = valueOf(options.year, startPoint);
		return {
			ok: true,
			resolution: withEnd(options.year, {
				inferred: true,
				basis: {
					fr: `Année fournie par la personne qui a importé le texte : le texte dit seulement « ${chosen.written} » (${chosen.paragraph}), soit ${formatFuzzyDate(value.value, value.precision, 'fr')}.`,
					en: `Year supplied by the curator who imported the text: the text says only "${chosen.written}"${startPoint.month ? ` (in ${monthNames.en[startPoint.month - 1]})` : ''} (${chosen.paragraph}), that is ${formatFuzzyDate(value.value, value.precision, 'en')}.`,
				},
			}),
		};
	}
	if (startPoint.weekday !== undefined && startPoint.day !== undefined) {
		// No year anywhere: the years in which that day and month fall on that weekday.
		const window = options.years ?? { from: 1991, to: 2040 };
		const fitting: number[] = [];
		for (let year = window.from; year <= window.to; year++) {
			if (isValidDay(year, startPoint.month, startPoint.day) && isoWeekday({ year, month: startPoint.month, day: startPoint.day }) === startPoint.weekday) fitting.push(year);
		}
		const past = latestPastYear(expressions);
		const narrowed = past ? fitting.filter((year) => year >= past.start.year!) : fitting;
		const dayMonth = { fr: `le ${startPoint.day === 1 ? '1er' : startPoint.day} ${monthNames.fr[startPoint.month - 1]}`, en: `${startPoint.day} ${monthNames.en[startPoint.month - 1]}` };
		const fits = { fr: `de ${window.from} à ${window.to}, ${dayMonth.fr} tombe un ${frenchWeekdays[startPoint.weekday - 1]} en ${fitting.join(', ') || 'aucune année'}`, en: `from ${window.from} to ${window.to}, ${dayMonth.en} falls on a ${englishWeekdays[startPoint.weekday - 1]} in ${fitting.join(', ') || 'no year'}` };
		const bound = past ? { fr: ` ; le texte parle de « ${past.written} » (${past.paragraph}) comme d'un fait passé, ce qui laisse ${narrowed.join(', ') || 'aucune année'}`, en: `; the text speaks of “${past.written}” (${past.paragraph}) as past, which leaves ${narrowed.join(', ') || 'no year'}` } : { fr: '', en: '' };
		if (narrowed.length === 1) {
			return { ok: true, resolution: withEnd(narrowed[0]!, { inferred: true, basis: { fr: `${said.fr} sans l'année ni date de publication ; ${fits.fr}${bound.fr}.`, en: `${said.en} without the year or a publication date; ${fits.en}${bound.en}.` }, ...(past ? { extraParagraphs: [past.paragraph!] } : {}) }) };
		}
		return { ok: false, candidates: narrowed.map(String), reason: { fr: `${said.fr} sans l'année ni date de publication ; ${fits.fr}${bound.fr} : plusieurs années possibles.`, en: `${said.en} without the year or a publication date; ${fits.en}${bound.en}: several years are possible.` } };
	}
	const past = latestPastYear(expressions);
	const bound = past ? { fr: ` (au plus tôt ${past.start.year} : le texte parle de « ${past.written} » comme d'un fait passé)`, en: ` (${past.start.year} at the earliest: the text speaks of “${past.written}” as past)` } : { fr: '', en: '' };
	return { ok: false, reason: { fr: `${said.fr} sans l'année, le texte ne donne pas de date de publication, et aucune année ne peut en être déduite${bound.fr}.`, en: `${said.en} without the year; the text gives no publication date, and no year can be inferred${bound.en}.` } };
}

/**
 * Dates a meeting that its lead reports without a date from the wire dateline opening that lead:
 * inferred, never stated, since the dispatch only shows the day it was filed.
 */
function resolveFromDateline(dateline: LocatedExpression, anchor: PublicationAnchor | null, evidence: YearEvidence | null, options: WireDateOptions): Resolved {
	const { month, day } = dateline.start as { month: number; day: number };
	const year = dateline.start.year ?? anchor?.year ?? evidence?.year ?? options.year;
	const where = { fr: `« ${dateline.dateline} », ${dateline.paragraph}`, en: `“${dateline.dateline}”, ${dateline.paragraph}` };
	const noOtherDate = { fr: 'la phrase qui rapporte la rencontre ne donne pas d\'autre date : la rencontre est supposée du jour même de la dépêche', en: 'the sentence that reports the meeting gives no other date: the meeting is taken to be the day of the dispatch' };
	if (year === undefined || !isValidDay(year, month, day)) {
		return { ok: false, reason: { fr: `La dépêche est datée du ${day === 1 ? '1er' : day} ${monthNames.fr[month - 1]} (${where.fr}) sans l'année, et ${noOtherDate.fr}, mais aucune année ne peut être déduite.`, en: `The dispatch is dated ${day} ${monthNames.en[month - 1]} (${where.en}) without the year, and ${noOtherDate.en}, but no year can be inferred.` } };
	}
	const date: Day = { year, month, day };
	const yearSource = dateline.start.year !== undefined
		? { fr: '', en: '' }
		: anchor?.year === year && anchor.yearFrom
			? anchor.yearFrom.from === 'url'
				? { fr: `, l'année venant de l'adresse de l'article « ${anchor.yearFrom.written} »`, en: `, the year coming from the article's address “${anchor.yearFrom.written}”` }
				: { fr: `, l'année venant de l'horodatage de mise à jour « ${anchor.yearFrom.written} »`, en: `, the year coming from the update stamp “${anchor.yearFrom.written}”` }
			: evidence?.year === year
				? { fr: ` ; ${evidence.basis(dateline.written, dateline.paragraph!, month).fr.replace(/\.$/u, '')}`, en: `; ${evidence.basis(dateline.written, dateline.paragraph!, month).en.replace(/\.$/u, '')}` }
				: { fr: `, l'année étant fournie par la personne qui a importé le texte`, en: `, the year being supplied by the curator` };
	return {
		ok: true,
		resolution: {
			value: isoDay(date),
			precision: 'day',
			inferred: true,
			basis: { fr: `La dépêche est datée du ${formatDay(date, 'fr')} (${where.fr})${yearSource.fr} ; ${noOtherDate.fr}.`, en: `The dispatch is dated ${formatDay(date, 'en')} (${where.en})${yearSource.en}; ${noOtherDate.en}.` },
			...(evidence?.year === year && dateline.start.year === undefined && anchor?.year !== year ? { extraParagraphs: [evidence.paragraph] } : {}),
		},
	};
}

/**
 * With no publication day, dates the meeting from a dated event its paragraph says is to come
 * (see upcoming-event.ts); null when there is an anchor, no such event, or more than one.
 */
function resolveBeforeEvent(blocks: Block[], chosen: LocatedExpression, events: EventCueEntry[], anchor: PublicationAnchor | null, expressions: LocatedExpression[]): Resolved | null {
	if (anchor?.day !== undefined || chosen.paragraph === null || chosen.start.year !== undefined) return null;
	const paragraph = blocks.find((block) => block.id === chosen.paragraph)!;
	const upcoming = findUpcomingEvents({ id: chosen.paragraph, text: paragraph.text }, events, futureCue, latestPastYear(expressions)?.start.year);
	const picked = pickUpcomingEvent(chosen, upcoming);
	const date = picked ? dateBeforeEvent({ ...chosen, paragraph: chosen.paragraph }, picked.upcoming, picked.year) : null;
	return date ? { ok: true, resolution: { ...date, inferred: true } } : null;
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
			return {
				expressions, anchor, problems,
				meeting: { found: true, expression: chosen, date: { ...given, inferred: true, basis: { fr: `Date fournie par la personne qui a importé le texte : ${formatFuzzyDate(given.value, given.precision, 'fr')}${said.fr}.`, en: `Date given by the curator who imported the text: ${formatFuzzyDate(given.value, given.precision, 'en')}${said.en}.` }, cite: cite() } },
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
