/** The scorer of a whole record: every field at once, records absent today, and the outcome of running the ingest. Invented records and truths only: the corpus is third-party. */
import { describe, expect, it } from 'vitest';
import { outcomeOf, runIngest } from '../../../../src/lib/eval/run-ingest.ts';
import { scoredFields } from '../../../../src/lib/eval/record-under-test.ts';
import { scoreRecord } from '../../../../src/lib/eval/score-record.ts';
import { gazetteer, recordWith, truthWith } from './invented-scoring.ts';

describe('a perfect record', () => {
	it('scores 1 on every field, and its mean is 1', () => {
		const score = scoreRecord(recordWith(), truthWith(), gazetteer);
		for (const field of scoredFields) expect(score.fields[field].score, field).toBe(1);
		expect(score.mean).toBe(1);
		expect(score.falseStatedDate).toBe(false);
		expect(score.inferredRightToMonth).toBe(true);
	});
});

describe('records absent today', () => {
	it('a record with only some fields is scored without crashing', () => {
		const score = scoreRecord({ date: { value: '2031-05-14', precision: 'day', inferred: true } }, truthWith());
		expect(score.fields.inferredDate.score).toBe(1);
		expect(score.fields.participantsRecall.score).toBe(0);
		expect(score.fields.kind.score).toBe(0);
	});

	it('a refusal or a crash has no record and scores 0 everywhere, even where silence would be right', () => {
		const score = scoreRecord(undefined, truthWith({ place: null }));
		for (const field of scoredFields) expect(score.fields[field]).toEqual({ score: 0, explanation: 'no record' });
		expect(score.falseStatedDate).toBe(false);
		expect(score.inferredRightToMonth).toBe(false);
	});
});

describe('running the ingest', () => {
	it('classifies today\'s result shapes and the coming ones', () => {
		expect(outcomeOf({ ok: false, problems: [{ message: 'no date found', fix: 'pass --year' }] })).toEqual({ status: 'refusal', problems: ['no date found (fix: pass --year)'] });
		expect(outcomeOf({ ok: true, parsed: { record: { participants: [] } } })).toEqual({ status: 'record', record: { participants: [] }, problems: [] });
		expect(outcomeOf({ ok: true, record: { participants: [] }, warnings: ['weekday only'] })).toEqual({ status: 'record', record: { participants: [] }, problems: ['weekday only'] });
		expect(outcomeOf(undefined).status).toBe('crash');
	});

	it('turns a thrown error into a crash instead of stopping the run', () => {
		const outcome = runIngest(() => {
			throw new TypeError('cannot read properties of undefined');
		});
		expect(outcome).toEqual({ status: 'crash', error: 'TypeError: cannot read properties of undefined' });
	});
});
