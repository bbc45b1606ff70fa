/**
 * The questions the pages ask of the atlas, as pure functions over plain data: who attended
 * what, how an area is described meeting after meeting, which facts a paragraph supports.
 */
import { fold } from '../ingest/normalize.ts';
import { splitSentences } from '../ingest/sentences.ts';
import { compareDates } from './timeline.ts';
import type { AtlasData, Citation, MeetingData, MeetingRecord } from './types.ts';

/** A sentence of a source, with the paragraph it is in. */
export interface CitedSentence {
	paragraph: string;
	text: string;
}

/** Meetings oldest first. */
export function sortedMeetings(atlas: AtlasData): MeetingData[] {
	return [...atlas.meetings].sort((a, b) => compareDates(a.record.date, b.record.date) || a.id.localeCompare(b.id));
}

/** The meetings just before and after one: neighbours(atlas, "2025-04-25-almaty") → { previous: "2022-06-nur-sultan", next: undefined }. */
export function neighbours(atlas: AtlasData, id: string): { previous?: string; next?: string } {
	const ids = sortedMeetings(atlas).map((meeting) => meeting.id);
	const index = ids.indexOf(id);
	if (index === -1) return {};
	return { previous: ids[index - 1], next: ids[index + 1] };
}

/** The sentences of the cited paragraphs that contain the words as written (all of them if none does). */
export function citedSentences(atlas: AtlasData, cite: Citation, written: string): CitedSentence[] {
	const source = atlas.sources.find((candidate) => candidate.id === cite.source);
	if (!source) return [];
	return cite.paragraphs.flatMap((paragraphId) => {
		const block = source.blocks.find((candidate) => candidate.id === paragraphId);
		if (!block) return [];
		const sentences = splitSentences(block.text);
		const matching = sentences.filter((sentence) => fold(sentence.text).includes(fold(written)));
		return (matching.length > 0 ? matching : sentences).map((sentence) => ({ paragraph: paragraphId, text: sentence.text }));
	});
}

/** Roles, participations and mentions of an actor, meeting by meeting, oldest first. */
export function actorAppearances(atlas: AtlasData, actorId: string) {
	return sortedMeetings(atlas).flatMap((meeting) => {
		const participant = meeting.record.participants.find((mention) => mention.id === actorId);
		const named = meeting.record.actors.find((mention) => mention.id === actorId);
		const mention = participant ?? named;
		return mention ? [{ meeting: meeting.id, participant: Boolean(participant), name: mention.name, role: mention.role, cite: mention.cite }] : [];
	});
}

/** The statements an actor made or shares, with their meeting, oldest first. */
export function statementsBy(atlas: AtlasData, actorId: string) {
	return sortedMeetings(atlas).flatMap((meeting) =>
		meeting.record.statements.flatMap((statement, index) => (statement.speakers.includes(actorId) ? [{ meeting: meeting.id, index, statement }] : [])),
	);
}

/** Who an actor has met, with the meetings: [{ id: "wang-yi", meetings: ["2022-06-nur-sultan", …] }]. */
export function coParticipants(atlas: AtlasData, actorId: string): { id: string; meetings: string[] }[] {
	const met = new Map<string, string[]>();
	for (const meeting of sortedMeetings(atlas)) {
		const ids = meeting.record.participants.flatMap((participant) => (participant.id ? [participant.id] : []));
		if (!ids.includes(actorId)) continue;
		for (const other of ids.filter((id) => id !== actorId)) met.set(other, [...(met.get(other) ?? []), meeting.id]);
	}
	return [...met].map(([id, meetings]) => ({ id, meetings }));
}

type MentionList = 'areas' | 'organisations' | 'places' | 'events';

/** Every mention of an entry in a list of the records, oldest first, with the sentences that carry it. */
export function mentionsOf(atlas: AtlasData, list: MentionList, id: string) {
	return sortedMeetings(atlas).flatMap((meeting) => {
		const mention = (meeting.record[list] as MeetingRecord[MentionList]).find((candidate) => candidate.id === id);
		return mention ? [{ meeting: meeting.id, mention, sentences: citedSentences(atlas, mention.cite, mention.name) }] : [];
	});
}

/** The meetings held at a place, oldest first. */
export function meetingsAt(atlas: AtlasData, placeId: string): string[] {
	return sortedMeetings(atlas).filter((meeting) => meeting.record.place.id === placeId).map((meeting) => meeting.id);
}

/** Actors and organisations of the meetings where an area comes up, for "related" lists. */
export function relatedToArea(atlas: AtlasData, areaId: string): { actors: string[]; organisations: string[] } {
	const meetings = atlas.meetings.filter((meeting) => meeting.record.areas.some((area) => area.id === areaId));
	const ids = (values: { id: string | null }[]) => [...new Set(values.flatMap((value) => (value.id ? [value.id] : [])))];
	return {
		actors: ids(meetings.flatMap((meeting) => meeting.record.participants)),
		organisations: ids(meetings.flatMap((meeting) => meeting.record.organisations)),
	};
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
	add(record.place.cite, { kind: 'place', id: record.place.id, anchor: 'place' });
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
export function areasOfActor(atlas: AtlasData, actorId: string): string[] {
	const meetings = atlas.meetings.filter((meeting) => meeting.record.participants.some((participant) => participant.id === actorId));
	return [...new Set(meetings.flatMap((meeting) => meeting.record.areas.flatMap((area) => (area.id ? [area.id] : []))))];
}
