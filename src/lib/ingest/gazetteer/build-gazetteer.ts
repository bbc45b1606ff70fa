/** Builds the ingest's gazetteer from content entries (already read and validated). */
import type { EventCueEntry, Gazetteer, GazetteerCollection, GazetteerEntry } from './gazetteer.ts';
import type { CalendarEntry } from '../../../schemas/calendar.ts';
import type { Nationality } from '../../../schemas/nationality.ts';

/** A content entry as read from its file: collection, id and raw data. */
export interface ContentEntry {
	collection: string;
	id: string;
	data: Record<string, any>;
}

const gazetteerCollections: GazetteerCollection[] = ['actors', 'places', 'organisations', 'areas'];

/** Picks the entries and fields the ingest matches on. */
export function buildGazetteer(entries: ContentEntry[], notNames: string[], nationalities: Nationality[] = [], calendar: CalendarEntry[] = []): Gazetteer {
	const named = entries
		.filter((entry) => gazetteerCollections.includes(entry.collection as GazetteerCollection))
		.map(
			(entry): GazetteerEntry => ({
				collection: entry.collection as GazetteerCollection,
				id: entry.id,
				kind: entry.data.kind,
				name: entry.data.name,
				aliases: entry.data.aliases ?? [],
				keywords: entry.data.keywords?.fr ?? [],
				country: entry.data.country,
				formerNames: entry.data.formerNames,
			}),
		);
	const events = entries
		.filter((entry) => entry.collection === 'events')
		.map((entry): EventCueEntry => ({ id: entry.id, name: entry.data.name, cues: entry.data.cues, date: entry.data.date }));
	const dated = calendar.map(
		(entry): EventCueEntry => ({ id: entry.id, name: entry.name, cues: entry.cues, date: { value: entry.date, precision: 'day', inferred: true, ...(entry.end ? { end: entry.end } : {}) }, note: entry.note }),
	);
	return { entries: named, events, notNames, nationalities, calendar: dated };
}
