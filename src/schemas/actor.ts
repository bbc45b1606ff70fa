import { z } from 'zod';
import { countryCodeSchema, draftSchema, editorialNoteSchema, localizedTextSchema } from './common.ts';

/** A person, or a state acting as a party ("la partie kirghize"). */
export const actorKindSchema = z.enum(['person', 'state']);

/** A role title as the sources write it in French, with its English translation. */
export const roleTranslationSchema = z.object({
	/** The role exactly as a source writes it (matched after normalisation). */
	fr: z.string().min(1),
	/** Its English translation. */
	en: z.string().min(1),
});

/** An actor of the relations: a minister, a president, a state. Part of the alias gazetteer. */
export const actorSchema = z.object({
	/** Person or state. */
	kind: actorKindSchema,
	/** The name shown on the site, per language. */
	name: localizedTextSchema,
	/** Every known spelling, in any script, used to recognise the actor in texts and in search. */
	aliases: z.array(z.string().min(1)).min(1),
	/** The actor's country (a state's own code). */
	country: countryCodeSchema,
	/** Translations of the role titles that the sources give this actor. */
	roles: z.array(roleTranslationSchema).default([]),
	/** A proposal of the ingest not yet reviewed (see draftSchema): the content check refuses it. */
	draft: draftSchema.optional(),
	/** A clearly labelled editorial note, for knowledge that is not in the sources. */
	note: editorialNoteSchema.optional(),
});
export type ActorInput = z.input<typeof actorSchema>;
export type Actor = z.output<typeof actorSchema>;
