/** The kind field of the scorer. Invented records and truths only: the corpus is third-party. */
import { describe, expect, it } from 'vitest';
import { kindOfTruth } from '../../../../../src/lib/eval/ground-truth.ts';
import { scoreRecord } from '../../../../../src/lib/eval/score-record.ts';
import { fieldsOf, recordWith, truthWith } from '../invented-scoring.ts';

describe('kind', () => {
	it('reads an explicit kind field first', () => {
		expect(kindOfTruth({ kind: 'arrival', notes: 'An ANNOUNCEMENT.' })).toBe('arrival');
	});

	it('reads the notes\' sentences that describe the text, in the order announcement, arrival, virtual, multilateral', () => {
		expect(kindOfTruth({ notes: 'Date: only a weekday. An ANNOUNCEMENT of a tour of three capitals.' })).toBe('announced-visit');
		expect(kindOfTruth({ notes: 'An arrival report: leaders land for the summit.' })).toBe('arrival');
		expect(kindOfTruth({ notes: 'Invented. A VIRTUAL meeting by video link.' })).toBe('virtual-meeting');
		expect(kindOfTruth({ notes: 'A collective meeting: one host, four guests.' })).toBe('multilateral-meeting');
		expect(kindOfTruth({ notes: 'A multilateral summit of the council.' })).toBe('multilateral-meeting');
	});

	it('ignores cue words outside a describing sentence: a summit mentioned in passing is still a meeting', () => {
		expect(kindOfTruth({ notes: 'The only city is the venue of a FUTURE summit (trap). Place: null.' })).toBe('meeting');
		expect(kindOfTruth({ notes: '' })).toBe('meeting');
	});

	it('scores record.reports against it, and an absent kind as not answered', () => {
		const announcement = truthWith({ notes: 'An ANNOUNCEMENT.' });
		expect(fieldsOf(recordWith({ reports: 'announced-visit' }), announcement).kind.score).toBe(1);
		expect(fieldsOf(recordWith({ reports: 'meeting' }), announcement).kind.score).toBe(0);
		expect(fieldsOf(recordWith({ reports: undefined }), announcement).kind).toMatchObject({ score: 0, explanation: expect.stringContaining('no kind') });
		expect(scoreRecord(recordWith(), announcement).truthKind).toEqual({ kind: 'announced-visit', from: 'notes' });
	});
});
