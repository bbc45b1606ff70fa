/** How the scorer folds and matches names. Invented records and truths only: the corpus is third-party. */
import { describe, expect, it } from 'vitest';
import { foldName } from '../../../../../src/lib/eval/fields/matching.ts';
import { editDistance } from '../../../../../src/lib/ingest/text/normalize.ts';

describe('helpers', () => {
	it('fold names and measure edits', () => {
		expect(foldName('Ch. Mirzaïev-Khan')).toBe('ch mirzaiev khan');
		expect(foldName("l'Union des ports")).toBe('union des ports');
		expect(editDistance('toktosunov', 'toktossunov')).toBe(1);
		expect(editDistance('', 'abc')).toBe(3);
	});
});
