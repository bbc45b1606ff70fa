/**
 * Finds where the meeting took place: "à <Lieu>" in a sentence about the meeting, preferring
 * "a eu lieu à" / "s'est tenu à". The name is resolved through the places of the gazetteer.
 */
import { isMeetingSentence } from './cues.ts';
import { fold } from './normalize.ts';
import { splitSentences } from './sentences.ts';
import type { AnalysedParagraph, IngestProblem } from './types.ts';
import type { Mention } from '../../schemas/meeting.ts';

const placeAfterA = /(?<![\p{L}])à ((?:\p{Lu}[\p{L}'’]*)(?:[ -]\p{Lu}[\p{L}'’]*)*)/gu;
const venueCue = /a eu lieu|s'est tenue?|s'est deroulee?/u;

interface Candidate {
	name: string;
	offset: number;
	paragraph: AnalysedParagraph;
	isVenueSentence: boolean;
}

/** Every "à <Capitalised words>" in sentences about the meeting, in text order. */
function findCandidates(paragraphs: AnalysedParagraph[]): Candidate[] {
	return paragraphs.flatMap((paragraph) =>
		splitSentences(paragraph.text)
			.filter((sentence) => isMeetingSentence(sentence.text))
			.flatMap((sentence) =>
				[...sentence.text.matchAll(placeAfterA)].map((found) => ({
					name: found[1]!,
					offset: sentence.start + found.index + 2,
					paragraph,
					isVenueSentence: venueCue.test(fold(sentence.text)),
				})),
			),
	);
}

/** The meeting place, or a problem when the text names none. */
export function extractPlace(
	paragraphs: AnalysedParagraph[],
	source: string,
): { ok: true; place: Mention; line: number } | { ok: false; problems: IngestProblem[] } {
	const candidates = findCandidates(paragraphs);
	const chosen = candidates.find((candidate) => candidate.isVenueSentence) ?? candidates[0];
	if (!chosen) {
		return {
			ok: false,
			problems: [{
				message: 'no meeting place found: no "à <Lieu>" in a sentence about the meeting',
				fix: 'if the text names the venue otherwise, add that spelling to the place in content/places/; a meeting the text gives no venue for (a video call) cannot be published yet: keep its draft (--json)',
			}],
		};
	}
	const match = chosen.paragraph.matches.find(
		(candidate) => candidate.entry.collection === 'places' && candidate.start === chosen.offset,
	);
	return {
		ok: true,
		line: chosen.paragraph.line,
		place: {
			id: match?.entry.id ?? null,
			name: match?.written ?? chosen.name,
			cite: { source, paragraphs: [chosen.paragraph.id] },
		},
	};
}
