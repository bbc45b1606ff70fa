/**
 * Scores what the ingest extracted from one press text against its hand-annotated ground truth,
 * field by field, each score in [0, 1] with a one-line reason. Pure: no file system, no clock.
 *
 * The record may be today's MeetingRecord or the draft record being built, so every field is
 * optional (`reports`, `date.end`, `place.country` and `participants[].country` do not exist
 * yet). An absent field scores as "not answered". A refusal or a crash has no record at all and
 * scores 0 on every field, so that refusing can never beat answering.
 *
 * The rules, field by field (`names match` is defined at namesMatch, `folded` at foldName):
 * - statedDate: the truth prints a date → 1 iff the record has a stated (not inferred) date equal
 *   to it at the truth's precision. The truth prints none → 1 iff the record claims no stated
 *   date; a stated date there is a "false stated date", counted on its own (goal: 0).
 * - inferredDate: the record's date, stated or inferred, against `inferred_date` (a day or an
 *   interval a/b). 1 for the exact day (or the exact interval, start and end); 0.5 when only right
 *   to the month (a month-precision answer in that month, another day or end in that month);
 *   0 otherwise. "Right at least to the month" (the start's year and month) is reported apart.
 * - kind: `record.reports` against kindOfTruth(truth); 1 iff equal.
 * - place: no venue in the truth → 1 iff the record has no place. Otherwise the mean of the
 *   city part and, when the truth ties the city to a country, the country part. City: the
 *   record's place name, folded, equals the truth's city, or the record's gazetteer entry lists
 *   the truth's spelling (Pékin and Beijing are different unless an entry lists both); a truth
 *   with a country and no city wants a place that names the country, not a city in it.
 *   Country: the record's ISO code (its own, else its gazetteer entry's, else the code of a
 *   place that names a country) equals the truth's country name mapped to ISO.
 * - participantsRecall, participantsPrecision: one-to-one matching of names (exact folded
 *   matches first, then tolerant ones); a participant with a gazetteer id also matches through
 *   every alias of its entry. Recall = matched / truth; precision = matched / record. With an
 *   empty truth, recall is 1 and precision is 1 iff the record is empty too; an empty record
 *   against a non-empty truth scores 0 on both.
 * - participantCountries: F1 of ISO codes. The record's codes are its participants' countries
 *   (their own, else their gazetteer entry's) plus its place's country, since the annotators list
 *   the host country even when none of its people is named. Both empty → 1.
 * - organisations: F1 of one-to-one name matches. Names match when folded equal (a leading
 *   "l'" dropped), equal as word sets ("ministère zarkentois des Mines" and
 *   "ministère des Mines zarkentois"), or through an acronym: a name written
 *   "Conseil des steppes (CDS)" matches both "Conseil des steppes" and "CDS", and a record organisation with a gazetteer
 *   id matches every alias of its entry (so an acronym matches the full name when the entry lists both); one
 *   without an id matches its `abbreviation` too. An initiative of the gazetteer (kind "initiative",
 *   the Belt and Road) is not an organisation in the annotators' sense and is left out.
 * The mean field score of a text is the plain mean of these eight scores.
 */
import type { Gazetteer } from '../ingest/gazetteer/index.ts';
import { scoreInferredDate, scoreStatedDate } from './fields/dates.ts';
import { scoreKind } from './fields/kind.ts';
import { mean, round } from './fields/matching.ts';
import { scoreOrganisations } from './fields/organisations.ts';
import { scoreParticipantCountries, scoreParticipants } from './fields/participants.ts';
import { scorePlace } from './fields/place.ts';
import { kindOfTruth, type GroundTruth } from './ground-truth.ts';
import { scoredFields, type FieldScore, type RecordScore, type RecordUnderTest, type ScoredField } from './record-under-test.ts';

/**
 * Scores one record against its truth; `undefined` (a refusal or a crash) scores 0 everywhere.
 * The gazetteer lends aliases and countries to the entries the record links by id.
 */
export function scoreRecord(record: RecordUnderTest | undefined, truth: GroundTruth, gazetteer?: Gazetteer): RecordScore {
	const kind = kindOfTruth(truth);
	const truthKind = { kind, from: truth.kind ? ('kind field' as const) : ('notes' as const) };
	if (!record) {
		const none = { score: 0, explanation: 'no record' };
		const fields = Object.fromEntries(scoredFields.map((field) => [field, none])) as Record<ScoredField, FieldScore>;
		return { fields, mean: 0, falseStatedDate: false, inferredRightToMonth: truth.inferred_date === null ? null : false, truthKind };
	}
	const stated = scoreStatedDate(record, truth);
	const inferred = scoreInferredDate(record, truth);
	const participants = scoreParticipants(record, truth, gazetteer);
	const fields: Record<ScoredField, FieldScore> = {
		statedDate: stated.field,
		inferredDate: inferred.field,
		kind: scoreKind(record, kind),
		place: scorePlace(record, truth, gazetteer),
		participantsRecall: participants.recall,
		participantsPrecision: participants.precision,
		participantCountries: scoreParticipantCountries(record, truth, gazetteer),
		organisations: scoreOrganisations(record, truth, gazetteer),
	};
	return {
		fields,
		mean: round(mean(scoredFields.map((field) => fields[field].score))),
		falseStatedDate: stated.falseStatedDate,
		inferredRightToMonth: inferred.rightToMonth,
		truthKind,
	};
}

/** How the ingest ended on one text. */
export type Outcome =
	| { status: 'record'; record: RecordUnderTest; problems: string[] }
	| { status: 'refusal'; problems: string[] }
	| { status: 'crash'; error: string };

/** One text of the corpus: its name, how the ingest ended, its truth and its scores. */
export interface TextScore {
	name: string;
	outcome: Outcome['status'];
	/** The refusal's problems, the crash's message, or a draft record's warnings. */
	messages: string[];
	score: RecordScore;
	/** True when the truth prints no date and has an inferred one (the texts of the month goal). */
	hasOnlyInferredDate: boolean;
}

/** Scores one text from its outcome. */
export function scoreText(name: string, outcome: Outcome, truth: GroundTruth, gazetteer?: Gazetteer): TextScore {
	return {
		name,
		outcome: outcome.status,
		messages: outcome.status === 'crash' ? [outcome.error] : outcome.problems,
		score: scoreRecord(outcome.status === 'record' ? outcome.record : undefined, truth, gazetteer),
		hasOnlyInferredDate: truth.date === null && truth.inferred_date !== null,
	};
}
