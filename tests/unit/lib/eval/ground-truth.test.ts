/** The annotated ground truth files. Invented records and truths only: the corpus is third-party. */
import { describe, expect, it } from 'vitest';
import { parseGroundTruth } from '../../../../src/lib/eval/ground-truth.ts';
import { truthWith } from './invented-scoring.ts';

describe('the ground truth file', () => {
	it('accepts an annotated file and rejects a malformed interval', () => {
		const data = { ...truthWith(), source_url: 'https://example.org/x', topics: [], referenced_events: [] };
		expect(parseGroundTruth(data)).toMatchObject({ ok: true });
		const bad = parseGroundTruth({ ...data, inferred_date: '2031-10-24/27' });
		expect(bad).toMatchObject({ ok: false, problems: [expect.stringContaining('inferred_date')] });
	});
});
