/**
 * Splits a raw press text into blocks. Two layouts occur: blocks separated by blank lines, with
 * a header of tags ("Kirghizistan", "Asie Centrale") and a byline at the end; and one paragraph
 * per line with no header at all.
 */
import { collapseSpaces } from './normalize.ts';

/** A block of a press text. Body paragraphs get stable ids "p1", "p2"… in order. */
export interface Block {
	id: string | null;
	kind: 'tag' | 'title' | 'paragraph' | 'byline';
	text: string;
	/** The 1-based line of the raw file where the block starts. */
	line: number;
}

interface RawBlock {
	text: string;
	line: number;
}

// A line ending like this continues or ends a sentence, so it is not a heading.
const terminalPunctuation = /[.!?…:;,»"”)]$/;

/** Splits normalised text into raw blocks: by blank lines when there are any, else by line. */
function splitRawBlocks(text: string): RawBlock[] {
	const lines = text.split('\n');
	const hasBlankLineBetweenText = /\S[^\n]*\n[ \t]*\n[ \t\n]*\S/.test(text);
	const blocks: RawBlock[] = [];
	let current: RawBlock | null = null;
	lines.forEach((line, index) => {
		const content = collapseSpaces(line);
		if (content === '') {
			current = null;
			return;
		}
		if (current && hasBlankLineBetweenText) {
			// Hard-wrapped paragraph: lines joined until the next blank line.
			current.text += ` ${content}`;
			return;
		}
		current = { text: content, line: index + 1 };
		blocks.push(current);
	});
	return blocks;
}

/** True for a short block without final punctuation: a tag, a title or a byline. */
function isHeading(text: string, maxWords: number): boolean {
	return !terminalPunctuation.test(text) && text.split(' ').length <= maxWords;
}

/** True for a byline: two to four capitalised words and nothing else ("Mathys Dionne"). */
function isByline(text: string): boolean {
	return isHeading(text, 4) && /^(?:\p{Lu}[\p{L}'’.-]*)(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u.test(text);
}

/**
 * Classifies the blocks of a normalised text.
 * splitBlocks("Asie\n\nLe 3 mai 2024, A a vu B.\n\nJean Dupont") →
 * [tag "Asie", paragraph p1, byline "Jean Dupont"]
 */
export function splitBlocks(text: string): Block[] {
	const raw = splitRawBlocks(text);
	let firstBody = 0;
	while (firstBody < raw.length - 1 && isHeading(raw[firstBody]!.text, 12)) firstBody++;
	let lastBody = raw.length - 1;
	if (lastBody > firstBody && isByline(raw[lastBody]!.text)) lastBody--;

	let paragraphNumber = 0;
	return raw.map((block, index): Block => {
		if (index < firstBody) {
			// Short header lines are tags; a longer one just before the body is a title.
			const isTitle = index === firstBody - 1 && block.text.split(' ').length > 3;
			return { id: null, kind: isTitle ? 'title' : 'tag', text: block.text, line: block.line };
		}
		if (index > lastBody) return { id: null, kind: 'byline', text: block.text, line: block.line };
		paragraphNumber++;
		return { id: `p${paragraphNumber}`, kind: 'paragraph', text: block.text, line: block.line };
	});
}
