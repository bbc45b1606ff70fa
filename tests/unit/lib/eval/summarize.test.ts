/** The figures of a corpus and its goals. Invented records and truths only: the corpus is third-party. */
import { describe, expect, it } from 'vitest';
import { scoreText } from '../../../../src/lib/eval/score-record.ts';
import { summarize } from '../../../../src/lib/eval/summarize.ts';
import { gazetteer, recordWith, truthWith } from './invented-scoring.ts';

describe('the corpus summary', () => {
	const texts = [
		scoreText('01', { status: 'record', record: recordWith(), problems: [] }, truthWith(), gazetteer),
		scoreText('02', { status: 'record', record: recordWith({ date: { value: '2031-05-16', precision: 'day', inferred: false } }), problems: [] }, truthWith(), gazetteer),
		scoreText('03', { status: 'refusal', problems: ['no date found'] }, truthWith(), gazetteer),
		scoreText('04', { status: 'crash', error: 'RangeError: boom' }, truthWith({ date: '2031-05-14', date_precision: 'day' }), gazetteer),
	];
	const summary = summarize(texts);

	it('counts records, refusals, crashes and false stated dates', () => {
		expect(summary).toMatchObject({ texts: 4, records: 2, refusals: 1, crashes: 1, falseStatedDates: 1 });
		expect(texts[3]!.messages).toEqual(['RangeError: boom']);
	});

	it('counts the month goal over the texts whose date is only inferred', () => {
		expect(summary.inferredRightToMonth).toEqual({ count: 2, of: 3 });
	});

	it('averages the field scores over every text, refusals and crashes as 0', () => {
		expect(summary.meanFieldScore).toBe(Number(((1 + texts[1]!.score.mean) / 4).toFixed(3)));
		expect(summary.fieldMeans.kind).toBe(0.5);
	});

	it('checks each goal', () => {
		expect(summary.goals.map((goal) => [goal.name, goal.isMet])).toEqual([
			['a record for every text', false],
			['mean field score', false],
			['inferred date right at least to the month', false],
			['dates claimed as stated that the text does not state', false],
			['crashes', false],
		]);
		expect(summarize(texts.slice(0, 1)).goals.every((goal) => goal.isMet)).toBe(true);
	});
});
