/** The date fields of the scorer. Invented records and truths only: the corpus is third-party. */
import { describe, expect, it } from 'vitest';
import { scoreRecord } from '../../../../../src/lib/eval/score-record.ts';
import { fieldsOf, gazetteer, recordWith, truthWith } from '../invented-scoring.ts';

describe('stated date', () => {
	const printed = truthWith({ date: '2031-05-14', date_precision: 'day' });

	it('is right when the record states the printed date', () => {
		expect(fieldsOf(recordWith({ date: { value: '2031-05-14', precision: 'day', inferred: false } }), printed).statedDate.score).toBe(1);
	});

	it('is wrong when the record only infers the printed date, or states it less precisely', () => {
		expect(fieldsOf(recordWith(), printed).statedDate.score).toBe(0);
		expect(fieldsOf(recordWith({ date: { value: '2031-05', precision: 'month', inferred: false } }), printed).statedDate.score).toBe(0);
	});

	it('compares at the truth\'s precision: a day inside a printed month is right', () => {
		const month = truthWith({ date: '2031-05', date_precision: 'month' });
		expect(fieldsOf(recordWith({ date: { value: '2031-05-14', precision: 'day', inferred: false } }), month).statedDate.score).toBe(1);
	});

	it('the trap: a date claimed as stated when the text prints none scores 0 and is counted apart', () => {
		const score = scoreRecord(recordWith({ date: { value: '2031-05-16', precision: 'day', inferred: false } }), truthWith(), gazetteer);
		expect(score.fields.statedDate).toMatchObject({ score: 0, explanation: expect.stringContaining('prints no date') });
		expect(score.falseStatedDate).toBe(true);
	});

	it('the same date marked inferred, or no date at all, is right when the text prints none', () => {
		expect(fieldsOf(recordWith(), truthWith()).statedDate.score).toBe(1);
		expect(fieldsOf(recordWith({ date: undefined }), truthWith()).statedDate.score).toBe(1);
	});
});

describe('inferred date', () => {
	it('is 1 for the exact day and 0.5 for another day of the right month', () => {
		expect(fieldsOf(recordWith(), truthWith()).inferredDate.score).toBe(1);
		const score = scoreRecord(recordWith({ date: { value: '2031-05-13', precision: 'day', inferred: true } }), truthWith(), gazetteer);
		expect(score.fields.inferredDate.score).toBe(0.5);
		expect(score.inferredRightToMonth).toBe(true);
	});

	it('counts a month-precision answer in the right month as right to the month, not exact', () => {
		const score = scoreRecord(recordWith({ date: { value: '2031-05', precision: 'month', inferred: true } }), truthWith(), gazetteer);
		expect(score.fields.inferredDate.score).toBe(0.5);
		expect(score.inferredRightToMonth).toBe(true);
	});

	it('is 0 for the wrong month, a year alone, or no date', () => {
		for (const date of [{ value: '2031-06-14', precision: 'day' as const, inferred: true }, { value: '2031', precision: 'year' as const, inferred: true }, undefined]) {
			const score = scoreRecord(recordWith({ date }), truthWith(), gazetteer);
			expect(score.fields.inferredDate.score).toBe(0);
			expect(score.inferredRightToMonth).toBe(false);
		}
	});

	it('wants both ends of an interval for 1; its start alone is right to the month', () => {
		const visit = truthWith({ inferred_date: '2031-10-24/2031-10-27' });
		expect(fieldsOf(recordWith({ date: { value: '2031-10-24', end: '2031-10-27', precision: 'day', inferred: true } }), visit).inferredDate.score).toBe(1);
		expect(fieldsOf(recordWith({ date: { value: '2031-10-24', end: '2031-10-26', precision: 'day', inferred: true } }), visit).inferredDate.score).toBe(0.5);
		expect(fieldsOf(recordWith({ date: { value: '2031-10-24', precision: 'day', inferred: true } }), visit).inferredDate.score).toBe(0.5);
	});

	it('has no month verdict when the truth has no date at all', () => {
		const score = scoreRecord(recordWith({ date: undefined }), truthWith({ inferred_date: null }), gazetteer);
		expect(score.fields.inferredDate.score).toBe(1);
		expect(score.inferredRightToMonth).toBeNull();
	});
});
