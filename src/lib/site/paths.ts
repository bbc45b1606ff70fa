/**
 * Every URL of the site, built in one place. Section names are localised; entity ids are the
 * same in both languages, so a page always has its twin in the other language.
 */
import type { Locale } from '../../schemas/common.ts';

/** Pages about one entry, named by its id. */
export type EntryPageKind = 'meeting' | 'actor' | 'area' | 'place' | 'organisation' | 'event' | 'source' | 'timeline-actor' | 'timeline-area';

/** The sections' index pages. */
export type ListPageKind = 'meetings' | 'actors' | 'areas' | 'places' | 'organisations' | 'events' | 'sources';

/** Pages that exist once per language. */
export type SinglePageKind = 'home' | 'timeline' | ListPageKind | 'search' | 'data' | 'not-found';

/** The kinds of pages that exist in both languages. */
export type PageKind = EntryPageKind | SinglePageKind;

/** A page of the site, independent of language: { kind: "meeting", id: "2025-04-25-almaty" }, { kind: "timeline" }. */
export type PageRef = { kind: SinglePageKind } | { kind: EntryPageKind; id: string };

/** The page of one kind: PageOf<"actor"> is { kind: "actor"; id: string }. */
export type PageOf<Kind extends PageKind> = Kind extends EntryPageKind ? { kind: Kind; id: string } : { kind: Kind };

/** The localised section names. */
export const sections = {
	fr: {
		timeline: 'chronologie',
		meetings: 'rencontres',
		actors: 'acteurs',
		areas: 'cooperation',
		places: 'lieux',
		organisations: 'organisations',
		events: 'evenements',
		sources: 'sources',
		search: 'recherche',
		data: 'donnees',
		notFound: '404',
	},
	en: {
		timeline: 'timeline',
		meetings: 'meetings',
		actors: 'actors',
		areas: 'cooperation',
		places: 'places',
		organisations: 'organisations',
		events: 'events',
		sources: 'sources',
		search: 'search',
		data: 'data',
		notFound: '404',
	},
} as const satisfies Record<Locale, Record<string, string>>;

type Section = keyof (typeof sections)['fr'];

const sectionOf: Record<Exclude<PageKind, 'home' | 'timeline-actor' | 'timeline-area'>, Section> = {
	timeline: 'timeline',
	meetings: 'meetings',
	meeting: 'meetings',
	actors: 'actors',
	actor: 'actors',
	areas: 'areas',
	area: 'areas',
	places: 'places',
	place: 'places',
	organisations: 'organisations',
	organisation: 'organisations',
	events: 'events',
	event: 'events',
	sources: 'sources',
	source: 'sources',
	search: 'search',
	data: 'data',
	'not-found': 'notFound',
};

/**
 * The path of a page in a language, without the site's base:
 * pagePath({ kind: "meeting", id: "2022-06-nur-sultan" }, "fr") → "/fr/rencontres/2022-06-nur-sultan/"
 * pagePath({ kind: "timeline-actor", id: "wang-yi" }, "en") → "/en/timeline/actors/wang-yi/"
 */
export function pagePath(page: PageRef, locale: Locale): string {
	const names = sections[locale];
	if (page.kind === 'home') return `/${locale}/`;
	if (page.kind === 'timeline-actor') return `/${locale}/${names.timeline}/${names.actors}/${page.id}/`;
	if (page.kind === 'timeline-area') return `/${locale}/${names.timeline}/${names.areas}/${page.id}/`;
	const section = names[sectionOf[page.kind]];
	return 'id' in page ? `/${locale}/${section}/${page.id}/` : `/${locale}/${section}/`;
}

/** The path inside a locale for Astro's rest parameter: routeSlug({ kind: "actors" }, "fr") → "acteurs". */
export function routeSlug(page: PageRef, locale: Locale): string | undefined {
	const path = pagePath(page, locale).slice(locale.length + 2, -1);
	return path === '' ? undefined : path;
}

/** Prefixes a root-relative path with the site's base: withBase("/fr/", "/atlas/") → "/atlas/fr/". */
export function withBase(path: string, base: string): string {
	return `${base.replace(/\/$/, '')}${path}`;
}

/** The other language of the site: otherLocale("fr") → "en". */
export function otherLocale(locale: Locale): Locale {
	return locale === 'fr' ? 'en' : 'fr';
}

/** The link to a paragraph of a source: paragraphPath("2025-04-25-almaty", "p3", "en") → "/en/sources/2025-04-25-almaty/#p3". */
export function paragraphPath(source: string, paragraph: string, locale: Locale): string {
	return `${pagePath({ kind: 'source', id: source }, locale)}#${paragraph}`;
}

/** The files the site publishes beside its pages, per language: the meetings' RSS feed and calendar. */
export const feedPath = (locale: Locale) => `/${locale}/feed.xml`;
export const calendarPath = (locale: Locale) => `/${locale}/calendar.ics`;

/**
 * The absolute URL of a page, for permalinks, feeds, cards and structured data:
 * absoluteUrl({ kind: "meeting", id: "x" }, "en", "/", new URL("https://a.org")) → "https://a.org/en/meetings/x/".
 */
export function absoluteUrl(page: PageRef, locale: Locale, base: string, site: URL | undefined): string {
	return new URL(withBase(pagePath(page, locale), base), site).href;
}
