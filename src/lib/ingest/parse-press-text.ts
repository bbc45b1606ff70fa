/**
 * The ingest recipe: normalise the text → split it into blocks → find the gazetteer's names →
 * date the meeting → tell what the text reports → find its venue, participants, organisations,
 * areas and events → attribute its statements → name the meeting. Pure: the same text and
 * gazetteer always give the same record. Every text with a paragraph gives a draft: what could
 * not be extracted is absent, and the review list says why and how to supply it. Only a text
 * without any paragraph is refused.
 */
import type { Unresolved } from '../../schemas/meeting.ts';
import { extractWireDate } from './dates/index.ts';
import { extractEvents, extractMentions, extractOrganisations, extractParticipants, extractPlace, unresolvedNames, withoutGivenNames } from './entities/index.ts';
import { compileGazetteer, findMatches, personSpelledLike, withSurnames, type AnalysedParagraph, type Gazetteer } from './gazetteer/index.ts';
import { announcement, blocking, generateTitle, meetingId, placeNameAt, severalVenues, toPublishable, unresolvedItem, type DraftRecord, type ParsedPressText, type ParseOptions, type PublishableText, type ReviewItem } from './record/index.ts';
import { classifyReport } from './report/index.ts';
import { extractStatements, jointSpeakers } from './statements/index.ts';
import { normalizeRawText, splitBlocks, type Block, type IngestProblem } from './text/index.ts';

export { toPublishable } from './record/index.ts';
export type { DraftRecord, ParsedPressText, ParseOptions, PublishableText, ReviewItem } from './record/index.ts';

/** The options that are set, and only those: pick({ a: 1, b: undefined }, ["a", "b"]) → { a: 1 }. */
function pick<T extends object, K extends keyof T>(object: T, keys: K[]): Partial<Pick<T, K>> {
	return Object.fromEntries(keys.filter((key) => object[key] !== undefined).map((key) => [key, object[key]])) as Partial<Pick<T, K>>;
}

/** The body paragraphs of a text's blocks, with the gazetteer's names found in each: what every later step reads. */
export function analyseParagraphs(blocks: Block[], gazetteer: Gazetteer): AnalysedParagraph[] {
	const patterns = compileGazetteer(gazetteer);
	const paragraphs = blocks
		.filter((block) => block.kind === 'paragraph')
		.map((block) => ({ ...block, id: block.id!, matches: withoutGivenNames(block.text, findMatches(block.text, patterns)) }));
	return withSurnames(paragraphs, gazetteer.entries);
}

/** A text parsed straight to what the write mode publishes, or the problems that block it (tests, benchmark). */
export function parsePublishable(rawText: string, gazetteer: Gazetteer, options: ParseOptions): { ok: true; text: PublishableText } | { ok: false; problems: IngestProblem[] } {
	const result = parsePressText(rawText, gazetteer, options);
	if (!result.ok) return result;
	const publishable = toPublishable(result.parsed);
	return publishable.ok ? publishable : { ok: false, problems: publishable.blocking.map(({ message, line, fix }) => ({ message, fix, ...(line ? { line } : {}) })) };
}

/** Parses a press text (already decoded) into a meeting record. */
export function parsePressText(
	rawText: string,
	gazetteer: Gazetteer,
	options: ParseOptions,
): { ok: true; parsed: ParsedPressText } | { ok: false; problems: IngestProblem[] } {
	// The text: its blocks, and the gazetteer's names in each body paragraph.
	const blocks = splitBlocks(normalizeRawText(rawText));
	const paragraphs = analyseParagraphs(blocks, gazetteer);
	if (paragraphs.length === 0) {
		return { ok: false, problems: [{ message: 'the text has no paragraph, only headings', fix: 'give the full text of the article' }] };
	}

	// What it reports, when and where: what blocks publishing is reviewed first.
	const report = classifyReport(paragraphs);
	const date = extractWireDate(blocks, [...gazetteer.events, ...gazetteer.calendar], { source: options.source, ...pick(options, ['year', 'date', 'dateBasis', 'url']) });
	const place = extractPlace(paragraphs, report, gazetteer, options.source);
	const venue = place.ok ? place.place : undefined;
	const meetingDate = date.ok ? date.date : undefined;
	const review: ReviewItem[] = [
		...(report.kind === 'announced-visit' ? [announcement(report, paragraphs)] : []),
		...(date.ok ? [] : date.problems.map((problem) => blocking('date', problem))),
		...(place.ok ? [] : place.problems.map((problem) => blocking('place', problem))),
		...(place.ok && place.place === null && place.reason === 'several-venues' ? [severalVenues(place.names, place.paragraph, place.line)] : []),
	];

	// Who and what it names.
	const mentions = extractMentions(paragraphs, options.source, venue ? venue.id : null);
	const organisations = extractOrganisations(paragraphs, mentions.organisations, gazetteer.nationalities, options.source);
	const { participants } = extractParticipants(paragraphs, report, gazetteer, gazetteer.nationalities, options.source);
	// Every other actor the text names, in order of first mention, with the role it gives them.
	const participantIds = new Set(participants.map((participant) => participant.id));
	const actors = mentions.actors.filter((actor) => !participantIds.has(actor.id));
	const events = extractEvents(paragraphs, gazetteer.events, options.source, meetingDate);

	// What each party said, and the names nobody knows.
	const statements = extractStatements(paragraphs, options.source, jointSpeakers(participants, gazetteer));
	const unresolved: Unresolved[] = [...unresolvedNames(paragraphs, place, organisations, gazetteer), ...statements.unresolved];
	review.push(...unresolved.map((item) => unresolvedItem(item, personSpelledLike(item.name, gazetteer.entries))));

	// The record, its title and its id.
	const title = blocks.find((block) => block.kind === 'title')?.text;
	const placeEntry = venue ? gazetteer.entries.find((entry) => entry.collection === 'places' && entry.id === venue.id) : undefined;
	const placeName = (locale: 'fr' | 'en', at: string) => (placeEntry ? placeNameAt(placeEntry, at, locale) : venue ? venue.name : undefined);
	const frenchPlace = meetingDate && placeName('fr', meetingDate.value);
	const englishPlace = meetingDate && placeName('en', meetingDate.value);
	const actorName = (participant: { id: string | null; name: string }) =>
		gazetteer.entries.find((entry) => entry.collection === 'actors' && entry.id === participant.id)?.name.fr ?? participant.name;
	const record: DraftRecord = {
		kind: 'original',
		reports: report.kind,
		title: title ?? generateTitle(participants.map(actorName), frenchPlace, meetingDate),
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
