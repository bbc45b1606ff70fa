/** The real content as AtlasData, read without Astro, for the site helpers' tests. */
import { z } from 'astro/zod';
import { readContentFiles, readSourceFiles } from '../../../../src/cli/read-content.ts';
import { splitBlocks } from '../../../../src/lib/ingest/blocks.ts';
import { fromMdxBody } from '../../../../src/lib/ingest/from-mdx.ts';
import { normalizeRawText } from '../../../../src/lib/ingest/normalize.ts';
import type { AtlasData, MeetingData } from '../../../../src/lib/site/types.ts';
import { actorSchema } from '../../../../src/schemas/actor.ts';
import { createAreaSchema } from '../../../../src/schemas/area.ts';
import { createEventSchema } from '../../../../src/schemas/event.ts';
import { organisationSchema } from '../../../../src/schemas/organisation.ts';
import { placeSchema } from '../../../../src/schemas/place.ts';
import { root } from '../../helpers.ts';

const anyId = () => z.string();

/** Reads the content folder into the plain data the pages use. */
export function loadAtlas(): AtlasData {
	const files = readContentFiles(root);
	const of = (collection: string, schema: z.ZodType) =>
		files.filter((file) => file.collection === collection).map((file) => ({ id: file.id, ...(schema.parse(file.data) as object) }));
	const meetings: MeetingData[] = files
		.filter((file) => file.collection === 'meetings' && file.data.kind === 'original')
		.map((file) => {
			const id = file.id.replace(/^fr\//, '');
			const english = files.find((candidate) => candidate.id === `en/${id}`);
			return {
				id,
				record: file.data as MeetingData['record'],
				translations: english ? { en: { title: english.data.title, translator: english.data.translator, note: english.data.note, paragraphs: fromMdxBody(english.body ?? '') } } : {},
			};
		});
	return {
		meetings,
		actors: of('actors', actorSchema),
		places: of('places', placeSchema),
		organisations: of('organisations', organisationSchema),
		areas: of('areas', createAreaSchema(anyId)),
		events: of('events', createEventSchema(anyId)),
		sources: readSourceFiles(root).map((source) => ({ id: source.id, ...source.metadata, blocks: splitBlocks(normalizeRawText(new TextDecoder().decode(source.bytes))) })),
	} as AtlasData;
}
