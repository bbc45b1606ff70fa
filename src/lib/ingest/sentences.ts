/** Sentence splitting for French press prose. */

/** A sentence and its offset in the paragraph. */
export interface Sentence {
	text: string;
	start: number;
}

/**
 * Splits a paragraph after ".", "!", "?" or "…" followed by a space and a capital, a digit or
 * an opening quote. splitSentences("Il a dit. Elle aussi.") → ["Il a dit.", "Elle aussi."]
 */
export function splitSentences(paragraph: string): Sentence[] {
	const sentences: Sentence[] = [];
	const boundary = /(?<=[.!?…][»"”]?)\s+(?=[\p{Lu}\p{N}«"“])/gu;
	let start = 0;
	for (const found of paragraph.matchAll(boundary)) {
		sentences.push({ text: paragraph.slice(start, found.index), start });
		start = found.index + found[0].length;
	}
	if (start < paragraph.length) sentences.push({ text: paragraph.slice(start), start });
	return sentences.filter((sentence) => sentence.text.trim() !== '');
}
