import { z } from 'zod';
import { editorialNoteSchema, localizedTextSchema, type IdReference, type ReferenceFactory } from './common.ts';
import { fuzzyDateSchema } from './date.ts';

/**
 * An event that a text mentions but does not report: a state visit, a summit, the
 * establishment of diplomatic relations.
 */
export const createEventSchema = <Reference extends z.ZodType>(reference: ReferenceFactory<Reference>) =>
	z.object({
		/** The name shown on the site, per language. */
		name: localizedTextSchema,
		/**
		 * Groups of words that, all found in one sentence, mean the text refers to this event:
		 * [["visite", "Japarov", "Chine"]]. Matched after normalisation (case and accents ignored).
		 */
		cues: z.array(z.array(z.string().min(1)).min(1)).min(1),
		/** The date, when known; outside knowledge must be marked inferred with an editorial basis. */
		date: fuzzyDateSchema.optional(),
		/** Where it took place, when known. */
		place: reference('places').optional(),
		/** A clearly labelled editorial note. */
		note: editorialNoteSchema.optional(),
	});
export type EventInput = z.input<ReturnType<typeof createEventSchema<IdReference>>>;
/** An entry of the collection as the site reads it, references as ids. */
export type Event = z.output<ReturnType<typeof createEventSchema<IdReference>>>;
