import { z } from 'zod';
import { editorialNoteSchema, localizedTextSchema, type IdReference, type ReferenceFactory } from './common.ts';

/** Keywords per language; a trailing "*" matches any ending ("douan*" matches "douanières"). */
export const keywordsSchema = z.object({
	/** French keywords. */
	fr: z.array(z.string().min(1)).default([]),
	/** English keywords. */
	en: z.array(z.string().min(1)).default([]),
});

/**
 * A cooperation area: a field (health, customs) or a named project (the
 * China–Kyrgyzstan–Uzbekistan railway). The areas form the lexicon of the ingest.
 */
export const createAreaSchema = <Reference extends z.ZodType>(reference: ReferenceFactory<Reference>) =>
	z
		.object({
			/** A field of cooperation, or a named project within one. */
			kind: z.enum(['field', 'project']),
			/** The name shown on the site, per language. */
			name: localizedTextSchema,
			/** Names of a project as texts write them; recognised in texts and in search. */
			aliases: z.array(z.string().min(1)).default([]),
			/** Words that signal a field in a text (fields only) and find the area in search (all). */
			keywords: keywordsSchema.default({ fr: [], en: [] }),
			/** The field a project belongs to. */
			field: reference('areas').optional(),
			/** A clearly labelled editorial note. */
			note: editorialNoteSchema.optional(),
		})
		.superRefine((area, context) => {
			if (area.kind === 'project' && area.aliases.length === 0) {
				context.addIssue({ code: 'custom', path: ['aliases'], message: 'a project needs at least one alias (its name as texts write it)' });
			}
			if (area.kind === 'field' && area.keywords.fr.length === 0) {
				context.addIssue({ code: 'custom', path: ['keywords', 'fr'], message: 'a field needs French keywords, or the ingest can never find it' });
			}
		});
export type AreaInput = z.input<ReturnType<typeof createAreaSchema<IdReference>>>;
/** An entry of the collection as the site reads it, references as ids. */
export type Area = z.output<ReturnType<typeof createAreaSchema<IdReference>>>;
