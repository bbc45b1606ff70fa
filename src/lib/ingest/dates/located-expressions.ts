/**
 * Every date expression of a wire text with where it stands: its block (a paragraph, or a stamp
 * line), its sentence, and its role there (the publication or update stamp, the wire dateline's
 * filing day, an announcement day, another event, or a candidate for the meeting).
 */
import { type Block, type BlockKind, findWireDateline, fold, isUpdateLine, splitSentences } from '../text/index.ts';
import { findDateExpressions, type DateExpression } from './date-expressions.ts';

/** What an expression is taken to date; "dateline" is the filing day of a wire dateline opening the lead. */
export type ExpressionRole = 'publication' | 'update' | 'dateline' | 'announcement' | 'other-event' | 'meeting' | 'other';

/** A date expression with where it is: its block (paragraph id, or null for a stamp line), line and sentence. */
export interface LocatedExpression extends DateExpression {
	blockKind: BlockKind;
	paragraph: string | null;
	line: number;
	/** The sentence that holds it (the whole line for a stamp). */
	sentence: string;
	role: ExpressionRole;
	/** The wire dateline that holds it, as written: "BEIJING, 26 mai (Xinhua) --". */
	dateline?: string;
}

/** A sentence of the body, with its paragraph and whether it leads the text. */
export interface BodySentence {
	text: string;
	paragraph: string;
	line: number;
	isLead: boolean;
}

/** A verb that tells of an announcement; the days near it date the announcement. */
const announcementVerb = /annonc|fait savoir|confirm[ée]|rapport[ée]|communiqu[ée]/giu;
/** Words that tie a date to another, earlier event: "après son déplacement en mai 2024", "créée en 2001". */
const otherEventWord = /(?<![\p{L}])(?:apres|depuis|avant|anniversaire|creee?s?|fondee?s?|lancement|lancee?|precedent|precedente|dernier deplacement|derniere visite|etablie?s?)(?![\p{L}])/u;
/** Verbs and words of things to come: "se rendra", "effectuera", "devrait", "prochaine". */
export const futureCue = /(?<![\p{L}])(?:[\p{L}]{3,}(?:era|ira|dra|tra)(?:it|ient)?|[\p{L}]{2,}(?:eront|iront|dront)|devrai?t|devraient|doit|doivent|prochaine?s?|attendue?s?|a venir)(?![\p{L}])/u;

/** The sentences of the body paragraphs, the lead first. */
export function bodySentences(blocks: Block[]): BodySentence[] {
	const paragraphs = blocks.filter((block) => block.kind === 'paragraph' && block.id !== null);
	return paragraphs.flatMap((block, index) =>
		splitSentences(block.text).map((sentence, sentenceIndex) => ({ text: sentence.text, paragraph: block.id!, line: block.line, isLead: index === 0 && sentenceIndex === 0 })),
	);
}

/** The role of an expression within its sentence: the announcement day, another event, or a candidate. */
function roleInSentence(expression: DateExpression, sentence: string): ExpressionRole {
	for (const verb of sentence.matchAll(announcementVerb)) {
		const verbEnd = verb.index + verb[0].length;
		const after = sentence.slice(verbEnd, expression.index);
		if (expression.index >= verbEnd && expression.index - verbEnd < 80 && !/\bqu(?:e\b|')/u.test(after)) return 'announcement';
		// "Le 20 octobre, le porte-parole a annoncé que …": the reported content follows "que".
		const governs = /^\p{L}*\s+qu(?:e\b|')/u.test(sentence.slice(verb.index));
		if (expression.index < verb.index && governs && !/\bqu(?:e\b|')/u.test(sentence.slice(expression.index, verb.index))) return 'announcement';
	}
	const clauseStart = Math.max(sentence.lastIndexOf(',', expression.index), sentence.lastIndexOf(';', expression.index), sentence.lastIndexOf('(', expression.index), 0);
	if (otherEventWord.test(fold(sentence.slice(clauseStart, expression.index + expression.written.length)))) return 'other-event';
	return 'other';
}

/** The role of a stamp line's expression: a "Mis à jour le …" part of "Publié le … | Mis à jour le …" is an update. */
function stampRole(expression: DateExpression, block: Block): ExpressionRole {
	if (block.kind === 'update') return 'update';
	const segmentStart = block.text.lastIndexOf('|', expression.index) + 1;
	const segmentEnd = block.text.indexOf('|', expression.index + expression.written.length);
	return isUpdateLine(block.text.slice(segmentStart, segmentEnd === -1 ? undefined : segmentEnd)) ? 'update' : 'publication';
}

/**
 * Finds every expression of the body (with its role in its sentence) and of the stamp lines. The
 * day of a wire dateline opening the lead ("BEIJING, 26 mai (Xinhua) --") is the filing day.
 */
export function locateDateExpressions(blocks: Block[]): LocatedExpression[] {
	const found: LocatedExpression[] = [];
	const lead = blocks.find((block) => block.kind === 'paragraph' && block.id !== null);
	for (const block of blocks) {
		if (block.kind === 'dateline' || block.kind === 'update') {
			for (const expression of findDateExpressions(block.text)) {
				found.push({ ...expression, blockKind: block.kind, paragraph: null, line: block.line, sentence: block.text, role: stampRole(expression, block) });
			}
		}
		if (block.kind !== 'paragraph' || block.id === null) continue;
		for (const [sentenceIndex, sentence] of splitSentences(block.text).entries()) {
			const dateline = block === lead && sentenceIndex === 0 ? findWireDateline(sentence.text) : null;
			for (const expression of findDateExpressions(sentence.text)) {
				const inDateline = dateline !== null && expression.index < dateline.end;
				const role = inDateline ? 'dateline' : roleInSentence(expression, sentence.text);
				found.push({ ...expression, blockKind: 'paragraph', paragraph: block.id, line: block.line, sentence: sentence.text, role, ...(inDateline ? { dateline: dateline.written } : {}) });
			}
		}
	}
	return found;
}
