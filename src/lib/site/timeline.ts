/** The timeline: meetings and the events they refer to, in date order, grouped by year. */
import type { Atlas, EventEntry } from '../atlas.ts';
import type { Citation } from '../../schemas/common.ts';
import type { FuzzyDate } from '../../schemas/date.ts';
import { compareDates } from '../ingest/dates/index.ts';
import type { MeetingRecord } from '../../schemas/meeting.ts';

/** One line of the timeline. */
export interface TimelineEntry {
	kind: 'meeting' | 'event';
	id: string;
	date: FuzzyDate | undefined;
	/** The paragraphs that give the date, when a text gives it (an editorial date has none). */
	cite?: Citation;
	/** Actors the entry is about (for a meeting, everyone it names; for an event, those of the meetings referring to it). */
	actors: string[];
	/** Areas likewise. */
	areas: string[];
}

/** A year of the timeline; `year` is null for entries of unknown date. */
export interface TimelineYear {
	year: string | null;
	entries: TimelineEntry[];
}

/** The actors and areas a meeting is about: everyone and everything it names. */
function meetingSubjects(record: MeetingRecord): { actors: string[]; areas: string[] } {
	const ids = (mentions: { id: string | null }[]) => mentions.flatMap((mention) => (mention.id ? [mention.id] : []));
	return { actors: ids([...record.participants, ...record.actors]), areas: ids(record.areas) };
}

/**
 * The date of an event: its own (editorial, uncited) or the first one a referring text gives
 * (cited). eventDate(atlas, event) → { date: { value: "2025-02", … }, cite: { source, paragraphs } }.
 */
export function eventDate(atlas: Atlas, event: EventEntry): { date?: FuzzyDate; cite?: Citation } {
	if (event.date) return { date: event.date };
	for (const meeting of atlas.meetingsNaming.events.get(event.id) ?? []) {
		const dated = meeting.record.events.find((mention) => mention.id === event.id && mention.date);
		if (dated) return { date: dated.date, cite: dated.cite };
	}
	return {};
}

/** Every meeting and referenced event, oldest first; undated events last. */
export function timelineEntries(atlas: Atlas): TimelineEntry[] {
	const meetings: TimelineEntry[] = atlas.meetings.map(({ id, record }) => ({ kind: 'meeting', id, date: record.date, cite: record.date.cite, ...meetingSubjects(record) }));
	const events: TimelineEntry[] = atlas.events.map((event) => {
		const referring = (atlas.meetingsNaming.events.get(event.id) ?? []).map((meeting) => meetingSubjects(meeting.record));
		const { date, cite } = eventDate(atlas, event);
		return {
			kind: 'event',
			id: event.id,
			date,
			...(cite ? { cite } : {}),
			actors: [...new Set(referring.flatMap((subjects) => subjects.actors))],
			areas: [...new Set(referring.flatMap((subjects) => subjects.areas))],
		};
	});
	return [...meetings, ...events].sort((a, b) => compareDates(a.date, b.date) || (a.kind === b.kind ? a.id.localeCompare(b.id) : a.kind === 'event' ? -1 : 1));
}

/** The actors and areas that some entry is about: the filters worth offering. */
export function subjectsOf(entries: TimelineEntry[]): { actors: Set<string>; areas: Set<string> } {
	return { actors: new Set(entries.flatMap((entry) => entry.actors)), areas: new Set(entries.flatMap((entry) => entry.areas)) };
}

/** Keeps the entries about an actor or an area: filterTimeline(entries, { actor: "wang-yi" }). */
export function filterTimeline(entries: TimelineEntry[], filter: { actor?: string; area?: string }): TimelineEntry[] {
	return entries.filter((entry) => (!filter.actor || entry.actors.includes(filter.actor)) && (!filter.area || entry.areas.includes(filter.area)));
}

/** Groups entries by year, in their order: [{ year: "2022", entries }, { year: "2025", entries }]. */
export function groupByYear(entries: TimelineEntry[]): TimelineYear[] {
	const years: TimelineYear[] = [];
	for (const entry of entries) {
		const year = entry.date ? entry.date.value.slice(0, 4) : null;
		const last = years.at(-1);
		if (last && last.year === year) last.entries.push(entry);
		else years.push({ year, entries: [entry] });
	}
	return years;
}
