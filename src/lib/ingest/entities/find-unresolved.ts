/**
 * Reports capitalised names that look like people or places but that the gazetteer does not
 * know, with their paragraph, so that a curator can add them. Nothing is silently dropped.
 */
import { termToPattern, type AnalysedParagraph } from '../gazetteer/index.ts';
import { fold, foldText } from '../text/index.ts';
import type { Unresolved } from '../../../schemas/meeting.ts';

// Capitalised words that start sentences or phrases rather than name anything.
const functionWords = new Set(
	[
		'le', 'la', 'les', "l'", 'un', 'une', 'des', 'de', 'du', "d'", 'en', 'au', 'aux', 'ce', 'cet', 'cette', 'ces',
		'il', 'ils', 'elle', 'elles', 'on', 'nous', 'sous', 'selon', 'pour', 'par', 'dans', 'avec', 'sur', 'lors',
		'apres', 'avant', 'depuis', 'mais', 'et', 'ou', 'son', 'sa', 'ses', 'leur', 'leurs', 'tout', 'tous', 'toute',
		'toutes', 'a', 'si', 'comme', 'enfin', 'ainsi', 'cependant', 'pourtant', 'outre', 'hier', 'aujourd\'hui',
		'demain', 'entre', 'vers', 'chez', 'dont', 'quant', 'lorsque', 'alors', 'plus', 'notamment', 'parmi', "j'", 'je',
		// Civilities and titles that wire copy capitalises before a name ("M. Li", "le Premier ministre", "le Président Xi").
		'm', 'mme', 'mm', 'mlle', 'monsieur', 'madame', 'premier', 'premiere', 'premiers', 'president', 'presidente', 'presidents', 'vice-premier',
		'vice-president', 'ministre', 'secretaire', 'general', 'chef', 'ambassadeur', 'ambassadrice',
	],
);

/** A run of capitalised words, maybe joined by "de", "du", "la": "Kassym-Jomart Tokaïev". A capital inside a word ("iPhone") starts no name. */
export const capitalisedRun = /(?<![\p{L}\p{N}_])\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:(?:de|du|des|la|le|d['’])\s*)?\p{Lu}[\p{L}\p{N}'’-]*)*/gu;

/** Drops leading function words: stripFunctionWords("La Suisse") → { text: "Suisse", skipped: 3 }. */
export function stripFunctionWords(run: string): { text: string; skipped: number } {
	let skipped = 0;
	let rest = run;
	for (;;) {
		const found = /^([\p{L}]+['’]?)(?:\s+|$|(?<=['’]))/u.exec(rest);
		if (!found || !functionWords.has(fold(found[1]!))) break;
		skipped += found[0].length;
		rest = rest.slice(found[0].length);
	}
	return { text: rest, skipped };
}

/** The capitalised names in a paragraph that overlap no known span and no "not a name" entry. */
export function findUnresolved(
	paragraph: AnalysedParagraph,
	knownSpans: { start: number; end: number }[],
	notNames: string[],
	alreadyFound: Unresolved[] = [],
	/** Names the text uses that are known otherwise: gazetteer entries as written, countries of the nationality lexicon. */
	knownNames: string[] = [],
): Unresolved[] {
	const knownWords = knownNames.map((name) => fold(name).split(/\s+/));
	const { folded, toOriginal } = foldText(paragraph.text);
	const ignoredSpans = notNames.flatMap((name) =>
		[...folded.matchAll(new RegExp(termToPattern(name), 'gu'))].map((found) => ({
			start: toOriginal[found.index]!,
			end: toOriginal[found.index + found[0].length - 1]! + 1,
		})),
	);
	const found: Unresolved[] = [];
	for (const run of paragraph.text.matchAll(capitalisedRun)) {
		const { text, skipped } = stripFunctionWords(run[0]);
		// What is left must start with a capital: "l'autre" is no name, nor the "an" of "Xi'an".
		if (text === '' || !/^\p{Lu}/u.test(text)) continue;
		const start = run.index + skipped;
		const end = start + text.length;
		if ([...knownSpans, ...ignoredSpans].some((span) => start < span.end && end > span.start)) continue;
		// A name already reported or known, or a part of one ("Smailov" after "Alikhan Smailov",
		// "Wang" after "Wang Yi"), is that person again.
		const words = fold(text).split(/\s+/);
		const names = [...[...alreadyFound, ...found].map((other) => fold(other.name).split(/\s+/)), ...knownWords];
		if (names.some((name) => words.every((word) => name.includes(word)))) continue;
		// A sentence may open on a participle ("Soulignant que…", "Créée en 2001, …") or an adverb
		// ("Actuellement, …", "Parallèlement"): a verb or an adverb, not a name. "Clément" is too short to be one.
		const opensSentence = /(?:^|[.!?»]\s+)$/u.test(paragraph.text.slice(0, start));
		if (words.length === 1 && opensSentence && (/(?:ant|ee?s?)$/.test(words[0]!) || (words[0]!.length >= 9 && /(?:ement|emment|amment)$/.test(words[0]!)))) continue;
		// An initial ("Ch. Mirziyoev") is part of a name written in full elsewhere.
		if (words.length === 1 && words[0]!.length <= 2 && paragraph.text[end] === '.') continue;
		const isAfterA = /(?:^|\s)à\s$/u.test(paragraph.text.slice(Math.max(0, start - 3), start));
		// Capitals and digits alone ("G20", "BRICS", "OTSC") are how French writes an organisation's acronym.
		const isAcronym = /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(text) && /\p{N}|^\p{Lu}{3,}$/u.test(text);
		found.push({ name: text, reason: isAcronym ? 'unknown-organisation' : isAfterA ? 'unknown-place' : 'unknown-name', paragraph: paragraph.id, line: paragraph.line });
	}
	return found;
}
