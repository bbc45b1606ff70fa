/**
 * The ingest recipe: normalise the text → split it into blocks → find the gazetteer's names →
 * extract date, place, participants, organisations, areas, events and statements → name the meeting. Pure:
 * the same text and gazetteer always give the same record. Every text with a paragraph gives a
 * draft: what could not be extracted is absent, and the review list says why and how to supply
 * it. Only a text without any paragraph is refused.
 */
import { splitBlocks } from './text/blocks.ts';
import { eventSpans, extractEvents } from './entities/extract-events.ts';
import { extractMentions } from './entities/extract-mentions.ts';
import { extractOrganisations } from './entities/extract-organisations.ts';
import { extractPlace, withoutGivenNames } from './entities/extract-place.ts';
import { extractStatements } from './statements/extract-statements.ts';
import { findUnresolved } from './entities/find-unresolved.ts';
import { compileGazetteer, findMatches, type Gazetteer } from './gazetteer/gazetteer.ts';
import { generateTitle, meetingId, placeNameAt } from './record/naming.ts';
import { normalizeRawText } from './text/normalize.ts';
import { extractWireDate } from './dates/wire-date.ts';
import { classifyReport, type Report } from './report/classify-report.ts';
import { extractParticipants } from './entities/extract-participants.ts';
import type { AnalysedParagraph, IngestProblem } from './gazetteer/analysed-paragraph.ts';
import type { MeetingRecord, Unresolved } from '../../schemas/meeting.ts';

/** What the ingest is told besides the text. */
export interface ParseOptions {
	/** The year, when the text gives none and none can be inferred (the curator's --year). */
	year?: number;
	/** The meeting's date when the text does not give it, "YYYY-MM-DD" or "YYYY-MM" (the curator's --date). */
	date?: string;
	/** The article's address, whose path often carries its publication day (the source's url). */
	url?: string;
	/** The id of the source the text is stored as. */
	source: string;
	/** SHA-256 of the raw text. */
	sha256: string;
	/** A meeting id chosen by the curator, instead of the one from date and place. */
	id?: string;
}

/** A record that may still lack its date or place: what the ingest extracts from any text. */
export type DraftRecord = Omit<MeetingRecord, 'date' | 'place'> & Partial<Pick<MeetingRecord, 'date' | 'place'>>;

/** Something a curator must confirm or supply, where the text shows it, and how. */
export interface ReviewItem {
	/** The record's field it is about: "date", "place", "unresolved". */
	field: string;
	/** What is missing or uncertain. */
	message: string;
	/** The paragraph and 1-based line of the raw file, when the item has a place in the text. */
	paragraph?: string;
	line?: number;
	/** The flag or file that supplies it. */
	fix: string;
	/** True when the article cannot be written until it is done: it would publish a wrong or incomplete fact. */
	blocking: boolean;
}

/** A parsed press text: its draft record, paragraphs and review list; the meeting id once date and place are known. */
export interface ParsedPressText {
	id?: string;
	paragraphs: AnalysedParagraph[];
	record: DraftRecord;
	review: ReviewItem[];
}

/** A parsed text with nothing blocking: the article can be written. */
export interface PublishableText extends ParsedPressText {
	id: string;
	record: MeetingRecord;
}

/** The options that are set, and only those: pick({ a: 1, b: undefined }, ["a", "b"]) → { a: 1 }. */
function pick<T extends object, K extends keyof T>(object: T, keys: K[]): Partial<Pick<T, K>> {
	return Object.fromEntries(keys.filter((key) => object[key] !== undefined).map((key) => [key, object[key]])) as Partial<Pick<T, K>>;
}

/** The review item of an input problem that blocks publishing. */
const blocking = (field: string, problem: IngestProblem): ReviewItem => ({ field, message: problem.message, ...(problem.line ? { line: problem.line } : {}), fix: problem.fix, blocking: true });

/**
 * An announced visit is not a meeting that took place: publishing it among meetings would assert
 * what the text only announces. It stays a draft; the report of the visit, once held, is the text to import.
 */
function announcement(report: Report, paragraphs: AnalysedParagraph[]): ReviewItem {
	const line = paragraphs.find((paragraph) => paragraph.id === report.paragraph)?.line;
	return {
		field: 'reports',
		message: `the text announces a visit ("${report.cue}") rather than reporting a meeting that took place`,
		...(report.paragraph ? { paragraph: report.paragraph } : {}),
		...(line ? { line } : {}),
		fix: 'the atlas publishes meetings that took place: keep this draft, and import the report of the visit once it has taken place',
		blocking: true,
	};
}

