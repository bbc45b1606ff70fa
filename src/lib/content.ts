/**
 * The only module that reads `astro:content`. It hands the collections' entries, references
 * unwrapped to ids, to toAtlas once per build; the pure helpers in lib/ do the rest.
 */
import { getCollection } from 'astro:content';
import { toAtlas, type Atlas } from './atlas.ts';
import { fromMdxBody } from './ingest/from-mdx.ts';

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

async function readAtlas(): Promise<Atlas> {
	const [articles, actors, places, organisations, areas, events, sources] = await Promise.all([
		getCollection('meetings'),
		getCollection('actors'),
		getCollection('places'),
		getCollection('organisations'),
		getCollection('areas'),
		getCollection('events'),
		getCollection('sources'),
	]);
	return toAtlas({
		meetings: articles.map((article) => ({ id: article.id, data: unreference(article.data), paragraphs: fromMdxBody(article.body ?? '') })),
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
