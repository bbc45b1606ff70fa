/**
 * Paragraphs that are not the article's prose: photo captions, photo and source credits, and
 * in-body links to other articles (">> …"). A pasted web article keeps them, but what they
 * name is not what the article reports.
 */
import type { AnalysedParagraph } from './types.ts';

/** Why a paragraph is set aside. */
export type AsideKind = 'caption' | 'credit' | 'link-line';

const linkLine = /^(?:>>|»\s|→|(?:À|A) lire aussi\b|Lire aussi\b)/iu;
// "Photo : Xinhua/VNA/CVN", "(Xinhua/Zhou Mu)", "( Xinhua )", "Source", "Sources : RFE/RL".
const creditLine = /^\(?\s*(?:(?:photos?|sources?|crédits?(?: photo)?|rédacteurs?)\s*(?::|$)|[\p{L}.-]+(?:\s*\/\s*[\p{L}. -]+)+\s*\)?$|[\p{L}.-]+\s*\)$)/iu;
const photoCredit = /^\(?\s*(?:photos?|crédits? photo)\s*:/iu;
const captionMarker = /\((?:\s*(?:photo|source|crédit)s?\s*:)|\bphoto\s*:|©|\|\s*$/iu;

/** True for a credit line: isCredit("Photo : Xinhua/VNA/CVN") → true. */
export function isCredit(text: string): boolean {
	return text.split(/\s+/).length <= 8 && creditLine.test(text.trim());
}

/**
 * The paragraphs to set aside, by id: a link line, a credit, or a caption (a paragraph that
 * carries a photo or source credit, or that a photo credit follows).
 * findAsides([p1 "Li prend la parole.", p2 "Photo : Xinhua"]) → Map { p1 → caption, p2 → credit }
 */
export function findAsides(paragraphs: AnalysedParagraph[]): Map<string, AsideKind> {
	const asides = new Map<string, AsideKind>();
	paragraphs.forEach((paragraph, index) => {
		const text = paragraph.text.trim();
		const next = paragraphs[index + 1]?.text.trim() ?? '';
		if (linkLine.test(text)) asides.set(paragraph.id, 'link-line');
		else if (isCredit(text)) asides.set(paragraph.id, 'credit');
		else if (captionMarker.test(text) || photoCredit.test(next)) asides.set(paragraph.id, 'caption');
	});
	return asides;
}
