import { z } from 'zod';
import { countryCodeSchema, draftSchema, editorialNoteSchema, localizedTextSchema } from './common.ts';

/** A former name of a place, in force until a date: Nur-Sultan until September 2022. */
export const formerNameSchema = z.object({
	/** The former name, per language. */
	name: localizedTextSchema,
	/** The first day the name was no longer in use, ISO "YYYY-MM-DD". */
	until: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date "YYYY-MM-DD"'),
});

/** A city or region named by the texts. Part of the alias gazetteer. */
export const placeSchema = z.object({
	/** City, or a wider region. */
	kind: z.enum(['city', 'region']),
	/** The current name, per language. */
	name: localizedTextSchema,
	/** Names used before a renaming; the one in force names the meetings held there. */
	formerNames: z.array(formerNameSchema).default([]),
	/** Every known spelling, current and former, in any script. */
	aliases: z.array(z.string().min(1)).min(1),
	/** The country the place is in, when one applies without taking a side. */
	country: countryCodeSchema.optional(),
	/** WGS 84 coordinates of the centre. */
	coordinates: z.object({
		/** Latitude in degrees. */
		lat: z.number().min(-90).max(90),
		/** Longitude in degrees. */
		lon: z.number().min(-180).max(180),
	}),
	/** A proposal of the ingest not yet reviewed (see draftSchema): the content check refuses it. */
	draft: draftSchema.optional(),
	/** A clearly labelled editorial note. */
	note: editorialNoteSchema.optional(),
});
export type PlaceInput = z.input<typeof placeSchema>;
export type Place = z.output<typeof placeSchema>;
