/**
 * The atlas as the site reads it: every entry by id, and the relations the pages ask for
 * (the meeting of a source, the meetings that name an actor, an area or a place), computed once
 * by a pure function over the collections' entries. src/lib/content.ts feeds it from Astro; the
 * tests feed it small fixtures.
 */
import type { Actor } from '../schemas/actor.ts';
import type { Area } from '../schemas/area.ts';
import type { Locale } from '../schemas/common.ts';
import type { Event } from '../schemas/event.ts';
import type { MeetingRecord, TranslationFrontmatter } from '../schemas/meeting.ts';
import type { Organisation } from '../schemas/organisation.ts';
import type { Place } from '../schemas/place.ts';
import type { Source } from '../schemas/source.ts';
import { compareDates } from './ingest/dates/index.ts';

/** An entry of a collection: its id beside its data, references as ids. */
export type Entry<Data> = { id: string } & Data;
export type ActorEntry = Entry<Actor>;
export type PlaceEntry = Entry<Place>;
export type OrganisationEntry = Entry<Organisation>;
export type AreaEntry = Entry<Area>;
export type EventEntry = Entry<Event>;
export type SourceEntry = Entry<Source>;

/** A meeting article as a collection holds it: "fr/<id>" (the original) or "en/<id>" (a translation), with its paragraphs in order. */
export interface ArticleEntry {
	id: string;
	data: MeetingRecord | TranslationFrontmatter;
	paragraphs: string[];
}

/** A translation of a meeting article. */
export interface Translation extends Omit<TranslationFrontmatter, 'kind'> {
	/** The translated paragraphs, in the order of the original's (p1, p2…). */
	paragraphs: string[];
}

/** A meeting: the facts of its French original and its translations. */
export interface Meeting {
	id: string;
	record: MeetingRecord;
	translations: Partial<Record<Locale, Translation>>;
}

/** What toAtlas reads: each collection's entries, `{ id, data }` as Astro gives them, references as ids. */
export interface AtlasEntries {
	meetings: ArticleEntry[];
	actors: { id: string; data: Actor }[];
	places: { id: string; data: Place }[];
	organisations: { id: string; data: Organisation }[];
	areas: { id: string; data: Area }[];
	events: { id: string; data: Event }[];
	sources: { id: string; data: Source }[];
}

/** The collections whose entries meetings name, in the record's lists of mentions. */
export type NamedCollection = 'actors' | 'places' | 'organisations' | 'areas' | 'events';

/** Everything the site shows, looked up by id, with its relations. */
export interface Atlas {
	/** Meetings, oldest first (then by id). */
	meetings: Meeting[];
	/** The other collections, by id. */
	actors: ActorEntry[];
	places: PlaceEntry[];
	organisations: OrganisationEntry[];
	areas: AreaEntry[];
	events: EventEntry[];
	sources: SourceEntry[];
	/** Every entry by its id. */
	byId: {
		meetings: Map<string, Meeting>;
		actors: Map<string, ActorEntry>;
		places: Map<string, PlaceEntry>;
		organisations: Map<string, OrganisationEntry>;
		areas: Map<string, AreaEntry>;
		events: Map<string, EventEntry>;
		sources: Map<string, SourceEntry>;
	};
	/** The meeting drawn from each source. */
	meetingOfSource: Map<string, Meeting>;
	/** The meetings that name each entry (as participant, place or mention), oldest first. */
	meetingsNaming: Record<NamedCollection, Map<string, Meeting[]>>;
	/** The meetings held at each place, oldest first. */
	meetingsAt: Map<string, Meeting[]>;
	/** The state actor of each country code: "KG" → the actor "kyrgyzstan". */
	stateOf: Map<string, ActorEntry>;
	/** Each meeting's position in `meetings`. */
	meetingIndex: Map<string, number>;
}

const byId = <T extends { id: string }>(entries: T[]) => new Map(entries.map((entry) => [entry.id, entry]));
const flatten = <Data extends object>(entries: { id: string; data: Data }[]): Entry<Data>[] =>
	entries.map(({ id, data }) => ({ id, ...data })).sort((a, b) => a.id.localeCompare(b.id));

