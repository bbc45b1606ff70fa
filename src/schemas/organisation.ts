import { z } from 'zod';
import { draftSchema, editorialNoteSchema, localizedTextSchema } from './common.ts';

/** An organisation, party or initiative named by the texts. Part of the alias gazetteer. */
export const organisationSchema = z.object({
	/** What sort of body it is. */
	kind: z.enum(['organisation', 'initiative', 'party']),
	/** The full name, per language. */
	name: localizedTextSchema,
	/** The usual abbreviation, per language ("OCS" / "SCO"), when there is one. */
	abbreviation: localizedTextSchema.optional(),
	/** Every known spelling and abbreviation, in any script. */
	aliases: z.array(z.string().min(1)).min(1),
	/** A proposal of the ingest not yet reviewed (see draftSchema): the content check refuses it. */
	draft: draftSchema.optional(),
	/** A clearly labelled editorial note. */
	note: editorialNoteSchema.optional(),
});
export type OrganisationInput = z.input<typeof organisationSchema>;
export type Organisation = z.output<typeof organisationSchema>;
