import { z } from 'zod';
import { editorialNoteSchema, localizedTextSchema } from './common.ts';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'a day as YYYY-MM-DD');

/**
 * One recurring meeting of the ingest's calendar (content/ingest/calendar.yaml): a summit that
 * texts name as still to come, whose known date lets the ingest infer the year of a text that
 * gives none. Editorial knowledge, never published as a fact of the site.
 */
export const calendarEntrySchema = z
	.object({
		/** A kebab-case id, for messages: "sco-summit-2022-samarkand". */
		id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'an ASCII kebab-case id'),
		/** The meeting's name, per language. */
		name: localizedTextSchema,
		/** Groups of words that, all found in one paragraph, mean the text refers to it: [["sommet", "Samarcande"]]. */
		cues: z.array(z.array(z.string().min(1)).min(1)).min(1),
		/** Its first day. */
		date: isoDay,
		/** Its last day, for a meeting of several days. */
		end: isoDay.optional(),
		/** Where the date comes from, in words: an editorial note. */
		note: editorialNoteSchema,
	})
	.refine((entry) => entry.end === undefined || entry.end > entry.date, { path: ['end'], message: 'the last day must come after the first' });
export type CalendarEntry = z.output<typeof calendarEntrySchema>;

/** The whole calendar; ids are unique. */
export const calendarSchema = z.array(calendarEntrySchema).superRefine((entries, context) => {
	const seen = new Set<string>();
	entries.forEach((entry, index) => {
		if (seen.has(entry.id)) context.addIssue({ code: 'custom', path: [index, 'id'], message: `"${entry.id}" is used twice; ids are unique` });
		seen.add(entry.id);
	});
});
