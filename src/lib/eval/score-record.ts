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
import { editDistance, fold } from '../ingest/text/normalize.ts';
import type { Gazetteer, GazetteerEntry } from '../ingest/gazetteer/gazetteer.ts';
import { kindOfTruth, type GroundTruth, type MeetingKind } from './ground-truth.ts';

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

const round = (value: number) => Math.round(value * 1000) / 1000;
const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length);

/** Folds a name for comparison: case, accents, punctuation and dots dropped. foldName("Ch. Mirzaïev-Khan") → "ch mirzaiev khan". */
export function foldName(name: string): string {
	return fold(name)
		.replace(/[^\p{L}\p{N}' ]+/gu, ' ')
		.replace(/^(?:l|d)'/, '')
		.replace(/'/g, ' ')
		.replace(/ +/g, ' ')
		.trim();
}

/** How many edits a surname of this length tolerates: none below 5 letters ("Li Yan" is not "Li Yun"), 1 up to 9, 2 beyond. */
function toleratedEdits(length: number): number {
	return length < 5 ? 0 : length < 10 ? 1 : 2;
}

/**
 * True when two person names are the same person written two ways: folded equal, or the same
 * last word within a small edit distance (0 edits under 5 letters, 1 up to 9, 2 beyond) and, when
 * both give more words, first words with the same initial.
 * namesMatch("Aibek Toktosunov", "Aybek Toktossunov") → true; namesMatch("A. Toktosunov", "Aibek Toktosunov") → true;
 * namesMatch("Zhou Fang", "Zhou Keqfang") → false; namesMatch("Li Yan", "Li Yun") → false.
 */
export function namesMatch(a: string, b: string): boolean {
	const left = foldName(a).split(' ').filter(Boolean);
	const right = foldName(b).split(' ').filter(Boolean);
	if (left.length === 0 || right.length === 0) return false;
	if (left.join(' ') === right.join(' ')) return true;
	const [lastLeft, lastRight] = [left.at(-1)!, right.at(-1)!];
	if (editDistance(lastLeft, lastRight) > toleratedEdits(Math.max(lastLeft.length, lastRight.length))) return false;
	if (left.length === 1 || right.length === 1) return true;
	return left[0]![0] === right[0]![0];
}

/** Every spelling of a mention: the words written, plus the names and aliases of its gazetteer entry. */
function spellingsOf(mention: MentionUnderTest, entry: GazetteerEntry | undefined): string[] {
	return [mention.name, ...(entry ? [entry.name.fr, entry.name.en, ...entry.aliases] : [])];
}

function entryOf(gazetteer: Gazetteer | undefined, collection: GazetteerEntry['collection'], id: string | null | undefined): GazetteerEntry | undefined {
	if (!gazetteer || !id) return undefined;
	return gazetteer.entries.find((entry) => entry.collection === collection && entry.id === id);
}

/**
 * Matches truth items to record items one to one: exact pairs first, then tolerant ones, each
 * in order. Returns the number of pairs.
 */
function countMatches<T>(truth: string[], record: T[], exact: (truth: string, item: T) => boolean, tolerant: (truth: string, item: T) => boolean): number {
	const usedTruth = new Set<number>();
	const usedRecord = new Set<number>();
	for (const test of [exact, tolerant]) {
		truth.forEach((name, truthIndex) => {
			if (usedTruth.has(truthIndex)) return;
			const recordIndex = record.findIndex((item, index) => !usedRecord.has(index) && test(name, item));
			if (recordIndex === -1) return;
			usedTruth.add(truthIndex);
			usedRecord.add(recordIndex);
		});
	}
	return usedTruth.size;
}

/** Recall, precision and F1 of `matched` pairs between a truth and a record of these sizes, under the rules above. */
function setScores(matched: number, truthSize: number, recordSize: number): { recall: number; precision: number; f1: number } {
	if (truthSize === 0) {
		const precision = recordSize === 0 ? 1 : 0;
		return { recall: 1, precision, f1: precision };
	}
	if (recordSize === 0) return { recall: 0, precision: 0, f1: 0 };
	const recall = matched / truthSize;
	const precision = matched / recordSize;
	return { recall, precision, f1: recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision) };
}

// ---- dates ----

const describeDate = (date: DateUnderTest) => `${date.inferred ? 'inferred' : 'stated'} ${date.value}${date.end ? `/${date.end}` : ''} (${date.precision})`;

function scoreStatedDate(record: RecordUnderTest, truth: GroundTruth): { field: FieldScore; falseStatedDate: boolean } {
	const stated = record.date && !record.date.inferred ? record.date : undefined;
	if (truth.date === null) {
		if (stated) return { field: { score: 0, explanation: `the text prints no date, but the record states ${describeDate(stated)}` }, falseStatedDate: true };
		return { field: { score: 1, explanation: record.date ? `no stated date claimed (${describeDate(record.date)})` : 'no stated date claimed' }, falseStatedDate: false };
	}
	if (!stated) return { field: { score: 0, explanation: `the text prints ${truth.date}; the record ${record.date ? `gives only ${describeDate(record.date)}` : 'has no date'}` }, falseStatedDate: false };
	const isPreciseEnough = stated.value.length >= truth.date.length;
	if (isPreciseEnough && stated.value.slice(0, truth.date.length) === truth.date) {
		return { field: { score: 1, explanation: `stated ${stated.value}, as printed` }, falseStatedDate: false };
	}
	return { field: { score: 0, explanation: `stated ${stated.value} (${stated.precision}), the text prints ${truth.date}` }, falseStatedDate: false };
}

function scoreInferredDate(record: RecordUnderTest, truth: GroundTruth): { field: FieldScore; rightToMonth: boolean | null } {
	if (truth.inferred_date === null) {
		if (truth.date !== null) return { field: { score: 1, explanation: 'no date to infer' }, rightToMonth: null };
		const score = record.date ? 0 : 1;
		return { field: { score, explanation: record.date ? `the truth has no date, the record gives ${describeDate(record.date)}` : 'no date, as in the truth' }, rightToMonth: null };
	}
	const [start, end = start] = truth.inferred_date.split('/') as [string, string?];
	if (!record.date) return { field: { score: 0, explanation: `no date; expected ${truth.inferred_date}` }, rightToMonth: false };
	const date = record.date;
	const recordEnd = date.end ?? date.value;
	const isExact = date.precision === 'day' && date.value === start && recordEnd === end;
	const rightToMonth = date.precision !== 'year' && date.value.slice(0, 7) === start!.slice(0, 7);
	if (isExact) return { field: { score: 1, explanation: `${describeDate(date)}, exact` }, rightToMonth: true };
	if (rightToMonth) return { field: { score: 0.5, explanation: `${describeDate(date)}: right month, expected ${truth.inferred_date}` }, rightToMonth: true };
	return { field: { score: 0, explanation: `${describeDate(date)}, expected ${truth.inferred_date}` }, rightToMonth: false };
}

// ---- kind ----

function scoreKind(record: RecordUnderTest, expected: MeetingKind): FieldScore {
	if (!record.reports) return { score: 0, explanation: `no kind reported; expected ${expected}` };
	return record.reports === expected ? { score: 1, explanation: expected } : { score: 0, explanation: `${record.reports}, expected ${expected}` };
}

// ---- countries and places ----

/** Every two-letter code Intl names, for the reverse lookup of French and English country names. */
function intlCountryNames(): Map<string, string> {
	const names = new Map<string, string>();
	const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
	for (const locale of ['fr', 'en']) {
		const display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
		for (const first of letters) {
			for (const second of letters) {
				const code = first + second;
				let name: string | undefined;
				try {
					name = display.of(code);
				} catch {
					name = undefined;
				}
				if (name) names.set(foldName(name), code);
			}
		}
	}
	return names;
}

let intlNames: Map<string, string> | undefined;

/**
 * The ISO code of a country name as written, through the gazetteer's states (every alias) and
 * then Intl's French and English names: countryCode("Kirghizstan", gazetteer) → "KG" when the
 * state entry lists that spelling; countryCode("Chine") → "CN".
 */
export function countryCode(name: string, gazetteer?: Gazetteer): string | undefined {
	const folded = foldName(name);
	const state = gazetteer?.entries.find((entry) => entry.collection === 'actors' && entry.kind === 'state' && spellingsOf({ name: entry.name.fr }, entry).some((alias) => foldName(alias) === folded));
	if (state?.country) return state.country;
	intlNames ??= intlCountryNames();
	return intlNames.get(folded);
}

function placeCountry(place: MentionUnderTest, gazetteer: Gazetteer | undefined): string | undefined {
	return place.country ?? entryOf(gazetteer, 'places', place.id)?.country ?? countryCode(place.name, gazetteer);
}

function scorePlace(record: RecordUnderTest, truth: GroundTruth, gazetteer: Gazetteer | undefined): FieldScore {
	const place = record.place ?? undefined;
	if (truth.place === null) {
		return place ? { score: 0, explanation: `the text states no venue, the record gives "${place.name}"` } : { score: 1, explanation: 'no venue, as in the truth' };
	}
	const expected = [truth.place.city, truth.place.country].filter((part) => part !== null).join(', ');
	if (!place) return { score: 0, explanation: `no place; expected ${expected}` };
	const parts: number[] = [];
	const notes: string[] = [];
	const namesCountry = countryCode(place.name, gazetteer) !== undefined;
	if (truth.place.city !== null) {
		const city = foldName(truth.place.city);
		const isRight = spellingsOf(place, entryOf(gazetteer, 'places', place.id)).some((spelling) => foldName(spelling) === city);
		parts.push(isRight ? 1 : 0);
		notes.push(isRight ? `city "${place.name}"` : `city "${place.name}", expected "${truth.place.city}"`);
	} else {
		parts.push(namesCountry ? 1 : 0);
		notes.push(namesCountry ? `country only, "${place.name}"` : `"${place.name}" is not the country only ("${truth.place.country}")`);
	}
	if (truth.place.country !== null) {
		const expectedCode = countryCode(truth.place.country, gazetteer);
		const code = placeCountry(place, gazetteer);
		const isRight = expectedCode !== undefined && code === expectedCode;
		parts.push(isRight ? 1 : 0);
		notes.push(isRight ? `country ${code}` : `country ${code ?? 'unknown'}, expected ${expectedCode ?? truth.place.country}`);
	}
	return { score: mean(parts), explanation: notes.join('; ') };
}

// ---- participants ----

function scoreParticipants(record: RecordUnderTest, truth: GroundTruth, gazetteer: Gazetteer | undefined): { recall: FieldScore; precision: FieldScore } {
	const participants = record.participants ?? [];
	const spellings = participants.map((participant) => spellingsOf(participant, entryOf(gazetteer, 'actors', participant.id)));
	const matched = countMatches(
		truth.participants,
		spellings,
		(name, names) => names.some((spelling) => foldName(spelling) === foldName(name)),
		(name, names) => names.some((spelling) => namesMatch(spelling, name)),
	);
	const { recall, precision } = setScores(matched, truth.participants.length, participants.length);
	const written = participants.map((participant) => participant.name).join(', ') || 'none';
	return {
		recall: { score: round(recall), explanation: `${matched} of ${truth.participants.length} principals found (record: ${written})` },
		precision: { score: round(precision), explanation: `${matched} of ${participants.length} named participants are principals` },
	};
}

function scoreParticipantCountries(record: RecordUnderTest, truth: GroundTruth, gazetteer: Gazetteer | undefined): FieldScore {
	const codes = new Set<string>();
	for (const participant of record.participants ?? []) {
		const code = participant.country ?? entryOf(gazetteer, 'actors', participant.id)?.country;
		if (code) codes.add(code);
	}
	const hostCode = record.place ? placeCountry(record.place, gazetteer) : undefined;
	if (hostCode) codes.add(hostCode);
	const expected = new Set(truth.participant_countries);
	const matched = [...codes].filter((code) => expected.has(code)).length;
	const { f1 } = setScores(matched, expected.size, codes.size);
	const missing = [...expected].filter((code) => !codes.has(code));
	const extra = [...codes].filter((code) => !expected.has(code));
	return { score: round(f1), explanation: `${[...codes].sort().join(' ') || 'none'}${missing.length ? `; missing ${missing.join(' ')}` : ''}${extra.length ? `; extra ${extra.join(' ')}` : ''}` };
}

// ---- organisations ----

/** The forms an organisation name can take: "Conseil des steppes (CDS)" → itself, "Conseil des steppes", "CDS". */
function organisationForms(name: string): string[] {
	const acronym = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(name);
	return acronym ? [name, acronym[1]!, acronym[2]!] : [name];
}

const wordSet = (name: string) => foldName(name).split(' ').sort().join(' ');

function scoreOrganisations(record: RecordUnderTest, truth: GroundTruth, gazetteer: Gazetteer | undefined): FieldScore {
	// The atlas files initiatives (the Belt and Road) with organisations; the annotators count
	// institutions only, so an initiative of the gazetteer is left out of the comparison.
	const organisations = (record.organisations ?? []).filter((organisation) => entryOf(gazetteer, 'organisations', organisation.id)?.kind !== 'initiative');
	const forms = organisations.map((organisation) => [
		...spellingsOf(organisation, entryOf(gazetteer, 'organisations', organisation.id)).flatMap(organisationForms),
		...(organisation.abbreviation ? [organisation.abbreviation] : []),
	]);
	const matched = countMatches(
		truth.organizations,
		forms,
		(name, names) => names.some((form) => foldName(form) === foldName(name)),
		(name, names) => organisationForms(name).some((truthForm) => names.some((form) => foldName(form) === foldName(truthForm) || wordSet(form) === wordSet(truthForm))),
	);
	const { recall, precision, f1 } = setScores(matched, truth.organizations.length, organisations.length);
	const written = organisations.map((organisation) => organisation.name).join(', ') || 'none';
	return { score: round(f1), explanation: `recall ${round(recall)}, precision ${round(precision)} (record: ${written}; truth: ${truth.organizations.join(', ') || 'none'})` };
}

// ---- the whole record ----

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

// ---- the corpus ----

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

/** A goal of the issue and whether the corpus meets it. */
export interface Goal {
	name: string;
	target: string;
	actual: string;
	isMet: boolean;
}

/** The figures of a whole corpus. */
export interface CorpusSummary {
	texts: number;
	records: number;
	refusals: number;
	crashes: number;
	/** The mean of each field over every text (refusals and crashes count as 0). */
	fieldMeans: Record<ScoredField, number>;
	/** The mean over texts of each text's mean field score. */
	meanFieldScore: number;
	/** Texts whose date is right at least to the month, among those with only an inferred date. */
	inferredRightToMonth: { count: number; of: number };
	/** Dates a record claims as stated that the text does not print. */
	falseStatedDates: number;
	goals: Goal[];
}

/** Sums up scored texts and checks the goals: a record for every text, mean ≥ 0.90, the month goal, 0 false stated dates, 0 crashes. */
export function summarize(texts: TextScore[]): CorpusSummary {
	const records = texts.filter((text) => text.outcome === 'record').length;
	const refusals = texts.filter((text) => text.outcome === 'refusal').length;
	const crashes = texts.filter((text) => text.outcome === 'crash').length;
	const fieldMeans = Object.fromEntries(scoredFields.map((field) => [field, round(mean(texts.map((text) => text.score.fields[field].score)))])) as Record<ScoredField, number>;
	const meanFieldScore = round(mean(texts.map((text) => text.score.mean)));
	const monthTexts = texts.filter((text) => text.hasOnlyInferredDate);
	const inferredRightToMonth = { count: monthTexts.filter((text) => text.score.inferredRightToMonth === true).length, of: monthTexts.length };
	const falseStatedDates = texts.filter((text) => text.score.falseStatedDate).length;
	// "at least 10 of the 12": the same share of however many texts a folder has.
	const monthTarget = Math.ceil((10 / 12) * inferredRightToMonth.of);
	const goals: Goal[] = [
		{ name: 'a record for every text', target: `${texts.length} of ${texts.length}`, actual: `${records} of ${texts.length}`, isMet: records === texts.length },
		{ name: 'mean field score', target: '≥ 0.90', actual: meanFieldScore.toFixed(3), isMet: meanFieldScore >= 0.9 },
		{ name: 'inferred date right at least to the month', target: `≥ ${monthTarget} of ${inferredRightToMonth.of}`, actual: `${inferredRightToMonth.count} of ${inferredRightToMonth.of}`, isMet: inferredRightToMonth.count >= monthTarget },
		{ name: 'dates claimed as stated that the text does not state', target: '0', actual: String(falseStatedDates), isMet: falseStatedDates === 0 },
		{ name: 'crashes', target: '0', actual: String(crashes), isMet: crashes === 0 },
	];
	return { texts: texts.length, records, refusals, crashes, fieldMeans, meanFieldScore, inferredRightToMonth, falseStatedDates, goals };
}
