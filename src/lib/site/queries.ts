/**
 * The questions the pages ask of the atlas, as pure functions over its indexes: who attended
 * what, how an area is described meeting after meeting, which facts a paragraph supports.
 */
import { fold, splitSentences } from '../ingest/text/index.ts';
import type { Atlas, Meeting, NamedCollection, SourceEntry } from '../atlas.ts';
import type { Citation, Locale } from '../../schemas/common.ts';
import type { MeetingRecord } from '../../schemas/meeting.ts';

/** A sentence of a source, with the paragraph it is in. */
export interface CitedSentence {
	paragraph: string;
	text: string;
}

/**
 * A source's blocks by role, in the text's order: its header (tags, title, stamps before the first
 * paragraph), its title, its body (the paragraphs p1… with the captions, credits and links between
 * them), its paragraphs alone, and its byline.
 */
export function sourceParts(source: SourceEntry) {
	const first = source.blocks.findIndex((block) => block.kind === 'paragraph');
	const header = first === -1 ? source.blocks.filter((block) => block.kind !== 'byline') : source.blocks.slice(0, first);
	return {
		header,
		title: source.blocks.find((block) => block.kind === 'title')?.text,
		body: first === -1 ? [] : source.blocks.slice(first).filter((block) => block.kind !== 'byline'),
		paragraphs: source.blocks.filter((block) => block.kind === 'paragraph'),
		byline: source.blocks.find((block) => block.kind === 'byline'),
	};
}

/** The meetings just before and after one: neighbours(atlas, "2025-04-25-almaty") → { previous: "2022-06-nur-sultan", next: undefined }. */
export function neighbours(atlas: Atlas, id: string): { previous?: string; next?: string } {
	const index = atlas.meetingIndex.get(id);
	if (index === undefined) return {};
	return { previous: atlas.meetings[index - 1]?.id, next: atlas.meetings[index + 1]?.id };
}

/** The sentences of the cited paragraphs that contain the words as written (all of them if none does). */
export function citedSentences(atlas: Atlas, cite: Citation, written: string): CitedSentence[] {
	const source = atlas.byId.sources.get(cite.source);
	if (!source) return [];
	return cite.paragraphs.flatMap((paragraphId) => {
		const block = source.blocks.find((candidate) => candidate.id === paragraphId);
		if (!block) return [];
		const sentences = splitSentences(block.text);
		const matching = sentences.filter((sentence) => fold(sentence.text).includes(fold(written)));
		return (matching.length > 0 ? matching : sentences).map((sentence) => ({ paragraph: paragraphId, text: sentence.text }));
	});
}

/** The meetings that name an entry, oldest first. */
const naming = (atlas: Atlas, collection: NamedCollection, id: string): Meeting[] => atlas.meetingsNaming[collection].get(id) ?? [];

/** Roles, participations and mentions of an actor, meeting by meeting, oldest first. */
export function actorAppearances(atlas: Atlas, actorId: string) {
	return naming(atlas, 'actors', actorId).flatMap((meeting) => {
		const participant = meeting.record.participants.find((mention) => mention.id === actorId);
		const mention = participant ?? meeting.record.actors.find((named) => named.id === actorId);
		return mention ? [{ meeting: meeting.id, participant: Boolean(participant), name: mention.name, role: mention.role, cite: mention.cite }] : [];
	});
}

/** The meetings an actor took part in, oldest first. */
function meetingsOf(atlas: Atlas, actorId: string): Meeting[] {
	return naming(atlas, 'actors', actorId).filter((meeting) => meeting.record.participants.some((participant) => participant.id === actorId));
}

/** The statements an actor made or shares, with their meeting, oldest first. */
export function statementsBy(atlas: Atlas, actorId: string) {
	return naming(atlas, 'actors', actorId).flatMap((meeting) =>
		meeting.record.statements.flatMap((statement, index) => (statement.speakers.includes(actorId) ? [{ meeting: meeting.id, index, statement }] : [])),
	);
}

/** Who an actor has met, with the meetings: [{ id: "wang-yi", meetings: ["2022-06-nur-sultan", …] }]. */
export function coParticipants(atlas: Atlas, actorId: string): { id: string; meetings: string[] }[] {
	const met = new Map<string, string[]>();
	for (const meeting of meetingsOf(atlas, actorId)) {
		for (const participant of meeting.record.participants) {
			if (participant.id && participant.id !== actorId) met.set(participant.id, [...(met.get(participant.id) ?? []), meeting.id]);
		}
	}
	return [...met].map(([id, meetings]) => ({ id, meetings }));
}

type MentionList = 'areas' | 'organisations' | 'places' | 'events';

