import { z } from 'zod';
import { countryCodeSchema } from './common.ts';

/** One country of the nationality lexicon (content/ingest/nationalities.yaml): how texts name it and its people. */
export const nationalitySchema = z.object({
	/** The country's ISO 3166-1 alpha-2 code. */
	country: countryCodeSchema,
	/** Every adjective form a text may use: masculine, feminine, plurals ("kirghiz", "kirghize"). */
	adjectives: z.array(z.string().min(1)).min(1),
	/** The country as written, without its article ("Kirghizistan", "Kirghizstan"). */
	names: z.array(z.string().min(1)).min(1),
});
export type NationalityInput = z.input<typeof nationalitySchema>;
export type Nationality = z.output<typeof nationalitySchema>;

/** A form as matched: lower case, no accents, hyphens as spaces ("Nord-Coréen" → "nord coreen"). */
function matchedForm(form: string): string {
	return form.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s-]+/g, ' ').trim();
}

/** The whole lexicon; a form (adjective or name, folded) belongs to one country only. */
export const nationalitiesSchema = z.array(nationalitySchema).superRefine((nationalities, context) => {
	const owner = new Map<string, string>();
	nationalities.forEach((nationality, index) => {
		for (const form of [...nationality.adjectives, ...nationality.names]) {
			const folded = matchedForm(form);
			const other = owner.get(folded);
			if (other !== undefined && other !== nationality.country) {
				context.addIssue({ code: 'custom', path: [index], message: `"${form}" is already a form of ${other}; a form names one country only` });
			}
			owner.set(folded, nationality.country);
		}
	});
});
