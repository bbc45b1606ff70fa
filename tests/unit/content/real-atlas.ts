/**
 * The project's real atlas, read from the files on disk and indexed by the same toAtlas the site
 * uses: each entry parsed by its collection's schema (as Astro parses it, defaults filled and
 * unknown keys dropped), each source split into blocks as the sources loader splits it. Only
 * the tests of tests/unit/content/, which exist to check the real content, read it. Articles'
 * paragraphs come from the MDX compiler with the site's plugin, as the build reads them.
 */
import { z } from 'zod';
import { readContentFiles, readSourceFiles, type ContentFile } from '../../../src/io/read-content.ts';
import { toAtlas, type Atlas } from '../../../src/lib/atlas.ts';
import { splitBlocks } from '../../../src/lib/ingest/text/blocks.ts';
import { normalizeRawText } from '../../../src/lib/ingest/text/normalize.ts';
import { readArticleParagraphs } from '../../../src/lib/mdx/article-paragraphs.ts';
import type { IdReference, ReferenceFactory } from '../../../src/schemas/common.ts';
import { actorSchema, createAreaSchema, createEventSchema, createMeetingSchema, organisationSchema, placeSchema, sourceSchema } from '../../../src/schemas/index.ts';
import { root } from '../helpers.ts';

// References stay plain ids, as content.ts leaves them; the integrity tests check that they resolve.
const asId: ReferenceFactory<IdReference> = () => z.string();

/** A collection's files, parsed by its schema, as toAtlas reads them. */
function entriesOf<Schema extends z.ZodType>(files: ContentFile[], collection: string, schema: Schema) {
	return files.filter((file) => file.collection === collection).map((file) => ({ id: file.id, data: schema.parse(file.data) as z.output<Schema> }));
}

/** The atlas of the project's content folder. */
export function loadRealAtlas(): Atlas {
	const files = readContentFiles(root);
	const meetingSchema = createMeetingSchema(asId);
	return toAtlas({
		meetings: files
			.filter((file) => file.collection === 'meetings')
			.map((file) => ({ id: file.id, data: meetingSchema.parse(file.data), paragraphs: readArticleParagraphs(file.body ?? '') })),
		actors: entriesOf(files, 'actors', actorSchema),
		places: entriesOf(files, 'places', placeSchema),
		organisations: entriesOf(files, 'organisations', organisationSchema),
		areas: entriesOf(files, 'areas', createAreaSchema(asId)),
		events: entriesOf(files, 'events', createEventSchema(asId)),
		sources: readSourceFiles(root).map((file) => ({
			id: file.id,
			data: sourceSchema.parse({ ...file.metadata, blocks: splitBlocks(normalizeRawText(new TextDecoder().decode(file.bytes))) }),
		})),
	});
}
