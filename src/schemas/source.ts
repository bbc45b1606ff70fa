import { z } from 'zod';
import { localeSchema } from './common.ts';

/**
 * What is known about a press text but not written in it. Lives beside the raw text
 * (`content/sources/<id>.yaml` next to `<id>.txt`).
 */
export const sourceMetadataSchema = z.object({
	/** The language of the text. */
	language: localeSchema,
	/** The file name the text was received under. */
	originalFilename: z.string().min(1),
	/** SHA-256 of the raw text, hex; a test fails if the text changes without regeneration. */
	sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a lowercase hex SHA-256'),
	/** The publisher, or null when not known. */
	publisher: z.string().min(1).nullable(),
	/** The original URL, or null when not known; a date in it anchors the text's weekdays. */
	url: z.url().nullable(),
	/** The year the curator gave (--year), when the text gives none. */
	year: z.number().int().min(1900).max(2099).optional(),
	/** The meeting's date the curator gave (--date), "YYYY-MM-DD" or "YYYY-MM", when the text does not give it. */
	date: z.string().regex(/^\d{4}-\d{2}(?:-\d{2})?$/, 'must be "YYYY-MM-DD" or "YYYY-MM"').optional(),
	/** Why the curator gave that date (--basis), in their words: shown beside the date on the meeting's pages. */
	dateBasis: z.string().trim().min(1).optional(),
	/** A clearly labelled editorial note about provenance. */
	note: z.object({ fr: z.string().min(1), en: z.string().min(1) }).optional(),
});
export type SourceMetadata = z.output<typeof sourceMetadataSchema>;

/** A block of a source text: a body paragraph with its stable id, or header and byline text. */
export const sourceBlockSchema = z.object({
	/** "p1"… for body paragraphs; null for tags, title, byline and the lines that are not the body. */
	id: z.string().nullable(),
	/** What the block is: header (tag, title), body paragraph, byline, or a line that is not the body: publication stamp (dateline), update stamp, credit, photo caption, link to another article. */
	kind: z.enum(['tag', 'title', 'paragraph', 'byline', 'dateline', 'update', 'credit', 'caption', 'link']),
	/** The text exactly as written. */
	text: z.string(),
	/** The 1-based line of the raw file where the block starts. */
	line: z.number().int().positive(),
});

/** A source as the site sees it: metadata plus the text split into blocks. */
export const sourceSchema = sourceMetadataSchema.extend({
	/** The text's blocks, in order. */
	blocks: z.array(sourceBlockSchema).min(1),
});
export type Source = z.output<typeof sourceSchema>;
