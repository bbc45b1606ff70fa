/**
 * Atlas data for the site tests: the project's real content read from disk and shaped as
 * src/lib/content.ts shapes Astro's collections, without Astro; and a builder of small atlases.
 */
import { z } from 'astro/zod';
import { readContentFiles, readSourceFiles } from '../../../../src/cli/read-content.ts';
import { splitBlocks } from '../../../../src/lib/ingest/blocks.ts';
import { fromMdxBody } from '../../../../src/lib/ingest/from-mdx.ts';
import { normalizeRawText } from '../../../../src/lib/ingest/normalize.ts';
import type { AtlasData, Citation, MeetingData, MeetingRecord, TranslationData } from '../../../../src/lib/site/types.ts';
import type { ReferenceFactory } from '../../../../src/schemas/common.ts';
import { actorSchema, createAreaSchema, createEventSchema, organisationSchema, placeSchema } from '../../../../src/schemas/index.ts';
import { root } from '../../helpers.ts';

// References are checked by the integrity tests; here they only need to stay plain ids.
const anyId: ReferenceFactory = () => z.string();

const schemas = {
	actors: actorSchema,
	places: placeSchema,
	organisations: organisationSchema,
	areas: createAreaSchema(anyId),
	events: createEventSchema(anyId),
} as const;

/** The atlas built from the project's content folder. */
export function loadRealAtlas(): AtlasData {
	const files = readContentFiles(root);
	const collection = (name: keyof typeof schemas) =>
		files.filter((file) => file.collection === name).map((file) => ({ id: file.id, ...(schemas[name].parse(file.data) as object) }));

	const articles = files.filter((file) => file.collection === 'meetings');
	const meetings: MeetingData[] = articles
		.filter((file) => file.id.startsWith('fr/'))
		.map((file) => {
			const id = file.id.slice('fr/'.length);
			const translations: MeetingData['translations'] = {};
			const english = articles.find((candidate) => candidate.id === `en/${id}`);
			if (english) {
				translations.en = {
					title: english.data.title,
					translator: english.data.translator,
					note: english.data.note,
					paragraphs: fromMdxBody(english.body ?? ''),
				} satisfies TranslationData;
			}
			return { id, record: file.data as MeetingRecord, translations };
		});

	const sources = readSourceFiles(root).map((source) => ({
		id: source.id,
		...source.metadata,
		blocks: splitBlocks(normalizeRawText(new TextDecoder().decode(source.bytes))),
	}));

	return {
		meetings,
		actors: collection('actors'),
		places: collection('places'),
		organisations: collection('organisations'),
		areas: collection('areas'),
		events: collection('events'),
		sources,
	} as AtlasData;
}

/** A citation of a test source: cite("p1", "p2"). */
export function cite(...paragraphs: string[]): Citation {
	return { source: 'test-source', paragraphs };
}

/** A minimal French meeting record, with the given facts replacing the defaults. */
export function record(overrides: Partial<MeetingRecord> = {}): MeetingRecord {
	return {
		kind: 'original',
		title: 'Rencontre de test',
		titleGenerated: true,
		source: 'test-source',
		sourceSha256: '0'.repeat(64),
		tags: [],
		author: null,
		date: { value: '2024-03-03', precision: 'day', inferred: false, cite: cite('p1') },
		place: { id: 'almaty', name: 'Almaty', cite: cite('p1') },
		participants: [],
		actors: [],
		places: [],
		organisations: [],
		areas: [],
		events: [],
		statements: [],
		unresolved: [],
		...overrides,
	};
}

/** An empty atlas with the given collections. */
export function atlasOf(parts: Partial<AtlasData>): AtlasData {
	return { meetings: [], actors: [], places: [], organisations: [], areas: [], events: [], sources: [], ...parts };
}
