/**
 * Attributes positions and declarations to whoever holds or made them. A sentence with a verb
 * of speech ("a déclaré Wang Yi", "a-t-il ajouté", "X a souligné que") is a direct statement;
 * one whose subject is a party with a verb of stance ("le Kirghizistan soutient") is a reported
 * position. Pronouns ("Ils", "a-t-il") take the speakers of the sentence before.
 */
import { foldText, splitSentences, type Sentence } from '../text/index.ts';
import type { Match, AnalysedParagraph } from '../gazetteer/index.ts';
import type { Statement, Unresolved } from '../../../schemas/meeting.ts';

// Over folded text. Singular, plural and inverted forms: "a declare", "ont souligne", "a-t-il ajoute".
const speechVerb =
	/(?<![\p{L}])(?:a|ont)(?: t (?:il|elle))?(?: (?:pour sa part|pour leur part|egalement|aussi|encore|en outre|par ailleurs))? (?:declare|ajoute|indique|souligne|affirme|reaffirme|estime|note|assure|dit|insiste|precise|exprime|rappele|salue|appele)e?s?(?![\p{L}])/u;
const stanceVerb =
	/(?<![\p{L}])(?:soutient|soutiennent|s'oppose|s'opposent|(?:se )?consider(?:e|ent)|ont reaffirme|a reaffirme|ont convenu|a convenu|sont convenue?s|prevoi(?:t|ent)|s'engage(?:nt)?|est (?:prete?|disposee?)|sont (?:prete?s|disposee?s)|appelle(?:nt)?|rejette(?:nt)?|condamne(?:nt)?)(?![\p{L}])/u;
const jointSubject = /(?<![\p{L}])les deux (?:parties|pays|cotes|ministres|chefs de la diplomatie)(?![\p{L}])/u;
const pronounSubject = /(?<![\p{L}])(?:ils|elles|il|elle)(?: (?:se|s'|ont|a|sont|est))?\s*$/u;
const invertedPronoun = / t (?:il|elle)/u;
/** A civility between a verb of speech and the speaker's name: "a déclaré M. Wang". */
const civilityAfterVerb = /^ (?:M|MM|Mme|Mlle)\. /u;

interface VerbFound {
	kind: Statement['kind'];
	/** Offsets in the sentence's original text. */
	start: number;
	end: number;
	inverted: boolean;
}

/** The first verb of speech in a sentence, else the first verb of stance. */
function findVerb(sentence: string): VerbFound | null {
	const { folded, toOriginal } = foldText(sentence);
	const toOriginalEnd = (index: number) => (index >= toOriginal.length ? sentence.length : toOriginal[index]!);
	for (const [kind, pattern] of [['direct', speechVerb], ['reported', stanceVerb]] as const) {
		const found = pattern.exec(folded);
		if (found) {
			return {
				kind,
				start: toOriginal[found.index]!,
				end: toOriginalEnd(found.index + found[0].length),
				inverted: invertedPronoun.test(found[0]),
			};
		}
	}
	return null;
}

/** The actors named in a sentence, with offsets relative to the sentence. */
function actorsIn(paragraph: AnalysedParagraph, sentence: Sentence): Match[] {
	const end = sentence.start + sentence.text.length;
	return paragraph.matches
		.filter((match) => match.entry.collection === 'actors' && match.start >= sentence.start && match.end <= end)
		.map((match) => ({ ...match, start: match.start - sentence.start, end: match.end - sentence.start }));
}

/** The actors at the head of a sentence without a statement, kept to resolve a later "Ils". */
function leadingActors(sentence: string, actors: Match[]): string[] {
	const headEnd = sentence.split(' ').slice(0, 6).join(' ').length;
	return actors.filter((actor) => actor.start < headEnd).map((actor) => actor.entry.id);
}

/**
 * Who holds a statement: the pronoun's antecedent ("a-t-il ajouté", "Elles ont"), the name after
 * an inverted verb ("a déclaré Wang Yi"), else the subject of the verb's clause, else the subject
 * at the head of the sentence ("Les deux parties ont échangé …, et ont souligné").
 */
function resolveSpeakers(sentence: string, verb: VerbFound, actors: Match[], previous: string[], joint: string[]): string[] | { unknown: string } {
	if (verb.inverted) return previous;
	if (verb.kind === 'direct') {
		// "…, a déclaré Wang Yi", "a déclaré M. Wang": the name after the verb is the speaker, known or not.
		const gap = civilityAfterVerb.exec(sentence.slice(verb.end))?.[0].length ?? 1;
		const after = actors.find((actor) => actor.start >= verb.end && actor.start <= verb.end + gap);
		if (after) return [after.entry.id];
		const name = /^ (?:(?:M|MM|Mme|Mlle)\. )?(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*)/u.exec(sentence.slice(verb.end));
		if (name) return { unknown: name[1]! };
	}
	const before = sentence.slice(0, verb.start);
	const clauseStart = Math.max(0, before.lastIndexOf(', ') + 2);
	for (const start of [clauseStart, 0]) {
		const inSegment = actors.filter((actor) => actor.start >= start && actor.end <= verb.start);
		const folded = foldText(before.slice(start)).folded;
		if (start === clauseStart && inSegment.length > 0) return inSegment.map((actor) => actor.entry.id);
		if (jointSubject.test(folded)) return joint;
		if (pronounSubject.test(folded) && inSegment.length === 0) return previous;
	}
	const beforeVerb = actors.filter((actor) => actor.end <= verb.start);
	return beforeVerb.slice(-1).map((actor) => actor.entry.id);
}

/** Extracts the statements of a text; `jointSpeakers` stand for "les deux parties". */
export function extractStatements(
	paragraphs: AnalysedParagraph[],
	source: string,
	jointSpeakers: string[],
): { statements: Statement[]; unresolved: Unresolved[] } {
	const statements: Statement[] = [];
	const unresolved: Unresolved[] = [];
	let previousSpeakers: string[] = [];
	for (const paragraph of paragraphs) {
		for (const sentence of splitSentences(paragraph.text)) {
			const actors = actorsIn(paragraph, sentence);
			const verb = findVerb(sentence.text);
			if (!verb) {
				const leading = leadingActors(sentence.text, actors);
				if (leading.length > 0) previousSpeakers = leading;
				continue;
			}
			const resolved = resolveSpeakers(sentence.text, verb, actors, previousSpeakers, jointSpeakers);
			if ('unknown' in resolved || resolved.length === 0) {
				// A verb of speech with nobody known to attribute it to must not pass unnoticed.
				if (verb.kind === 'direct') {
					const name = 'unknown' in resolved ? resolved.unknown : sentence.text.slice(verb.start, verb.end);
					unresolved.push({ name, reason: 'unknown-speaker', paragraph: paragraph.id, line: paragraph.line });
				}
				previousSpeakers = [];
				continue;
			}
			const speakers = [...new Set(resolved)];
			previousSpeakers = speakers;
			statements.push({
				speakers,
				kind: verb.kind,
				verb: sentence.text.slice(verb.start, verb.end),
				text: sentence.text,
				cite: { source, paragraphs: [paragraph.id] },
			});
		}
	}
	return { statements, unresolved };
}
