/**
 * What Pagefind indexes about a page beyond its visible text: the names an entry goes by, the
 * names of what a meeting mentions, the filters and the sort key. Everything comes from the
 * content model's alias data, so a spelling added to content/ becomes searchable without any
 * change to the search code.
 */
import type { Atlas, Meeting } from '../atlas.ts';
import type { FuzzyDate } from '../../schemas/date.ts';
import type { PageOf, PageRef } from './paths.ts';
import { foldName } from '../../../public/scripts/search/core.js';
import { allPages } from './pages.ts';
import { eventDate } from './timeline.ts';

/** The separator of names in the metadata; the search page splits on it (public/scripts/search/core.js). */
export const nameSeparator = ' · ';

/** The kinds of entry a search result can be; also the values of the "kind" filter. */
export const searchKinds = ['meeting', 'actor', 'area', 'place', 'organisation', 'event', 'source'] as const;
export type SearchKind = (typeof searchKinds)[number];

/** Whether search indexes a page: entries and articles do; lists, filtered timelines, the search page and 404 only repeat them. */
export function isSearched(page: PageRef): page is PageOf<SearchKind> {
	return (searchKinds as readonly string[]).includes(page.kind);
}

/** The filters a page is tagged with. Values are ids, so a shared address means the same in both languages. */
export interface SearchFilters {
	kind: SearchKind[];
	year: string[];
	actor: string[];
	area: string[];
}

/** The search data of one indexed page. */
export interface SearchRecord {
	kind: SearchKind;
	/** The entry's own names and spellings, in every language: Pagefind's "names" metadata. */
	names: string[];
	/** Every name of the entries a meeting mentions: Pagefind's "mentions" metadata. */
	mentions: string[];
	filters: SearchFilters;
	/** The date results are sorted by, and shown with. */
	date?: FuzzyDate;
}

