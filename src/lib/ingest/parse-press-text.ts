/**
 * The ingest recipe: normalise the text → split it into blocks → find the gazetteer's names →
 * extract date, place, participants, areas, events and statements → name the meeting. Pure:
 * the same text and gazetteer always give the same record. Problems with the input are
 * returned, not thrown.
 */
import { splitBlocks } from './blocks.ts';
import { extractDate, type DateOptions } from './extract-date.ts';
import { eventSpans, extractEvents } from './extract-events.ts';
import { extractMentions } from './extract-mentions.ts';
import { extractPlace } from './extract-place.ts';
import { extractStatements } from './extract-statements.ts';
import { findUnresolved } from './find-unresolved.ts';
import { compileGazetteer, findMatches, type Gazetteer } from './gazetteer.ts';
import { generateTitle, meetingId, placeNameAt } from './naming.ts';
import { normalizeRawText } from './normalize.ts';
import type { AnalysedParagraph, IngestProblem } from './types.ts';
import type { MeetingRecord, Unresolved } from '../../schemas/meeting.ts';

/** What the ingest is told besides the text. */
export interface ParseOptions extends DateOptions {
	/** The id of the source the text is stored as. */
	source: string;
	/** SHA-256 of the raw text. */
	sha256: string;
	/** A meeting id chosen by the curator, instead of the one from date and place. */
	id?: string;
}

/** A parsed press text: its meeting id, blocks and extracted record. */
export interface ParsedPressText {
	id: string;
	paragraphs: AnalysedParagraph[];
	record: MeetingRecord;
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
		.map((block) => ({ ...block, id: block.id!, matches: findMatches(block.text, patterns) }));
	if (paragraphs.length === 0) {
		return { ok: false, problems: [{ message: 'the text has no paragraph, only headings', fix: 'give the full text of the article' }] };
	}

	const date = extractDate(paragraphs, gazetteer.events, options.source, options);
	const place = extractPlace(paragraphs, options.source);
	const problems = [...(date.ok ? [] : date.problems), ...(place.ok || options.id ? [] : place.problems)];
	if (!date.ok || problems.length > 0) return { ok: false, problems };

	const placeEntry = place.ok ? gazetteer.entries.find((entry) => entry.collection === 'places' && entry.id === place.place.id) : undefined;
	const placeName = (locale: 'fr' | 'en') => (placeEntry ? placeNameAt(placeEntry, date.date.value, locale) : place.ok ? place.place.name : '');
	const mentions = extractMentions(paragraphs, options.source, place.ok ? place.place.id : null);
	const stateOf = (country: string | undefined) =>
		gazetteer.entries.find((entry) => entry.collection === 'actors' && entry.kind === 'state' && entry.country === country)?.id;
	const participantEntries = mentions.participants.map((participant) =>
		gazetteer.entries.find((entry) => entry.collection === 'actors' && entry.id === participant.id)!,
	);
	const jointSpeakers = [...new Set(participantEntries.map((entry) => stateOf(entry.country)).filter((id) => id !== undefined))];
	const statements = extractStatements(paragraphs, options.source, jointSpeakers);
	const events = extractEvents(paragraphs, gazetteer.events, options.source, date.date);
	// Each unknown name is reported once, where it first appears; the unknown place first of all.
	const unresolved: Unresolved[] = place.ok && place.place.id === null
		? [{ name: place.place.name, reason: 'unknown-place', paragraph: place.place.cite.paragraphs[0]!, line: place.line }]
		: [];
	for (const paragraph of paragraphs) {
		unresolved.push(...findUnresolved(paragraph, [...paragraph.matches, ...eventSpans(paragraph, gazetteer.events)], gazetteer.notNames, unresolved));
	}
	unresolved.push(...statements.unresolved);

	const title = blocks.find((block) => block.kind === 'title')?.text;
	const record: MeetingRecord = {
		kind: 'original',
		title: title ?? generateTitle(participantEntries.map((entry) => entry.name.fr), placeName('fr'), date.date),
		titleGenerated: title === undefined,
		source: options.source,
		sourceSha256: options.sha256,
		tags: blocks.filter((block) => block.kind === 'tag').map((block) => block.text),
		author: blocks.find((block) => block.kind === 'byline')?.text ?? null,
		date: date.date,
		place: place.ok ? place.place : { id: null, name: options.id!, cite: { source: options.source, paragraphs: ['p1'] } },
		...mentions,
		events,
		statements: statements.statements,
		unresolved,
	};
	return { ok: true, parsed: { id: options.id ?? meetingId(date.date, placeName('en')), paragraphs, record } };
}
