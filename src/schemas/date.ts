import { z } from 'zod';
import { localizedTextSchema } from './common.ts';

/** How much of a date is known. */
export const datePrecisionSchema = z.enum(['day', 'month', 'year']);
export type DatePrecision = z.output<typeof datePrecisionSchema>;

const patternByPrecision: Record<DatePrecision, RegExp> = {
	day: /^\d{4}-\d{2}-\d{2}$/,
	month: /^\d{4}-\d{2}$/,
	year: /^\d{4}$/,
};

/**
 * A date as precise as the text allows: "2025-04-25" (day), "2022-06" (month), "1992" (year).
 * An inferred date (not stated by the text) carries its basis in words, in both languages.
 */
export const fuzzyDateSchema = z
	.object({
		/** ISO 8601, only as precise as known: "2025-04-25", "2022-06", "1992". */
		value: z.string(),
		/** Whether the day, the month or only the year is known. */
		precision: datePrecisionSchema,
		/** True when the text does not state this date and it was deduced. */
		inferred: z.boolean(),
		/** Why an inferred date is believed, in words; required when `inferred`. */
		basis: localizedTextSchema.optional(),
		/** The last day of an interval (a visit of several days), as precise as `value` and after it. */
		end: z.string().optional(),
	})
	.superRefine((date, context) => {
		if (!patternByPrecision[date.precision].test(date.value)) {
			context.addIssue({
				code: 'custom',
				path: ['value'],
				message: `"${date.value}" does not match precision "${date.precision}" (expected ${patternByPrecision[date.precision].source})`,
			});
		}
		if (date.end !== undefined && (!patternByPrecision[date.precision].test(date.end) || date.end <= date.value)) {
			context.addIssue({ code: 'custom', path: ['end'], message: `the end "${date.end}" must match precision "${date.precision}" and come after "${date.value}"` });
		}
		if (date.inferred && !date.basis) {
			context.addIssue({
				code: 'custom',
				path: ['basis'],
				message: 'an inferred date needs a basis explaining the inference (fr and en)',
			});
		}
	});
export type FuzzyDate = z.output<typeof fuzzyDateSchema>;