/**
 * Several venues (a tour, "au Kirghizistan, au Kazakhstan et en Russie") leave the meeting
 * without one place: the place is null, and the curator is told which venues the text gives.
 */
function severalVenues(names: string[], paragraph: string | undefined, line: number | undefined): ReviewItem {
	return {
		field: 'place',
		message: `the text gives several venues (${names.map((name) => `"${name}"`).join(', ')}): the place is left null`,
		...(paragraph ? { paragraph } : {}),
		...(line ? { line } : {}),
		fix: 'import the report of the meeting held at one of them, or pass --id to name this one',
		blocking: false,
	};
}

/** What a curator reads about a name the ingest could not resolve. */
function unresolvedMessage(item: Unresolved): string {
	// The speaker of a statement may be known only as a pronoun or by a verb ("a-t-il ajouté").
	if (item.reason === 'unknown-speaker') return `a statement ("${item.name}") has a speaker the gazetteer lacks, so it is left out`;
	return `"${item.name}" is not in the gazetteer`;
}

/** Where to add a name the ingest could not resolve. */
const unresolvedFix: Record<Unresolved['reason'], string> = {
	'unknown-name': 'add it to content/actors/ or content/places/ (or to content/ingest/not-names.yaml if it is not a name)',
	'unknown-place': 'add it to content/places/',
	'unknown-speaker': 'add the speaker to content/actors/',
	'unknown-organisation': 'add it to content/organisations/ (its acronym as an alias)',
};

/** A text parsed straight to what the write mode publishes, or the problems that block it (tests, benchmark). */
export function parsePublishable(rawText: string, gazetteer: Gazetteer, options: ParseOptions): { ok: true; text: PublishableText } | { ok: false; problems: IngestProblem[] } {
	const result = parsePressText(rawText, gazetteer, options);
	if (!result.ok) return result;
	const publishable = toPublishable(result.parsed);
	return publishable.ok ? publishable : { ok: false, problems: publishable.blocking.map(({ message, line, fix }) => ({ message, fix, ...(line ? { line } : {}) })) };
}

/** The parsed text when nothing blocks it, else the blocking items: what the write mode publishes. */
export function toPublishable(parsed: ParsedPressText): { ok: true; text: PublishableText } | { ok: false; blocking: ReviewItem[] } {
	const { id, record } = parsed;
	const blockingItems = parsed.review.filter((item) => item.blocking);
	if (blockingItems.length > 0 || id === undefined || !record.date || record.place === undefined) return { ok: false, blocking: blockingItems };
	return { ok: true, text: { ...parsed, id, record: { ...record, date: record.date, place: record.place } } };
}

