/** Names of entries in a language, and titles of meetings. */
import { formatDateSpan } from '../ingest/dates/index.ts';
import { placeNameAt } from '../ingest/record/index.ts';
import { fold } from '../ingest/text/index.ts';
import type { Locale, LocalizedText } from '../../schemas/common.ts';
import type { Atlas, Meeting } from '../atlas.ts';
import type { MeetingRecord } from '../../schemas/meeting.ts';

/** The collections whose entries have a page and a name. */
export type EntityKind = 'actor' | 'place' | 'organisation' | 'area' | 'event';

const collectionOf = { actor: 'actors', place: 'places', organisation: 'organisations', area: 'areas', event: 'events' } as const;

/** An entry's name in a language, or undefined for an unknown id: entityName(atlas, "place", "astana", "en") → "Astana". */
export function entityName(atlas: Atlas, kind: EntityKind, id: string | null, locale: Locale): string | undefined {
	return id === null ? undefined : atlas.byId[collectionOf[kind]].get(id)?.name[locale];
}

/** Entries sorted by their name in a language: byName([{ name: { fr: "Chine", en: "China" } }, …], "fr"). */
export function byName<T extends { name: LocalizedText }>(entries: readonly T[], locale: Locale): T[] {
	return [...entries].sort((a, b) => a.name[locale].localeCompare(b.name[locale], locale));
}

/** The name a place had at a date: placeName(atlas, "astana", "2022-06", "fr") → "Noursoultan". */
export function placeNameOn(atlas: Atlas, id: string | null, date: string, locale: Locale): string | undefined {
	const place = id === null ? undefined : atlas.byId.places.get(id);
	return place && placeNameAt({ ...place, collection: 'places', aliases: place.aliases, keywords: [] }, date, locale);
}

/**
 * The state a meeting's venue is when the text names only a country ("est arrivé au Kazakhstan":
 * place id null, name one of the state's spellings): meetingPlaceState(atlas, record) → "kazakhstan";
 * undefined for a city, even one tied to a country ("Tunxi", CN).
 */
export function meetingPlaceState(atlas: Atlas, record: MeetingRecord): string | undefined {
	const place = record.place;
	if (!place || place.id !== null || !place.country) return undefined;
	const state = atlas.stateOf.get(place.country);
	const spellings = state ? [state.name.fr, state.name.en, ...state.aliases].map(fold) : [];
	return spellings.includes(fold(place.name)) ? state!.id : undefined;
}

/** The name of a meeting's place as it was on the meeting's date, in a language (a country-only venue: its state's); undefined when the text states no venue. */
export function meetingPlaceName(atlas: Atlas, record: MeetingRecord, locale: Locale): string | undefined {
	if (!record.place) return undefined;
	const state = meetingPlaceState(atlas, record);
	return placeNameOn(atlas, record.place.id, record.date.value, locale) ?? (state ? entityName(atlas, 'actor', state, locale) : undefined) ?? record.place.name;
}

/** Joins names: joinNames(["A", "B", "C"], "en") → "A, B and C". */
export function joinNames(names: string[], locale: Locale): string {
	if (names.length <= 1) return names.join('');
	return `${names.slice(0, -1).join(', ')} ${locale === 'fr' ? 'et' : 'and'} ${names.at(-1)}`;
}

/**
 * A meeting's title in a language: its translation's, else one built from the facts.
 * meetingTitle(atlas, meeting, "en") → "Meeting between Wang Yi and Jeenbek Kulubaev in Almaty (25 April 2025)"
 */
export function meetingTitle(atlas: Atlas, meeting: Meeting, locale: Locale): string {
	if (locale === 'fr') return meeting.record.title;
	const translated = meeting.translations[locale]?.title;
	if (translated) return translated;
	const { record } = meeting;
	const names = record.participants.map((participant) => entityName(atlas, 'actor', participant.id, locale) ?? participant.name);
	const place = meetingPlaceName(atlas, record, locale);
	const who = names.length >= 2 ? ` between ${joinNames(names, locale)}` : names.length === 1 ? ` of ${names[0]}` : '';
	return `Meeting${who}${place ? ` in ${place}` : ''} (${formatDateSpan(record.date, locale)})`;
}

/** The English translation of a role as a source writes it, if the actor's file has one. */
export function roleIn(atlas: Atlas, actorId: string | null, role: string | null, locale: Locale): string | null {
	if (!role || locale === 'fr') return role;
	const actor = actorId === null ? undefined : atlas.byId.actors.get(actorId);
	// The same comparison as the content check, which guarantees a translation exists.
	return actor?.roles.find((candidate) => fold(candidate.fr) === fold(role))?.[locale] ?? role;
}
