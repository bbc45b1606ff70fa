/**
 * The only module that reads `astro:content`. It turns the collections into plain atlas data
 * (references become ids) once per build; the pure helpers in lib/site/ do the rest.
 */
import { getCollection } from 'astro:content';
import type { Locale } from '../schemas/common.ts';
import { fromMdxBody } from './ingest/from-mdx.ts';
import type { AtlasData, MeetingData, MeetingRecord, TranslationData } from './site/types.ts';

/** Replaces Astro's resolved references ({ collection, id }) by their ids, everywhere in a value. */
function unreference<T>(value: T): T {
	if (Array.isArray(value)) return value.map(unreference) as T;
	if (value === null || typeof value !== 'object') return value;
	const record = value as Record<string, unknown>;
	if (typeof record.collection === 'string' && typeof record.id === 'string' && Object.keys(record).length === 2) return record.id as T;
	return Object.fromEntries(Object.entries(record).map(([key, child]) => [key, unreference(child)])) as T;
}

async function readAtlas(): Promise<AtlasData> {
	const [articles, actors, places, organisations, areas, events, sources] = await Promise.all([
		getCollection('meetings'),
		getCollection('actors'),
		getCollection('places'),
		getCollection('organisations'),
		getCollection('areas'),
		getCollection('events'),
		getCollection('sources'),
	]);
	const withId = <T extends { id: string; data: object }>(entries: T[]) => entries.map((entry) => unreference({ id: entry.id, ...entry.data }));
	const meetings: MeetingData[] = articles
		.filter((entry) => entry.data.kind === 'original')
		.map((entry) => {
			const id = entry.id.replace(/^fr\//, '');
			const translations: MeetingData['translations'] = {};
			for (const translation of articles.filter((candidate) => candidate.data.kind === 'translation' && candidate.id.endsWith(`/${id}`))) {
				if (translation.data.kind !== 'translation') continue;
				const locale = translation.id.slice(0, 2) as Locale;
				translations[locale] = { title: translation.data.title, translator: translation.data.translator, note: translation.data.note, paragraphs: fromMdxBody(translation.body ?? '') } satisfies TranslationData;
			}
			return { id, record: unreference(entry.data) as unknown as MeetingRecord, translations };
		});
	return {
		meetings,
		actors: withId(actors),
		places: withId(places),
		organisations: withId(organisations),
		areas: withId(areas),
		events: withId(events),
		sources: withId(sources),
	} as AtlasData;
}

let atlas: Promise<AtlasData> | undefined;

/** The whole atlas as plain data, read once per build. */
export function loadAtlas(): Promise<AtlasData> {
	atlas ??= readAtlas();
	return atlas;
}
