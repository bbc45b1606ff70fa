/** How the scorer matches names: folded, tolerant of small misspellings, one to one, through every alias of a linked entry. */
import type { Gazetteer, GazetteerEntry } from '../../ingest/gazetteer/index.ts';
import { editDistance, fold } from '../../ingest/text/index.ts';
import type { MentionUnderTest } from '../record-under-test.ts';

/** Rounds a score to three decimals: round(2 / 3) → 0.667. */
export const round = (value: number) => Math.round(value * 1000) / 1000;
/** The plain mean, 0 for no values: mean([1, 0.5]) → 0.75. */
export const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length);

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
export function spellingsOf(mention: MentionUnderTest, entry: GazetteerEntry | undefined): string[] {
	return [mention.name, ...(entry ? [entry.name.fr, entry.name.en, ...entry.aliases] : [])];
}

/** The gazetteer entry a mention links to, if any. */
export function entryOf(gazetteer: Gazetteer | undefined, collection: GazetteerEntry['collection'], id: string | null | undefined): GazetteerEntry | undefined {
	if (!gazetteer || !id) return undefined;
	return gazetteer.entries.find((entry) => entry.collection === collection && entry.id === id);
}

/**
 * Matches truth items to record items one to one: exact pairs first, then tolerant ones, each
 * in order. Returns the number of pairs.
 */
export function countMatches<T>(truth: string[], record: T[], exact: (truth: string, item: T) => boolean, tolerant: (truth: string, item: T) => boolean): number {
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
export function setScores(matched: number, truthSize: number, recordSize: number): { recall: number; precision: number; f1: number } {
	if (truthSize === 0) {
		const precision = recordSize === 0 ? 1 : 0;
		return { recall: 1, precision, f1: precision };
	}
	if (recordSize === 0) return { recall: 0, precision: 0, f1: 0 };
	const recall = matched / truthSize;
	const precision = matched / recordSize;
	return { recall, precision, f1: recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision) };
}
