/** What the scorer reads of a record, and the scores it gives. */
import type { MeetingKind } from './ground-truth.ts';

/** A date as the record gives it: an ISO value at its precision, maybe the end of an interval. */
export interface DateUnderTest {
	value: string;
	precision: 'day' | 'month' | 'year';
	/** The last day of an interval, in the same format as `value`. */
	end?: string;
	/** True when the text does not state the date. */
	inferred: boolean;
}

/** A name the record gives: its gazetteer id (null when unknown), the words as written, maybe an ISO country. */
export interface MentionUnderTest {
	id?: string | null;
	name: string;
	country?: string | null;
	/** For organisations: the acronym the text gives it ("FBA"). */
	abbreviation?: string;
}

/** The parts of an ingest record the harness scores; today's MeetingRecord and the coming draft both fit. */
export interface RecordUnderTest {
	date?: DateUnderTest | null;
	reports?: string | null;
	place?: MentionUnderTest | null;
	participants?: MentionUnderTest[];
	organisations?: MentionUnderTest[];
}

/** The scored fields, in table order. */
export const scoredFields = ['statedDate', 'inferredDate', 'kind', 'place', 'participantsRecall', 'participantsPrecision', 'participantCountries', 'organisations'] as const;
export type ScoredField = (typeof scoredFields)[number];

/** One field's score in [0, 1] and why. */
export interface FieldScore {
	score: number;
	explanation: string;
}

/** The scores of one text. */
export interface RecordScore {
	fields: Record<ScoredField, FieldScore>;
	/** The plain mean of the field scores. */
	mean: number;
	/** The record states a date the text does not print. */
	falseStatedDate: boolean;
	/** The record's date is right at least to the month of `inferred_date`; null when the truth has none. */
	inferredRightToMonth: boolean | null;
	/** The kind the truth was read as, and where from. */
	truthKind: { kind: MeetingKind; from: 'kind field' | 'notes' };
}