/** Drops repeats that differ only in case, keeping the first spelling. */
function unique(names: string[]): string[] {
	const seen = new Set<string>();
	return names.filter((name) => {
		const key = name.toLocaleLowerCase('fr');
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

export type NamedKind = 'actor' | 'place' | 'organisation' | 'area' | 'event';

/** Every name an entry goes by: its names in both languages, abbreviations, former names, aliases and, for areas, keywords. */
export function namesOf(atlas: Atlas, kind: NamedKind, id: string): string[] {
	const both = (text: { fr: string; en: string } | undefined) => (text ? [text.fr, text.en] : []);
	switch (kind) {
		case 'actor': {
			const actor = atlas.byId.actors.get(id);
			return actor ? unique([...both(actor.name), ...actor.aliases]) : [];
		}
		case 'place': {
			const place = atlas.byId.places.get(id);
			return place ? unique([...both(place.name), ...place.formerNames.flatMap((former) => both(former.name)), ...place.aliases]) : [];
		}
		case 'organisation': {
			const organisation = atlas.byId.organisations.get(id);
			return organisation ? unique([...both(organisation.name), ...both(organisation.abbreviation), ...organisation.aliases]) : [];
		}
		case 'area': {
			const area = atlas.byId.areas.get(id);
			// A keyword such as "commerciale*" is a prefix for the ingest; search wants the word.
			const keywords = area ? [...area.keywords.fr, ...area.keywords.en].map((keyword) => keyword.replace(/\*$/, '')) : [];
			return area ? unique([...both(area.name), ...area.aliases, ...keywords]) : [];
		}
		case 'event': {
			const event = atlas.byId.events.get(id);
			return event ? unique(both(event.name)) : [];
		}
	}
}

/** Every name of every entry a meeting mentions: participants, other actors, places, organisations, areas and events. */
function mentionsOf(atlas: Atlas, meeting: Meeting): string[] {
	const { record } = meeting;
	const ids = <T extends { id: string | null }>(items: T[]) => items.flatMap((item) => (item.id ? [item.id] : []));
	return unique([
		...ids([...record.participants, ...record.actors]).flatMap((id) => namesOf(atlas, 'actor', id)),
		...ids([...(record.place ? [record.place] : []), ...record.places]).flatMap((id) => namesOf(atlas, 'place', id)),
		...ids(record.organisations).flatMap((id) => namesOf(atlas, 'organisation', id)),
		...ids(record.areas).flatMap((id) => namesOf(atlas, 'area', id)),
		...ids(record.events).flatMap((id) => namesOf(atlas, 'event', id)),
	]);
}

/** The filters of a meeting, shared by its source page: year, actors (participants and mentioned) and areas. */
function meetingFilters(meeting: Meeting): Omit<SearchFilters, 'kind'> {
	const { record } = meeting;
	const ids = <T extends { id: string | null }>(items: T[]) => [...new Set(items.flatMap((item) => (item.id ? [item.id] : [])))];
	return {
		year: [record.date.value.slice(0, 4)],
		actor: ids([...record.participants, ...record.actors]),
		area: ids(record.areas),
	};
}

const none = { year: [], actor: [], area: [] };

/**
 * The search data of a page, or undefined for pages search leaves out (lists, filtered
 * timelines, the search page, 404): they only repeat what entry pages say.
 */
export function searchRecordOf(atlas: Atlas, page: PageRef): SearchRecord | undefined {
	if (!isSearched(page)) return undefined;
	const { id } = page;
	switch (page.kind) {
		case 'meeting': {
			const meeting = atlas.byId.meetings.get(id);
			if (!meeting) return undefined;
			return { kind: 'meeting', names: [], mentions: mentionsOf(atlas, meeting), filters: { kind: ['meeting'], ...meetingFilters(meeting) }, date: meeting.record.date };
		}
		case 'source': {
			// A source page shows the raw text only: no names are added, so that for a minister's
			// name the meeting page (which carries the mentions) ranks above its source.
			const meeting = atlas.meetingOfSource.get(id);
			return { kind: 'source', names: [], mentions: [], filters: { kind: ['source'], ...(meeting ? meetingFilters(meeting) : none) }, date: meeting?.record.date };
		}
		case 'event': {
			const event = atlas.byId.events.get(id);
			if (!event) return undefined;
			// Dated as the timeline dates it: its own date, else the first a text gives.
			const { date } = eventDate(atlas, event);
			return { kind: 'event', names: namesOf(atlas, 'event', id), mentions: [], filters: { kind: ['event'], ...none, year: date ? [date.value.slice(0, 4)] : [] }, date };
		}
		case 'actor':
			return { kind: 'actor', names: namesOf(atlas, 'actor', id), mentions: [], filters: { kind: ['actor'], ...none, actor: [id] } };
		case 'area':
			return { kind: 'area', names: namesOf(atlas, 'area', id), mentions: [], filters: { kind: ['area'], ...none, area: [id] } };
		case 'place':
		case 'organisation':
			return { kind: page.kind, names: namesOf(atlas, page.kind, id), mentions: [], filters: { kind: [page.kind], ...none } };
		default:
			return undefined;
	}
}

/**
 * A record's names folded as the search page folds a query: the values of its "name" filter,
 * by which the search page puts pages named exactly the query first.
 */
export function foldedNames(record: SearchRecord): string[] {
	return [...new Set(record.names.map(foldName))].filter(Boolean);
}

/**
 * Every value of the "name" filter on the site, sorted: /search-names.json. The search page
 * asks Pagefind for the pages of a name only when the query is one of these, because that
 * second search costs as much as the first on a large index even when no page has the name.
 */
export function exactNames(atlas: Atlas): string[] {
	const names = allPages(atlas).flatMap((page) => {
		const record = searchRecordOf(atlas, page);
		return record ? foldedNames(record) : [];
	});
	return [...new Set(names)].sort();
}

/** The years the "year" filter offers: every year a record is tagged with, newest first. */
export function searchYears(atlas: Atlas): string[] {
	const eventDates = atlas.events.flatMap((event) => eventDate(atlas, event).date ?? []);
	const years = [...atlas.meetings.map((meeting) => meeting.record.date), ...eventDates].map((date) => date.value.slice(0, 4));
	return [...new Set(years)].sort().reverse();
}
