/** Sentence splitting for French press prose. */

/** A sentence and its offset in the paragraph. */
export interface Sentence {
	text: string;
	start: number;
}

// A title or an initial before a name ends with a period that ends no sentence: "M. Li", "A. Karimov",
// and the transliterated digraph initials "Ch.", "Sh.", "Zh.", "Kh." ("Li." at a sentence's end still ends it).
const abbreviationAtEnd = /(?:^|[\s(])(?:M|MM|Mme|Mlle|Dr|Pr|St|\p{Lu}|Ch|Sh|Zh|Kh|Ts|Dj)\.$/u;

/**
 * Splits a paragraph after ".", "!", "?" or "…" followed by a space and a capital, a digit or
 * an opening quote, but not after a title or an initial:
 * splitSentences("Il a dit. Elle aussi.") → ["Il a dit.", "Elle aussi."];
 * splitSentences("Il a vu M. Li. Puis rien.") → ["Il a vu M. Li.", "Puis rien."]
 */
export function splitSentences(paragraph: string): Sentence[] {
	const sentences: Sentence[] = [];
	const boundary = /(?<=[.!?…][»"”]?)\s+(?=[\p{Lu}\p{N}«"“])/gu;
	let start = 0;
	for (const found of paragraph.matchAll(boundary)) {
		const text = paragraph.slice(start, found.index);
		if (abbreviationAtEnd.test(text)) continue;
		sentences.push({ text, start });
		start = found.index + found[0].length;
	}
	if (start < paragraph.length) sentences.push({ text: paragraph.slice(start), start });
	return sentences.filter((sentence) => sentence.text.trim() !== '');
}