/** Every mention of an entry in a list of the records, oldest first, with the sentences that carry it. */
export function mentionsOf(atlas: Atlas, list: MentionList, id: string) {
	return naming(atlas, list, id).flatMap((meeting) => {
		const mention = (meeting.record[list] as MeetingRecord[MentionList]).find((candidate) => candidate.id === id);
		return mention ? [{ meeting: meeting.id, mention, sentences: citedSentences(atlas, mention.cite, mention.name) }] : [];
	});
}

/** The meetings held at a place, oldest first. */
export function meetingsAt(atlas: Atlas, placeId: string): string[] {
	return (atlas.meetingsAt.get(placeId) ?? []).map((meeting) => meeting.id);
}

/** Actors and organisations of the meetings where an area comes up, for "related" lists. */
export function relatedToArea(atlas: Atlas, areaId: string): { actors: string[]; organisations: string[] } {
	const meetings = naming(atlas, 'areas', areaId);
	const ids = (values: { id: string | null }[]) => [...new Set(values.flatMap((value) => (value.id ? [value.id] : [])))];
	return {
		actors: ids(meetings.flatMap((meeting) => meeting.record.participants)),
		organisations: ids(meetings.flatMap((meeting) => meeting.record.organisations)),
	};
}

/** The projects of a field of cooperation: projectsOf(atlas, "infrastructure") → ["china-kyrgyzstan-uzbekistan-railway"]. */
export function projectsOf(atlas: Atlas, fieldId: string): string[] {
	return atlas.areas.filter((area) => area.field === fieldId).map((area) => area.id);
}

/**
 * The people who took part in meetings, most meetings first, then by name:
 * mainActors(atlas, "en") → [{ id: "wang-yi", count: 2 }, …].
 */
export function mainActors(atlas: Atlas, locale: Locale): { id: string; count: number }[] {
	return atlas.actors
		.filter((actor) => actor.kind === 'person')
		.map((actor) => ({ id: actor.id, name: actor.name[locale], count: meetingsOf(atlas, actor.id).length }))
		.filter(({ count }) => count > 0)
		.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, locale))
		.map(({ id, count }) => ({ id, count }));
}

/** The fields of cooperation that meetings discuss, most meetings first, then by name. */
export function mainFields(atlas: Atlas, locale: Locale): { id: string; count: number }[] {
	return atlas.areas
		.filter((area) => area.kind === 'field')
		.map((area) => ({ id: area.id, name: area.name[locale], count: naming(atlas, 'areas', area.id).length }))
		.filter(({ count }) => count > 0)
		.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, locale))
		.map(({ id, count }) => ({ id, count }));
}

/** A fact of a meeting that a paragraph supports, and where it shows on the meeting page. */
export interface Fact {
	kind: 'date' | 'place' | 'participant' | 'actor' | 'other-place' | 'organisation' | 'area' | 'event' | 'statement';
	/** The entry the fact is about, when it has one. */
	id: string | null;
	/** The fragment of the fact on the meeting page. */
	anchor: string;
}

/** The facts each paragraph supports: factsByParagraph(record).get("p6") → [{ kind: "place", id: "astana", … }]. */
export function factsByParagraph(record: MeetingRecord): Map<string, Fact[]> {
	const facts = new Map<string, Fact[]>();
	const add = (cite: Citation, fact: Fact) => {
		for (const paragraph of cite.paragraphs) facts.set(paragraph, [...(facts.get(paragraph) ?? []), fact]);
	};
	add(record.date.cite, { kind: 'date', id: null, anchor: 'date' });
	if (record.place) add(record.place.cite, { kind: 'place', id: record.place.id, anchor: 'place' });
	for (const mention of record.participants) add(mention.cite, { kind: 'participant', id: mention.id, anchor: 'participants' });
	for (const mention of record.actors) add(mention.cite, { kind: 'actor', id: mention.id, anchor: 'actors' });
	for (const mention of record.places) add(mention.cite, { kind: 'other-place', id: mention.id, anchor: 'places' });
	for (const mention of record.organisations) add(mention.cite, { kind: 'organisation', id: mention.id, anchor: 'organisations' });
	for (const mention of record.areas) add(mention.cite, { kind: 'area', id: mention.id, anchor: 'areas' });
	for (const mention of record.events) add(mention.cite, { kind: 'event', id: mention.id, anchor: 'events' });
	record.statements.forEach((statement, index) => add(statement.cite, { kind: 'statement', id: null, anchor: `statement-${index + 1}` }));
	return facts;
}

/** The areas discussed at the meetings an actor took part in: areasOfActor(atlas, "wang-yi") → ["infrastructure", …]. */
export function areasOfActor(atlas: Atlas, actorId: string): string[] {
	return [...new Set(meetingsOf(atlas, actorId).flatMap((meeting) => meeting.record.areas.flatMap((area) => (area.id ? [area.id] : []))))];
}
