/**
 * The only module that reads `astro:content`. It hands the collections' entries, references
 * unwrapped to ids, to toAtlas once per build, and renders the MDX articles: the pages show the
 * rendered article, and its paragraphs' texts come from the same compile (lib/mdx/).
 */
import { getCollection, render, type CollectionEntry, type RenderResult } from 'astro:content';
import type { Locale } from '../schemas/common.ts';
import { entryOf, toAtlas, type Atlas } from './atlas.ts';
import { paragraphsFrom } from './mdx/article-paragraphs.ts';

/** A value with Astro's resolved references ({ collection, id }) replaced by their ids. */
type Unreferenced<T> = T extends { collection: string; id: infer Id }
	? Id
	: T extends (infer Item)[]
		? Unreferenced<Item>[]
		: T extends object
			? { [Key in keyof T]: Unreferenced<T[Key]> }
			: T;

/** Replaces Astro's resolved references ({ collection, id }) by their ids, everywhere in a value. */
function unreference<T>(value: T): Unreferenced<T> {
	if (Array.isArray(value)) return value.map(unreference) as Unreferenced<T>;
	if (value === null || typeof value !== 'object') return value as Unreferenced<T>;
	const record = value as Record<string, unknown>;
	if (typeof record.collection === 'string' && typeof record.id === 'string' && Object.keys(record).length === 2) return record.id as Unreferenced<T>;
	return Object.fromEntries(Object.entries(record).map(([key, child]) => [key, unreference(child)])) as Unreferenced<T>;
}

/** A collection's entries as toAtlas reads them. */
const entriesOf = <Data>(entries: { id: string; data: Data }[]) => entries.map(({ id, data }) => ({ id, data: unreference(data) }));

/** Every article rendered once, by entry id ("fr/2025-04-25-almaty"). */
let articles: Promise<Map<string, RenderResult>> | undefined;

async function renderArticles(): Promise<Map<string, RenderResult>> {
	const entries: CollectionEntry<'meetings'>[] = await getCollection('meetings');
	return new Map(await Promise.all(entries.map(async (entry) => [entry.id, await render(entry)] as const)));
}

async function readAtlas(): Promise<Atlas> {
	articles ??= renderArticles();
	const [meetings, rendered, actors, places, organisations, areas, events, sources] = await Promise.all([
		getCollection('meetings'),
		articles,
		getCollection('actors'),
		getCollection('places'),
		getCollection('organisations'),
		getCollection('areas'),
		getCollection('events'),
		getCollection('sources'),
	]);
	return toAtlas({
		meetings: meetings.map((article) => ({ id: article.id, data: unreference(article.data), paragraphs: paragraphsFrom(rendered.get(article.id)!.remarkPluginFrontmatter) })),
		actors: entriesOf(actors),
		places: entriesOf(places),
		organisations: entriesOf(organisations),
		areas: entriesOf(areas),
		events: entriesOf(events),
		sources: entriesOf(sources),
	});
}

let atlas: Promise<Atlas> | undefined;

/** The whole atlas, indexed, read once per build. */
export function loadAtlas(): Promise<Atlas> {
	atlas ??= readAtlas();
	return atlas;
}

/** A meeting's article as a page shows it: the rendered MDX and the language it is written in. */
export interface Article {
	Content: RenderResult['Content'];
	locale: Locale;
}

/** The article of a meeting for a page in `locale`: its translation, else the French original. */
export async function loadArticle(meetingId: string, locale: Locale): Promise<Article> {
	const meeting = entryOf(await loadAtlas(), 'meetings', meetingId);
	const articleLocale = meeting.translations[locale] ? locale : 'fr';
	const rendered = (await articles!).get(`${articleLocale}/${meetingId}`)!;
	return { Content: rendered.Content, locale: articleLocale };
}
