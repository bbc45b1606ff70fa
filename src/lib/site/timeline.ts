/** The timeline: meetings and the events they refer to, in date order, grouped by year. */
import type { AtlasData, Citation, ExtractedDate } from './types.ts';

/** One line of the timeline. */
export interface TimelineEntry {
	kind: 'meeting' | 'event';
	id: string;
	date: ExtractedDate | undefined;
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

/** Orders dates as strings of different precisions: "2022-06" comes before "2022-06-08". */
export function compareDates(a: ExtractedDate | undefined, b: ExtractedDate | undefined): number {
	if (!a || !b) return a ? -1 : b ? 1 : 0;
	return a.value.localeCompare(b.value);
}

/** Every meeting and referenced event, oldest first; undated events last. */
export function timelineEntries(atlas: AtlasData): TimelineEntry[] {
	const meetings: TimelineEntry[] = atlas.meetings.map(({ id, record }) => ({
		kind: 'meeting',
		id,
		date: record.date,
		cite: record.date.cite,
		actors: [...record.participants, ...record.actors].flatMap((actor) => (actor.id ? [actor.id] : [])),
		areas: record.areas.flatMap((area) => (area.id ? [area.id] : [])),
	}));
	const events: TimelineEntry[] = atlas.events.map((event) => {
		const referring = atlas.meetings.filter((meeting) => meeting.record.events.some((mention) => mention.id === event.id));
		const firstDated = referring.flatMap((meeting) => meeting.record.events.filter((mention) => mention.id === event.id && mention.date)).at(0);
		return {
			kind: 'event',
			id: event.id,
			date: event.date ?? firstDated?.date,
			...(!event.date && firstDated ? { cite: firstDated.cite } : {}),
			actors: [...new Set(referring.flatMap((meeting) => meetings.find((entry) => entry.id === meeting.id)!.actors))],
			areas: [...new Set(referring.flatMap((meeting) => meetings.find((entry) => entry.id === meeting.id)!.areas))],
		};
	});
	return [...meetings, ...events].sort((a, b) => compareDates(a.date, b.date) || (a.kind === b.kind ? a.id.localeCompare(b.id) : a.kind === 'event' ? -1 : 1));
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
