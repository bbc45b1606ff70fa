/** The choice of the expression that dates the meeting among all those of a text. */
import { type Block, fold, isMeetingSentence, splitSentences } from '../text/index.ts';
import type { DateExpression } from './date-expressions.ts';
import { bodySentences, futureCue, type LocatedExpression } from './located-expressions.ts';

/** What reports the visit or event itself, besides the meeting cues. */
const eventCue = /(?<![\p{L}])(?:se rend\p{L}*|rendu|visite|arrive\p{L}*|atterri|s'est ouvert|s'ouvr\p{L}*|discute|s'est entretenu|recu|accueilli|sommet|effectu\p{L}*|particip\p{L}*|preside|s'est reuni)(?![\p{L}])/u;

const formRank: Record<DateExpression['form'], number> = { range: 6, date: 5, numeric: 5, weekday: 3, month: 2, relative: 1, year: 0 };

/** The best candidate of a sentence: not the announcement day, not another event. */
function bestOf(candidates: LocatedExpression[]): LocatedExpression | undefined {
	return candidates.filter((candidate) => candidate.role === 'other').sort((a, b) => formRank[b.form] - formRank[a.form] || a.index - b.index)[0];
}

/**
 * Picks the expression that dates the meeting: a date leading the first paragraph ("Le 24
 * janvier 2024, …"), else the first sentence that reports the meeting or leads the text and
 * holds a date. A word for next week is replaced by the dates a later sentence gives the visit.
 * A wire dateline's day is never the first kind: it dates the filing. It is picked only when the
 * lead it opens reports a past meeting and gives it no date at all (a same-day report).
 */
export function chooseMeetingExpression(blocks: Block[], expressions: LocatedExpression[]): LocatedExpression | null {
	const body = expressions.filter((expression) => expression.paragraph !== null);
	const firstParagraph = blocks.find((block) => block.kind === 'paragraph')?.id;
	const leading = body.find((expression) => expression.paragraph === firstParagraph && expression.role === 'other' && expression.index < 40 && ['date', 'numeric', 'range'].includes(expression.form) && expression.start.month !== undefined && expression.sentence === splitSentences(blocks.find((block) => block.id === firstParagraph)!.text)[0]?.text);
	if (leading) return leading;
	const sentences = bodySentences(blocks);
	for (const [position, sentence] of sentences.entries()) {
		const reportsEvent = isMeetingSentence(sentence.text) || eventCue.test(fold(sentence.text));
		if (!sentence.isLead && !reportsEvent) continue;
		const own = body.filter((expression) => expression.paragraph === sentence.paragraph && expression.sentence === sentence.text);
		const chosen = bestOf(own);
		if (!chosen) {
			const dateline = own.find((expression) => expression.role === 'dateline' && expression.start.day !== undefined);
			if (sentence.isLead && dateline && reportsEvent && !futureCue.test(fold(sentence.text))) return dateline;
			continue;
		}
		if (chosen.form === 'relative' && chosen.relative!.offset > 0 && chosen.relative!.unit !== 'year') {
			// "devrait se rendre au Kirghizistan la semaine prochaine" … "du 24 au 26 octobre".
			for (const later of sentences.slice(position + 1)) {
				if (!futureCue.test(fold(later.text))) continue;
				const precise = bestOf(body.filter((expression) => expression.paragraph === later.paragraph && expression.sentence === later.text && ['range', 'date'].includes(expression.form)));
				if (precise) return precise;
			}
		}
		return chosen;
	}
	return null;
}