/** Parses a press text (already decoded) into a meeting record. */
export function parsePressText(
	rawText: string,
	gazetteer: Gazetteer,
	options: ParseOptions,
): { ok: true; parsed: ParsedPressText } | { ok: false; problems: IngestProblem[] } {
	const blocks = splitBlocks(normalizeRawText(rawText));
	const patterns = compileGazetteer(gazetteer);
	const paragraphs: AnalysedParagraph[] = blocks
		.filter((block) => block.kind === 'paragraph')
		.map((block) => ({ ...block, id: block.id!, matches: withoutGivenNames(block.text, findMatches(block.text, patterns)) }));
	if (paragraphs.length === 0) {
		return { ok: false, problems: [{ message: 'the text has no paragraph, only headings', fix: 'give the full text of the article' }] };
	}

	const report = classifyReport(paragraphs);
	const date = extractWireDate(blocks, [...gazetteer.events, ...gazetteer.calendar], { source: options.source, ...pick(options, ['year', 'date', 'url']) });
	const place = extractPlace(paragraphs, report, gazetteer, options.source);
	const venue = place.ok ? place.place : undefined;
	const meetingDate = date.ok ? date.date : undefined;
	const review: ReviewItem[] = [
		...(report.kind === 'announced-visit' ? [announcement(report, paragraphs)] : []),
		...(date.ok ? [] : date.problems.map((problem) => blocking('date', problem))),
		...(place.ok ? [] : place.problems.map((problem) => blocking('place', problem))),
		...(place.ok && place.place === null && place.reason === 'several-venues' ? [severalVenues(place.names, place.paragraph, place.line)] : []),
	];

	const placeEntry = venue ? gazetteer.entries.find((entry) => entry.collection === 'places' && entry.id === venue.id) : undefined;
	const placeName = (locale: 'fr' | 'en', at: string) => (placeEntry ? placeNameAt(placeEntry, at, locale) : venue ? venue.name : undefined);
	const mentions = extractMentions(paragraphs, options.source, venue ? venue.id : null);
	const organisations = extractOrganisations(paragraphs, mentions.organisations, gazetteer.nationalities, options.source);
	const { participants } = extractParticipants(paragraphs, report, gazetteer, gazetteer.nationalities, options.source);
	const entryOf = (id: string | null) => gazetteer.entries.find((entry) => entry.collection === 'actors' && entry.id === id);
	const stateOf = (country: string | null | undefined) =>
		gazetteer.entries.find((entry) => entry.collection === 'actors' && entry.kind === 'state' && entry.country === country)?.id;
	const jointSpeakers = [...new Set(participants.map((participant) => stateOf(participant.country ?? entryOf(participant.id)?.country)).filter((id) => id !== undefined))];
	// Every other actor the text names, in order of first mention, with the role it gives them.
	const participantIds = new Set(participants.map((participant) => participant.id));
	const actors = mentions.actors.filter((actor) => !participantIds.has(actor.id));
	const statements = extractStatements(paragraphs, options.source, jointSpeakers);
	const events = extractEvents(paragraphs, gazetteer.events, options.source, meetingDate);
	// Each unknown name is reported once, where it first appears; the unknown place first of all.
	// A country-only venue ("au Kazakhstan") is a state, not a place the gazetteer lacks.
	// A new organisation is reported as one, and its words are not reported again as unknown names.
	const unresolved: Unresolved[] = place.ok && place.place !== null && place.scope === 'city' && place.place.id === null
		? [{ name: place.place.name, reason: 'unknown-place', paragraph: place.place.cite.paragraphs[0]!, line: place.line }]
		: [];
	// The countries of the nationality lexicon are known as countries; the gazetteer's names as written are known too.
	const knownNames = [...paragraphs.flatMap((paragraph) => paragraph.matches.map((match) => match.written)), ...gazetteer.nationalities.flatMap((nationality) => nationality.names)];
	for (const paragraph of paragraphs) {
		unresolved.push(...organisations.unresolved.filter((item) => item.paragraph === paragraph.id));
		const known = [...paragraph.matches, ...eventSpans(paragraph, gazetteer.events), ...(organisations.spans.get(paragraph.id) ?? [])];
		unresolved.push(...findUnresolved(paragraph, known, gazetteer.notNames, unresolved, knownNames));
	}
	unresolved.push(...statements.unresolved);
	review.push(...unresolved.map((item) => ({ field: 'unresolved', message: unresolvedMessage(item), paragraph: item.paragraph, line: item.line, fix: unresolvedFix[item.reason], blocking: false })));

	const title = blocks.find((block) => block.kind === 'title')?.text;
	const frenchPlace = meetingDate && placeName('fr', meetingDate.value);
	const englishPlace = meetingDate && placeName('en', meetingDate.value);
	const record: DraftRecord = {
		kind: 'original',
		reports: report.kind,
		title: title ?? generateTitle(participants.map((participant) => entryOf(participant.id)?.name.fr ?? participant.name), frenchPlace, meetingDate),
		titleGenerated: title === undefined,
		source: options.source,
		sourceSha256: options.sha256,
		tags: blocks.filter((block) => block.kind === 'tag').map((block) => block.text),
		author: blocks.find((block) => block.kind === 'byline')?.text ?? null,
		...(meetingDate ? { date: meetingDate } : {}),
		...(place.ok ? { place: place.place } : {}),
		participants,
		actors,
		places: mentions.places,
		organisations: organisations.organisations,
		areas: mentions.areas,
		events,
		statements: statements.statements,
		unresolved,
	};
	// A meeting the text gives no venue (place: null) is named after what it was: "2022-11-29-video-call".
	const idPlace = englishPlace ?? (record.place === null ? (report.kind === 'virtual-meeting' ? 'video call' : 'no venue') : undefined);
	const id = options.id ?? (meetingDate && idPlace ? meetingId(meetingDate, idPlace) : undefined);
	return { ok: true, parsed: { ...(id ? { id } : {}), paragraphs, record, review } };
}
