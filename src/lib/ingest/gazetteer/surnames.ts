/**
 * A person named once in full is then named by one word of that name: "Wang Yi … M. Wang a
 * indiqué", "Sadyr Japarov … le président Japarov". Wire copy also names a well-known person by
 * surname alone behind a civility or a title ("M. Xi a rappelé"). These resolve to the person, so
 * that the atlas needs no alias per surname.
 */
import { editDistance, fold } from '../text/index.ts';
import type { AnalysedParagraph } from './analysed-paragraph.ts';
import type { GazetteerEntry, Match } from './gazetteer.ts';

/** A capitalised word, hyphens and apostrophes inside it: "Japarov", "Xi'an", "Jeenbek-uulu". */
const capitalisedWord = /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}'’-]*(?![\p{L}\p{N}'’-])/gu;
/** A civility or a title right before a name, over folded text: "M.", "Mme", "le président", "le ministre". */
const titleBefore = /(?:^|[^\p{L}])(?:m|mme|mm|mlle|president|presidente|ministre|premier ministre|vice premier ministre|vice president|chef de la diplomatie|homologue|secretaire general)\.?$/u;

/** The words a person goes by alone: the first and last words of their names of two words or more. */
function nameWords(entry: GazetteerEntry): Set<string> {
	const names = [entry.name.fr, entry.name.en, ...entry.aliases].map((name) => name.trim().split(/\s+/).map(fold)).filter((words) => words.length >= 2);
	return new Set(names.flatMap((words) => [words[0]!, words.at(-1)!]));
}

/** The one person among `people` who goes by this word, else none. */
function onlyPerson(word: string, people: GazetteerEntry[]): GazetteerEntry | undefined {
	const found = people.filter((person) => nameWords(person).has(fold(word)));
	return found.length === 1 ? found[0] : undefined;
}

/**
 * Adds to each paragraph a match for every word that names a person by one word of their name:
 * a person the text has named in full (the only one who goes by that word), or, behind a civility
 * or a title, the only person of the gazetteer who does. A word inside an existing match is left.
 * withSurnames([p("Wang Yi a vu B."), p("M. Wang a indiqué que…")], entries) → the second gets wang-yi "Wang"
 */
export function withSurnames(paragraphs: AnalysedParagraph[], entries: GazetteerEntry[]): AnalysedParagraph[] {
	const people = entries.filter((entry) => entry.collection === 'actors' && entry.kind === 'person');
	const namedInFull = new Map(paragraphs.flatMap((paragraph) => paragraph.matches).filter((match) => people.includes(match.entry)).map((match) => [match.entry.id, match.entry]));
	return paragraphs.map((paragraph) => {
		const added: Match[] = [];
		for (const found of paragraph.text.matchAll(capitalisedWord)) {
			const [start, end] = [found.index, found.index + found[0].length];
			if (paragraph.matches.some((match) => start < match.end && end > match.start)) continue;
			const titled = titleBefore.test(fold(paragraph.text.slice(Math.max(0, start - 30), start)));
			const person = onlyPerson(found[0], [...namedInFull.values()]) ?? (titled ? onlyPerson(found[0], people) : undefined);
			if (person) added.push({ entry: person, start, end, written: found[0] });
		}
		return added.length === 0 ? paragraph : { ...paragraph, matches: [...paragraph.matches, ...added].sort((a, b) => a.start - b.start) };
	});
}

/** How many edits a spelling of this length tolerates: none below 5 letters ("Li" is not "Lu"), 1 up to 9, 2 beyond. */
const toleratedEdits = (length: number) => (length < 5 ? 0 : length < 10 ? 1 : 2);

/**
 * The one person of the gazetteer that a name the gazetteer lacks is probably another spelling
 * of: its last word within a few edits of the first or last word of one of the person's names.
 * personSpelledLike("M. Kouloubaïev", entries) → jeenbek-kulubaev (who has "Kouloubaev"); none when two persons fit.
 */
export function personSpelledLike(name: string, entries: GazetteerEntry[]): GazetteerEntry | undefined {
	const last = fold(name.trim().split(/\s+/).at(-1) ?? '');
	if (last.length < 3) return undefined;
	const people = entries.filter((entry) => entry.collection === 'actors' && entry.kind === 'person');
	const close = people.filter((person) => [...nameWords(person), ...[person.name.fr, person.name.en, ...person.aliases].map(fold)].some((word) => editDistance(word, last) <= toleratedEdits(Math.max(word.length, last.length))));
	return close.length === 1 ? close[0] : undefined;
}
