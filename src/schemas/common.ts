import { z } from 'zod';

/** Collections that other entries may reference. */
export type CollectionName =
	| 'sources'
	| 'meetings'
	| 'actors'
	| 'places'
	| 'organisations'
	| 'areas'
	| 'events';

/**
 * Builds the schema of a reference to an entry of `collection`. Astro passes its own
 * `reference()`; the ingest CLI and the tests pass one that checks ids against the files on disk.
 * The schemas are generic in it, so that their output types can be read with ids as references.
 */
export type ReferenceFactory<Reference extends z.ZodType = z.ZodType> = (collection: CollectionName) => Reference;

/** A reference that is a plain id, for output types: what the ingest writes and the site reads. */
export type IdReference = z.ZodString;

/** An ASCII kebab-case id, identical in every language: "wang-yi", "2025-04-25-almaty". */
export const idSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an ASCII kebab-case id such as "wang-yi"');

/** A paragraph id of a source text: "p1", "p2"… shared by the French text and its translation. */
export const paragraphIdSchema = z.string().regex(/^p[1-9][0-9]*$/, 'must be a paragraph id such as "p3"');

/** The site's languages. French is the language of the sources. */
export const localeSchema = z.enum(['fr', 'en']);
export type Locale = z.output<typeof localeSchema>;

/** A text written in both languages of the site. */
export const localizedTextSchema = z.object({
	/** French. */
	fr: z.string().min(1),
	/** English. */
	en: z.string().min(1),
});
export type LocalizedText = z.output<typeof localizedTextSchema>;

/** An ISO 3166-1 alpha-2 country code: "CN", "KG", "KZ". */
export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "KG"');

/** Where a fact comes from: a source and the paragraph(s) that state it. */
export const createCitationSchema = <Reference extends z.ZodType>(reference: ReferenceFactory<Reference>) =>
	z.object({
		/** The source text. */
		source: reference('sources'),
		/** The paragraphs of that source that state the fact. */
		paragraphs: z.array(paragraphIdSchema).min(1),
	});

/** A citation with its source as an id: { source: "2025-04-25-almaty", paragraphs: ["p3"] }. */
export type Citation = z.output<ReturnType<typeof createCitationSchema<IdReference>>>;

/**
 * Marks an entry or a translation that `npm run ingest -- --draft` proposed from a text: where the
 * text introduced it. The content check refuses a draft until a curator has reviewed it and
 * deleted this field, so nothing proposed is published unread.
 */
export const draftSchema = z.object({
	/** The source whose text introduced it. */
	source: idSchema,
	/** The paragraph, when one introduced it. */
	paragraph: paragraphIdSchema.optional(),
	/** The 1-based line of the raw file. */
	line: z.number().int().positive().optional(),
});

/** A clearly labelled editorial note: knowledge that is not in the sources. */
export const editorialNoteSchema = localizedTextSchema;
