/**
 * Text normalisation for matching. Matching runs on a folded copy of the text (lower case, no
 * accents, one kind of apostrophe, quote, dash and space) while display keeps the original, so
 * the folded copy carries a map back to original offsets.
 */

/** A folded text and, for each of its characters, the offset of the original character. */
export interface FoldedText {
	folded: string;
	toOriginal: number[];
}

const apostrophes = /[\u2018\u2019\u02BC\u02BB\u0060\u00B4]/;
const quotes = /[\u00AB\u00BB\u201C\u201D\u201E\u2039\u203A]/;
const dashes = /[\u2010-\u2015\u2212-]/;
const spaces = /[\s\u00A0\u202F\u2007\u2009]/;
const ligatures: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/** Folds one character: "É" → "e", "’" → "'", "«" → "\"", "–" → " ", "œ" → "oe". */
export function foldCharacter(character: string): string {
	if (apostrophes.test(character)) return "'";
	if (quotes.test(character)) return '"';
	// Dashes become spaces so that "Nur-Sultan" and "Nur Sultan" match alike.
	if (dashes.test(character) || spaces.test(character)) return ' ';
	const lower = character.toLowerCase();
	if (lower in ligatures) return ligatures[lower]!;
	return lower.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Folds a whole text, keeping the offset map: foldText("É  b") → { folded: "e b", toOriginal: [0, 1, 3] }. */
export function foldText(text: string): FoldedText {
	let folded = '';
	const toOriginal: number[] = [];
	let offset = 0;
	for (const character of text) {
		let replacement = foldCharacter(character);
		// One space stands for any run of spaces, so that "a  b" matches "a b".
		if (replacement === ' ' && (folded.endsWith(' ') || folded === '')) replacement = '';
		folded += replacement;
		for (let index = 0; index < replacement.length; index++) toOriginal.push(offset);
		offset += character.length;
	}
	return { folded, toOriginal };
}

/** Folds a text for comparison only: fold("Kirghizstan–Ouzbékistan") → "kirghizstan ouzbekistan". */
export function fold(text: string): string {
	return foldText(text).folded.replace(/ +/g, ' ').trim();
}

/**
 * Turns a hyphen between two digits into a dot, keeping every offset: folding makes dashes
 * spaces, which would hide the date of a stamp such as "06-01-2022". A dot is safe: "3-1" becomes
 * "3.1", which no reader takes for a date without a year.
 * keepDigitHyphens("06-01-2022 | 08:15") → "06.01.2022 | 08:15"
 */
export function keepDigitHyphens(text: string): string {
	return text.replace(/(?<=\d)[-\u2010\u2011\u2013](?=\d)/gu, '.');
}

/** Normalises display text: NFC, CRLF and CR to LF, no byte-order mark. */
export function normalizeRawText(text: string): string {
	return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}

/** Collapses runs of spaces inside a line: "a \u00A0 b" → "a b" (keeps non-breaking spaces alone). */
export function collapseSpaces(text: string): string {
	return text.replace(/[ \t]+/g, ' ').trim();
}

/** Levenshtein distance: editDistance("toktosunov", "toktossunov") → 1. */
export function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		previous = current;
	}
	return previous[b.length]!;
}
