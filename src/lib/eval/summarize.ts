/** The figures of a whole corpus and its goals. */
import { mean, round } from './fields/matching.ts';
import { scoredFields, type ScoredField } from './record-under-test.ts';
import type { TextScore } from './score-record.ts';

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
