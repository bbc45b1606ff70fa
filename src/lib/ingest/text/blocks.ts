/**
 * Splits a raw press text into blocks. Two layouts occur: blocks separated by blank lines, with
 * a header of tags ("Kirghizistan", "Asie Centrale") and a byline at the end; and one paragraph
 * per line with no header at all. Lines that are not the body (publication and update stamps,
 * credits, photo captions, links to other articles) keep their place but get no paragraph id.
 */
import { hasTrailingPhotoCredit, isPhotoCredit, lineKind } from './line-kinds.ts';
import { collapseSpaces, fold } from './normalize.ts';
import { splitSentences } from './sentences.ts';

/** What a block is: header, body paragraph, byline, or a line of the page that is not the body. */
export type BlockKind = 'tag' | 'title' | 'paragraph' | 'byline' | 'dateline' | 'update' | 'credit' | 'caption' | 'link';

/** A block of a press text. Body paragraphs get stable ids "p1", "p2"… in order. */
export interface Block {
	id: string | null;
	kind: BlockKind;
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

/** Words that report what someone said: a body paragraph has them, a caption does not. */
const reportingWords = /(?<![\p{L}])(?:a|ont|avait|avaient) (?:declare|indique|affirme|souligne|annonce|precise|estime|ajoute|explique|rappele|note|assure)|(?<![\p{L}])a-t-(?:il|elle) (?:dit|declare|indique|ajoute|precise|souligne)|(?<![\p{L}])selon(?![\p{L}])/u;

/**
 * True for a photo caption: one short sentence (25 words at most, its credit aside) that reports
 * no one's words, followed by a photo credit or ending with its own. A full paragraph before a
 * "Photo : …" line stays body text, so its facts are kept.
 */
function isCaption(text: string, next: string | undefined): boolean {
	const withoutCredit = text.replace(/\([^()]*\)\s*\|?\s*$/u, '').trim();
	if (withoutCredit.split(' ').length > 25 || splitSentences(withoutCredit).length > 1) return false;
	if (reportingWords.test(fold(withoutCredit))) return false;
	return hasTrailingPhotoCredit(text) || (next !== undefined && isPhotoCredit(next));
}

/** The kinds of the lines that are not the body, by position: null for body, header and byline. */
function nonBodyKinds(raw: RawBlock[]): (BlockKind | null)[] {
	const kinds: (BlockKind | null)[] = raw.map((block) => lineKind(block.text));
	const firstText = kinds.findIndex((kind) => kind === null);
	raw.forEach((block, index) => {
		// The lead is never a caption, even when a photo credit follows it.
		if (kinds[index] === null && index > firstText && isCaption(block.text, raw[index + 1]?.text)) kinds[index] = 'caption';
	});
	return kinds;
}

/**
 * Classifies the blocks of a normalised text.
 * splitBlocks("Asie\n\nLe 3 mai 2024, A a vu B.\n\nJean Dupont") →
 * [tag "Asie", paragraph p1, byline "Jean Dupont"]
 */
export function splitBlocks(text: string): Block[] {
	const raw = splitRawBlocks(text);
	const kinds = nonBodyKinds(raw);
	const isText = (index: number) => kinds[index] === null;
	const lastText = kinds.findLastIndex((kind) => kind === null);
	// The header runs over short lines and stamp or credit lines, leaving at least one text block for the body.
	let firstBody = 0;
	while (firstBody < lastText && (!isText(firstBody) || isHeading(raw[firstBody]!.text, 12))) firstBody++;
	const headerText = raw.slice(0, firstBody).flatMap((_, index) => (isText(index) ? [index] : []));
	const titleIndex = headerText.at(-1);
	let byline = -1;
	if (lastText > firstBody && isByline(raw[lastText]!.text)) byline = lastText;

	let paragraphNumber = 0;
	return raw.map((block, index): Block => {
		const { text: blockText, line } = block;
		const kind = kinds[index];
		if (kind) return { id: null, kind, text: blockText, line };
		if (index < firstBody) {
			// Short header lines are tags; a longer one just before the body is a title.
			const isTitle = index === titleIndex && blockText.split(' ').length > 3;
			return { id: null, kind: isTitle ? 'title' : 'tag', text: blockText, line };
		}
		if (index === byline) return { id: null, kind: 'byline', text: blockText, line };
		paragraphNumber++;
		return { id: `p${paragraphNumber}`, kind: 'paragraph', text: blockText, line };
	});
}
