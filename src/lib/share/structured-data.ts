/**
 * schema.org JSON-LD for the pages that describe something: a meeting is an Event (its date at
 * its real precision), an actor a Person (or a Country) with its spellings as alternateName, a
 * source a NewsArticle, and the site a WebSite whose SearchAction is the search page.
 */
import type { Country, Event, NewsArticle, Person, SearchAction, Thing, WebSite, WithActionConstraints, WithContext } from 'schema-dts';
import type { Locale } from '../../schemas/common.ts';
import { entityName, meetingPlaceName, meetingTitle, roleIn } from '../site/names.ts';
import { sourceParts } from '../site/queries.ts';
import type { PageRef } from '../site/paths.ts';
import type { Atlas } from '../atlas.ts';

/** How a page refers to other pages: the absolute URL of a page in the current language. */
export type UrlOf = (page: PageRef) => string;

/** A page's JSON-LD: one schema.org node with its context, typed by schema-dts so that a wrong property or type is a type error. */
export type JsonLd = WithContext<Thing>;

const context = 'https://schema.org';

/** The JSON-LD of a page, or undefined for pages that describe nothing in particular. */
export function structuredDataOf(atlas: Atlas, page: PageRef, locale: Locale, urlOf: UrlOf, searchUrl: string, siteName: string): JsonLd | undefined {
	switch (page.kind) {
		case 'home': {
			// A variable, not an inline literal: schema-dts knows "query-input" only on a SearchAction with its constraints, not on any potentialAction.
			const search: WithActionConstraints<SearchAction> = { '@type': 'SearchAction', target: { '@type': 'EntryPoint', urlTemplate: `${searchUrl}?q={search_term_string}` }, 'query-input': 'required name=search_term_string' };
			return {
				'@context': context,
				'@type': 'WebSite',
				name: siteName,
				url: urlOf(page),
				inLanguage: locale,
				potentialAction: search,
			} satisfies WithContext<WebSite>;
		}
		case 'meeting':
			return meetingData(atlas, page.id, locale, urlOf);
		case 'actor':
			return actorData(atlas, page.id, locale, urlOf);
		case 'source':
			return sourceData(atlas, page.id, locale, urlOf);
		default:
			return undefined;
	}
}

// schema.org gives isBasedOn to creative works and products, not to events: the one property the
// meeting's JSON-LD states outside the vocabulary, kept so the published output does not change.
type MeetingEvent = WithContext<Event> & { isBasedOn: string };

function meetingData(atlas: Atlas, id: string, locale: Locale, urlOf: UrlOf): MeetingEvent | undefined {
	const meeting = atlas.byId.meetings.get(id);
	if (!meeting) return undefined;
	const { record } = meeting;
	const place = record.place?.id ? atlas.byId.places.get(record.place.id) : undefined;
	const placeName = meetingPlaceName(atlas, record, locale);
	// The country the text ties the venue to, else its entry's (a city the gazetteer lacks may still have one).
	const placeCountry = record.place?.country ?? place?.country;
	return {
		'@context': context,
		'@type': 'Event',
		name: meetingTitle(atlas, meeting, locale),
		url: urlOf({ kind: 'meeting', id }),
		inLanguage: locale,
		// "2022-06" for a month: ISO 8601 at the precision the source gives, never a made-up day.
		startDate: record.date.value,
		...(record.date.end ? { endDate: record.date.end } : {}),
		// A meeting whose text states no venue is not said to be offline, nor given a place.
		...(placeName
			? {
					eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
					location: {
						'@type': 'Place',
						name: placeName,
						...(place ? { url: urlOf({ kind: 'place', id: place.id }), geo: { '@type': 'GeoCoordinates', latitude: place.coordinates.lat, longitude: place.coordinates.lon } } : {}),
						...(placeCountry ? { address: { '@type': 'PostalAddress', addressCountry: placeCountry } } : {}),
					},
				}
			: {}),
		attendee: record.participants.map((participant): Person => {
			const jobTitle = roleIn(atlas, participant.id, participant.role, locale);
			return {
				'@type': 'Person',
				name: entityName(atlas, 'actor', participant.id, locale) ?? participant.name,
				...(participant.id ? { url: urlOf({ kind: 'actor', id: participant.id }) } : {}),
				...(jobTitle ? { jobTitle } : {}),
			};
		}),
		about: record.areas.flatMap((area) => (area.id ? [{ '@type': 'Thing', name: entityName(atlas, 'area', area.id, locale), url: urlOf({ kind: 'area', id: area.id }) }] : [])),
		isBasedOn: urlOf({ kind: 'source', id: record.source }),
	};
}

function actorData(atlas: Atlas, id: string, locale: Locale, urlOf: UrlOf): WithContext<Person | Country> | undefined {
	const actor = atlas.byId.actors.get(id);
	if (!actor) return undefined;
	const names = { name: actor.name[locale], alternateName: actor.aliases.filter((alias) => alias !== actor.name[locale]), url: urlOf({ kind: 'actor', id }) };
	if (actor.kind === 'state') return { '@context': context, '@type': 'Country', ...names, identifier: actor.country };
	const state = atlas.stateOf.get(actor.country);
	return {
		'@context': context,
		'@type': 'Person',
		...names,
		...(state ? { nationality: { '@type': 'Country', name: state.name[locale], url: urlOf({ kind: 'actor', id: state.id }) } } : {}),
		jobTitle: actor.roles.map((role) => role[locale]),
	};
}

function sourceData(atlas: Atlas, id: string, locale: Locale, urlOf: UrlOf): WithContext<NewsArticle> | undefined {
	const source = atlas.byId.sources.get(id);
	if (!source) return undefined;
	const meeting = atlas.meetingOfSource.get(id);
	const { title } = sourceParts(source);
	return {
		'@context': context,
		'@type': 'NewsArticle',
		headline: title ?? (meeting ? meetingTitle(atlas, meeting, 'fr') : id),
		url: urlOf({ kind: 'source', id }),
		// The text itself is French, whichever language the page around it is in.
		inLanguage: 'fr',
		...(source.publisher ? { publisher: { '@type': 'Organization', name: source.publisher } } : {}),
		...(source.url ? { sameAs: source.url } : {}),
		identifier: `sha256:${source.sha256}`,
		...(meeting ? { about: { '@type': 'Event', name: meetingTitle(atlas, meeting, locale), url: urlOf({ kind: 'meeting', id: meeting.id }), startDate: meeting.record.date.value } } : {}),
	};
}

/** JSON for a <script type="application/ld+json">: "<" escaped, so that no text can close the element. */
export function jsonLdText(data: JsonLd): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
