/** The date fields: the date the text prints, and the date as inferred (to the day, else to the month). */
import type { GroundTruth } from '../ground-truth.ts';
import type { DateUnderTest, FieldScore, RecordUnderTest } from '../record-under-test.ts';

const describeDate = (date: DateUnderTest) => `${date.inferred ? 'inferred' : 'stated'} ${date.value}${date.end ? `/${date.end}` : ''} (${date.precision})`;

/** The stated date: 1 iff the record states what the text prints; a stated date the text does not print is a false stated date. */
export function scoreStatedDate(record: RecordUnderTest, truth: GroundTruth): { field: FieldScore; falseStatedDate: boolean } {
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

/** The inferred date: 1 for the exact day or interval, 0.5 when right only to the month, else 0. */
export function scoreInferredDate(record: RecordUnderTest, truth: GroundTruth): { field: FieldScore; rightToMonth: boolean | null } {
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