/** Appends a value to the list under a key. */
function push<V>(map: Map<string, V[]>, key: string | null, value: V): void {
	if (key === null) return;
	const list = map.get(key);
	if (!list) map.set(key, [value]);
	else if (list.at(-1) !== value) list.push(value);
}

/** The ids each meeting names, per collection (the participants and the meeting place included). */
function namedIn(record: MeetingRecord): Record<NamedCollection, (string | null)[]> {
	const ids = (mentions: { id: string | null }[]) => mentions.map((mention) => mention.id);
	return {
		actors: ids([...record.participants, ...record.actors]),
		places: ids([...(record.place ? [record.place] : []), ...record.places]),
		organisations: ids(record.organisations),
		areas: ids(record.areas),
		events: ids(record.events),
	};
}

/** Meetings from their articles: French originals with the translations of the same id. */
function toMeetings(articles: ArticleEntry[]): Meeting[] {
	const meetings = new Map<string, Meeting>();
	for (const article of articles) {
		if (article.data.kind === 'original') meetings.set(article.id.replace(/^fr\//, ''), { id: article.id.replace(/^fr\//, ''), record: article.data, translations: {} });
	}
	for (const article of articles) {
		if (article.data.kind !== 'translation') continue;
		const [locale, id] = article.id.split('/') as [Locale, string];
		const { kind: _, ...frontmatter } = article.data;
		const meeting = meetings.get(id);
		if (meeting) meeting.translations[locale] = { ...frontmatter, paragraphs: article.paragraphs };
	}
	return [...meetings.values()].sort((a, b) => compareDates(a.record.date, b.record.date) || a.id.localeCompare(b.id));
}

/** Indexes the collections' entries: toAtlas({ meetings: [...], actors: [...], … }).byId.actors.get("wang-yi"). */
export function toAtlas(entries: AtlasEntries): Atlas {
	const meetings = toMeetings(entries.meetings);
	const actors = flatten(entries.actors);
	const meetingsNaming: Atlas['meetingsNaming'] = { actors: new Map(), places: new Map(), organisations: new Map(), areas: new Map(), events: new Map() };
	const meetingsAt = new Map<string, Meeting[]>();
	for (const meeting of meetings) {
		for (const [collection, ids] of Object.entries(namedIn(meeting.record)) as [NamedCollection, (string | null)[]][]) {
			for (const id of ids) push(meetingsNaming[collection], id, meeting);
		}
		push(meetingsAt, meeting.record.place?.id ?? null, meeting);
	}
	const atlas = {
		meetings,
		actors,
		places: flatten(entries.places),
		organisations: flatten(entries.organisations),
		areas: flatten(entries.areas),
		events: flatten(entries.events),
		sources: flatten(entries.sources),
	};
	return {
		...atlas,
		byId: {
			meetings: byId(meetings),
			actors: byId(atlas.actors),
			places: byId(atlas.places),
			organisations: byId(atlas.organisations),
			areas: byId(atlas.areas),
			events: byId(atlas.events),
			sources: byId(atlas.sources),
		},
		meetingOfSource: new Map(meetings.map((meeting) => [meeting.record.source, meeting])),
		meetingsNaming,
		meetingsAt,
		stateOf: new Map(actors.filter((actor) => actor.kind === 'state').map((state) => [state.country, state])),
		meetingIndex: new Map(meetings.map((meeting, index) => [meeting.id, index])),
	};
}

/**
 * An entry that must exist, because a page or a content check guarantees it:
 * entryOf(atlas, "actors", "wang-yi") → the actor; an unknown id throws, naming it.
 */
export function entryOf<Collection extends keyof Atlas['byId']>(atlas: Atlas, collection: Collection, id: string): NonNullable<ReturnType<Atlas['byId'][Collection]['get']>> {
	const entry = atlas.byId[collection].get(id) as ReturnType<Atlas['byId'][Collection]['get']>;
	if (!entry) throw new Error(`the atlas has no ${collection} entry "${id}"`);
	return entry as NonNullable<typeof entry>;
}
