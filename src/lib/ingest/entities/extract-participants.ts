/**
 * Finds the principals of the reported event, known to the gazetteer or not, from the shape of
 * the sentences that report it (classifyReport): the lead sentence, and for a visit, an arrival
 * or a summit the sentences that continue it ("à l'invitation de son homologue Y", "Y est
 * également arrivé", "Parmi ces dirigeants figurent …"). Spokespeople, quoted people, people
 * of other meetings and of captions are left out, with the reason. Spellings of one person are
 * merged; each participant gets the role the text gives them and a country, from the gazetteer,
 * the role's adjective ("président kirghize") or the country the role names.
 */
import type { Report, ReportSentence, ShapeKind } from '../report/index.ts';
import { adjectiveBefore, countryOfRole, findCountries } from './country-of-role.ts';
import { capitalisedRun, stripFunctionWords } from './find-unresolved.ts';
import { termToPattern, type Gazetteer, type Match, type AnalysedParagraph } from '../gazetteer/index.ts';
import { editDistance, fold, foldText, splitSentences } from '../text/index.ts';
import { findRole } from './roles.ts';
import type { Citation } from '../../../schemas/common.ts';
import type { Nationality } from '../../../schemas/nationality.ts';

/** A principal of the event. */
export interface Participant {
	/** The gazetteer entry, or null when the gazetteer does not know the person. */
	id: string | null;
	/** The name as written at its first full mention. */
	name: string;
	/** The role as written ("ancien président kirghiz"), or null. */
	role: string | null;
	/** ISO 3166-1 alpha-2 code, or null when nothing tells. */
	country: string | null;
	/** The paragraphs of the prose that name the person. */
	cite: Citation;
}

/** Why a person the text names is not a participant. */
export type LeftOutReason = 'spokesperson' | 'quoted' | 'other-meeting' | 'mentioned';

/** A person left out, where first seen. */
export interface LeftOut {
	name: string;
	reason: LeftOutReason;
	paragraph: string;
}

/** The participants of a text, the countries taking part, and who was left out. */
export interface ExtractedParticipants {
	participants: Participant[];
	/** The participants' countries, then those of the destination of a visit or arrival and of the members of a summit. */
	countries: string[];
	leftOut: LeftOut[];
}

/** One mention of a person in a sentence; offsets relative to the sentence. */
interface PersonMention {
	paragraph: string;
	sentence: string;
	/** The sentence's offset in its paragraph. */
	sentenceStart: number;
	start: number;
	end: number;
	written: string;
	entryId: string | null;
	/** A surname alone or after "M.": it refers to a full mention. */
	isShort: boolean;
}

interface Person {
	id: string | null;
	name: string;
	/** Folded full names, for matching other spellings. */
	spellings: string[];
	country: string | null;
	mentions: PersonMention[];
}

const honorific = /(?:^|[\s(])(?:M\.|MM\.|Mme|Mmes|Mlle)\s*$/u;
// People are not introduced by an article or a preposition of place ("le Grand Palais", "à Bichkek").
const introducesNoPerson = /(?:^|[\s(])(?:le|la|les|l['’]|un|une|du|des|au|aux|à|a|en|dans|vers|sur)\s*$/iu;
const nonNameWords = new Set(
	[
		'premier', 'premiere', 'premiers', 'president', 'presidente', 'ministre', 'ministres', 'etat', 'etats', 'parti', 'sommet',
		'forum', 'organisation', 'initiative', 'conseil', 'comite', 'assemblee', 'palais', 'republique', 'route', 'routes',
		'ceinture', 'jeux', 'grand', 'grande', 'nations', 'unies', 'union', 'banque', 'ministere', 'gouvernement', 'agence',
		'universite', 'fondation', 'institut', 'centre', 'cooperation', 'partenariat', 'declaration', 'accord', 'programme',
		'projet', 'nouvelles', 'quotidien', 'photo', 'source', 'sources', 'affaires', 'defense', 'conference', 'reunion',
		'parlement', 'senat', 'cour', 'armee', 'forces', 'federation', 'communaute', 'chambre', 'congres', 'bureau',
		'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'janvier', 'fevrier', 'mars', 'avril', 'mai',
		'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre', 'dernier', 'derniere', 'mise', 'selon',
		'durant', 'lors', 'plus', 'pays', 'notant', 'considerant', 'cette', 'cet',
	],
);
const roleHead =
	/(?<![\p{L}-])(?:(?:ancien(?:ne)?s?|ex-|nouvel(?:le)?|nouveaux?|futur(?:e)?|actuel(?:le)?) )?(?:(?:vice-)?(?:premier|première|premiers|premières) ministres?|vice-premier ministre|(?:vice-)?présidente?s?|ministres?|homologues?|conseill(?:er|ère)s?|membres?|secrétaires?|ambassad(?:eur|rice)s?|porte-parole|chefs?|directeur|directrice|représentante?s?|envoyée?s?|dirigeante?s?|émir|roi|reine|prince|gouverneur|maire|chancelière?|commandant|général)(?![\p{L}])/iu;
// Between two roles of one person: "conseiller d'État et ministre", not "dirigeants figurent les présidents".
const roleChain = /^(?:\s+(?!(?:le|la|les|un|une|son|sa|ses|leur|leurs)\s)[\p{L}'’-]+)*?\s+et\s+$/iu;
const roleModifier = /(?:^|[\s'’])((?:ancien(?:ne)?|ex-|nouvel(?:le)?|nouveau|futur(?:e)?|actuel(?:le)?)\s?)$/iu;
const complementOfAnother = /(?:sous la direction|au nom|de la part|salutations|message|selon|envoyée? spéciale? d|émissaire d)[^,;]*$/iu;
// A role holds no verb: "Le chef de la diplomatie chinoise rencontre X" (a headline) gives no role "… rencontre".
const finiteVerb = /(?<![\p{L}'’-])(?:a|ont|est|sont|rencontrent|re[çc]oi(?:t|vent)|accueillen?t|s['’]entret(?:ient|iennent)|salue(?:nt)?|appellen?t|f[ée]licite(?:nt)?)(?![\p{L}'’-])|(?<![\p{L}'’-])(?<!(?:la|une|cette|leur|sa) )rencontre(?![\p{L}'’-])/iu;
const quoteSpans = /«[^»]*»|“[^”]*”|"[^"]*"/gu;

/** True when two folded words are one spelling apart: "berdymoukhammedov" ~ "berdymoukhamedov". */
function isSameWord(a: string, b: string): boolean {
	if (a === b) return true;
	const shorter = Math.min(a.length, b.length);
	return shorter >= 6 && editDistance(a, b) <= (shorter >= 10 ? 2 : 1);
}

const wordsOf = (folded: string) => folded.split(/[ '’]+/).filter((word) => word !== '');

/** True when two full names spell one person: same words, each at most a spelling apart. */
function isSameFullName(a: string, b: string): boolean {
	const wordsA = wordsOf(a);
	const wordsB = wordsOf(b);
	return wordsA.length === wordsB.length && wordsA.every((word, index) => isSameWord(word, wordsB[index]!));
}

/** True when a surname alone ("Atambaïev", "M. Li") refers to a full name ("Almazbek Atambaïev", "Li Keqiang"). */
function isShortFor(short: string, full: string): boolean {
	const word = fold(short);
	return wordsOf(full).some((part) => isSameWord(part, word));
}

/** The spans to skip in a paragraph: every gazetteer match and every "not a name". */
function skippedSpans(paragraph: AnalysedParagraph, notNames: string[]): { start: number; end: number }[] {
	const { folded, toOriginal } = foldText(paragraph.text);
	const notNameSpans = notNames.flatMap((name) =>
		[...folded.matchAll(new RegExp(termToPattern(name), 'gu'))].map((found) => ({
			start: toOriginal[found.index]!,
			end: toOriginal[found.index + found[0].length - 1]! + 1,
		})),
	);
	return [...paragraph.matches, ...notNameSpans];
}

/** True for capitalised words that may be a person's name: not an institution, a month, a role or a country. */
function looksLikeName(text: string, nationalities: readonly Nationality[]): boolean {
	if (/\d/u.test(text)) return false;
	const words = wordsOf(fold(text)).flatMap((word) => word.split(/[\s-]+/));
	if (words.some((word) => nonNameWords.has(word))) return false;
	return findCountries(text, nationalities).length === 0;
}

/**
 * Drops the words that start a capitalised run but name nobody: "La Défense Aibek Toktogulov"
 * → "Aibek Toktogulov" (a role's complement written just before the name).
 */
function stripLeadingNonNames(run: string, nationalities: readonly Nationality[]): { text: string; skipped: number } {
	let { text, skipped } = stripFunctionWords(run);
	for (;;) {
		const first = /^([\p{L}'’-]+)\s+/u.exec(text);
		if (!first || looksLikeName(first[1]!, nationalities)) return { text, skipped };
		const rest = stripFunctionWords(text.slice(first[0].length));
		skipped += first[0].length + rest.skipped;
		text = rest.text;
	}
}

/** The people named in one sentence: gazetteer persons, and capitalised names nobody knows. */
function mentionsIn(
	paragraph: AnalysedParagraph,
	sentence: { text: string; start: number },
	skipped: { start: number; end: number }[],
	nationalities: readonly Nationality[],
): PersonMention[] {
	const end = sentence.start + sentence.text.length;
	const base = { paragraph: paragraph.id, sentence: sentence.text, sentenceStart: sentence.start };
	const known: PersonMention[] = paragraph.matches
		.filter((match: Match) => match.entry.collection === 'actors' && match.entry.kind === 'person' && match.start >= sentence.start && match.end <= end)
		.map((match) => ({ ...base, start: match.start - sentence.start, end: match.end - sentence.start, written: match.written, entryId: match.entry.id, isShort: false }));
	const unknown: PersonMention[] = [];
	for (const run of sentence.text.matchAll(capitalisedRun)) {
		const { text, skipped: skippedLength } = stripLeadingNonNames(run[0], nationalities);
		if (text === '') continue;
		const start = run.index + skippedLength;
		const runEnd = start + text.length;
		const absolute = { start: sentence.start + start, end: sentence.start + runEnd };
		if (skipped.some((span) => absolute.start < span.end && absolute.end > span.start)) continue;
		const before = sentence.text.slice(0, start);
		if (introducesNoPerson.test(before) || !looksLikeName(text, nationalities)) continue;
		const isHonorific = honorific.test(before);
		const isShort = isHonorific || !/\s/u.test(text.trim());
		// An acronym alone ("OCS", "CCTV") is no surname.
		if (isShort && !isHonorific && /^\p{Lu}+$/u.test(text)) continue;
		unknown.push({ ...base, start, end: runEnd, written: text, entryId: null, isShort });
	}
	return [...known, ...unknown].sort((a, b) => a.start - b.start);
}

/**
 * The role written around a mention that findRole does not see: after a role head in the same
 * phrase ("l'ancien président kirghiz X", "le ministre chinois de la Défense nationale X",
 * "son homologue letton, X", "le vice-Premier ministre et ministre … du Turkménistan, X").
 */
function roleInPhrase(sentence: string, start: number, previousEnd: number): string | null {
	let segment = sentence.slice(previousEnd, start).replace(/,\s*$/u, '');
	const boundary = Math.max(segment.lastIndexOf(','), segment.lastIndexOf(';'), segment.lastIndexOf('('), segment.lastIndexOf(':'));
	segment = segment.slice(boundary + 1);
	const heads = [...segment.matchAll(new RegExp(roleHead, 'giu'))];
	if (heads.length === 0) return null;
	// The last role, with the roles it is joined to by "et": "vice-Premier ministre et ministre …".
	let first = heads.length - 1;
	while (first > 0 && roleChain.test(segment.slice(heads[first - 1]!.index + heads[first - 1]![0].length, heads[first]!.index))) first--;
	const role = segment.slice(heads[first]!.index).trim();
	if (role.split(/\s+/).length > 14 || finiteVerb.test(role)) return null;
	return role;
}

/** The role at one mention: the one findRole sees (with "ancien" or "ex-" before it), else a role phrase just before the name. */
function roleAt(mention: PersonMention, previousEnd: number): string | null {
	const found = findRole(mention.sentence, mention.start, mention.end);
	// A role that runs back over a verb holds another person's phrase: "le ministre … X a rencontré le vice-Premier ministre …, Y".
	const role = found !== null && finiteVerb.test(found) ? null : found;
	if (role === null) return roleInPhrase(mention.sentence, mention.start, previousEnd);
	const before = mention.sentence.slice(0, mention.start);
	const modifier = before.endsWith(`${role} `) ? roleModifier.exec(before.slice(0, before.length - role.length - 1)) : null;
	return modifier ? `${modifier[1]!}${role}` : role;
}

/** Groups mentions into people: by gazetteer id, by spelling, and surnames to the latest full name. */
function groupPeople(mentions: PersonMention[], gazetteer: Gazetteer): Person[] {
	const people: Person[] = [];
	for (const mention of mentions) {
		const folded = fold(mention.written);
		let person: Person | undefined;
		if (mention.entryId !== null) {
			person = people.find((other) => other.id === mention.entryId);
			if (!person) {
				const entry = gazetteer.entries.find((candidate) => candidate.id === mention.entryId)!;
				const spellings = [folded, ...entry.aliases.map(fold)];
				// A spelling the gazetteer lacks, seen before its known one, is the same person.
				person = people.find((other) => other.id === null && other.spellings.some((spelling) => spellings.some((known) => isSameFullName(spelling, known))));
				if (person) Object.assign(person, { id: mention.entryId, country: entry.country ?? null });
				else {
					person = { id: mention.entryId, name: mention.written, spellings, country: entry.country ?? null, mentions: [] };
					people.push(person);
				}
			}
		} else if (mention.isShort) {
			person = [...people].reverse().find((other) => other.spellings.some((spelling) => isShortFor(mention.written, spelling)));
			if (!person && /\s/u.test(mention.written)) continue;
			if (!person) {
				// "M. Chang" with no full mention: the surname is the name as written.
				if (!honorific.test(mention.sentence.slice(0, mention.start))) continue;
				person = { id: null, name: mention.written, spellings: [folded], country: null, mentions: [] };
				people.push(person);
			}
		} else {
			person = people.find((other) => other.spellings.some((spelling) => isSameFullName(spelling, folded)));
			if (!person) {
				person = { id: null, name: mention.written, spellings: [folded], country: null, mentions: [] };
				people.push(person);
			} else if (!person.spellings.includes(folded)) person.spellings.push(folded);
		}
		person.mentions.push(mention);
	}
	// A short mention seen before any full one ("Hu" as a subject) may belong to a later full mention.
	return people;
}

/** The sentences whose people are the participants, for each kind of text. */
const continuations: Record<Report['kind'], ShapeKind[]> = {
	'meeting': [],
	'virtual-meeting': [],
	'multilateral-meeting': ['participation', 'host'],
	'announced-visit': ['announcement', 'welcome'],
	'arrival': ['arrival', 'welcome'],
};

function isSameSentence(mention: PersonMention, sentence: ReportSentence): boolean {
	return mention.paragraph === sentence.paragraph && mention.sentenceStart === sentence.start;
}

/** Why a mention in a sentence that reports the event is not a principal, or null if it is one. */
function exclusionAt(mention: PersonMention, sentence: ReportSentence, role: string | null, previousEnd: number): LeftOutReason | null {
	if ([...mention.sentence.matchAll(quoteSpans)].some((quote) => mention.start >= quote.index && mention.end <= quote.index + quote[0].length)) return 'quoted';
	if (role !== null && /porte-parole/iu.test(role)) return 'spokesperson';
	if (complementOfAnother.test(mention.sentence.slice(previousEnd, mention.start))) return 'mentioned';
	// "… a rencontré Y, soulignant que Z …": what follows "que" after every cue is what was said.
	const lastCueEnd = Math.max(...sentence.shapes.map((shape) => shape.end));
	if (/(?<![\p{L}])(?<!(?:ainsi|de même|tant|plus|moins|autant) )qu(?:e|['’])(?![\p{L}])/iu.test(mention.sentence.slice(lastCueEnd, mention.start))) return 'mentioned';
	return null;
}

/** Countries named after "au", "en", "aux" (a country) or "à" (a known place) in a sentence: the destination of a visit. */
function destinations(sentence: ReportSentence, paragraph: AnalysedParagraph, nationalities: readonly Nationality[]): string[] {
	const named = findCountries(sentence.text, nationalities)
		.filter((found) => found.by === 'name' && /(?:^|\s)(?:au|aux|en)\s+$/iu.test(sentence.text.slice(0, found.start)))
		.map((found) => ({ start: found.start, country: found.country }));
	const end = sentence.start + sentence.text.length;
	const places = paragraph.matches
		.filter((match) => match.entry.country && match.start >= sentence.start && match.end <= end)
		.filter((match) => (match.entry.collection === 'places' ? /(?:^|\s)à\s+$/iu : /(?:^|\s)(?:au|aux|en)\s+$/iu).test(paragraph.text.slice(sentence.start, match.start)))
		.map((match) => ({ start: match.start - sentence.start, country: match.entry.country! }));
	return [...named, ...places].sort((a, b) => a.start - b.start).map((found) => found.country);
}

/** Every country a sentence names, by name, adjective or known place. */
function countriesOfSentence(sentence: ReportSentence, paragraph: AnalysedParagraph, nationalities: readonly Nationality[]): string[] {
	const end = sentence.start + sentence.text.length;
	const places = paragraph.matches.filter((match) => match.entry.country && match.start >= sentence.start && match.end <= end).map((match) => match.entry.country!);
	return [...new Set([...findCountries(sentence.text, nationalities).filter((found) => found.by === 'name').map((found) => found.country), ...places])];
}

// "avec la participation de X et de ses homologues des autres membres": the members take part.
const membersTakePart = /homologues (?:d'autres|des(?: autres)?|de l'ensemble des) (?:pays |etats )?membres/u;
const memberList = /(?<!\p{L})(?:regroupe|rassemble|reunit|compose(?:e)? de|membres que sont|comprend)(?!\p{L})/u;

/**
 * The participants of a text, with their roles and countries.
 * extractParticipants([p1 "Le président kirghiz A B a reçu le ministre chinois C D."], classifyReport(…), gazetteer, nationalities, "src")
 * → participants A B (KG) and C D (CN), both with role.
 */
export function extractParticipants(
	paragraphs: AnalysedParagraph[],
	report: Report,
	gazetteer: Gazetteer,
	nationalities: readonly Nationality[],
	source: string,
): ExtractedParticipants {
	const mentions = paragraphs.flatMap((paragraph) => {
		const skipped = skippedSpans(paragraph, gazetteer.notNames);
		return splitSentences(paragraph.text).flatMap((sentence) => mentionsIn(paragraph, sentence, skipped, nationalities));
	});
	const people = groupPeople(mentions, gazetteer);
	const previousEndOf = (mention: PersonMention) =>
		Math.max(0, ...mentions.filter((other) => other !== mention && isSameSentence(other, { paragraph: mention.paragraph, start: mention.sentenceStart } as ReportSentence) && other.end <= mention.start).map((other) => other.end));
	const roleOf = (person: Person) => {
		for (const mention of person.mentions) {
			const role = roleAt(mention, previousEndOf(mention));
			if (role !== null) return role;
		}
		return null;
	};

	const selected = report.lead
		? [report.lead, ...report.sentences.filter((sentence) => sentence !== report.lead && sentence.shapes.some((shape) => continuations[report.kind].includes(shape.kind)))]
		: [];
	const participantPeople: { person: Person; sentence: ReportSentence }[] = [];
	const leftOut = new Map<Person, LeftOut>();
	// A spokesperson stays one when a later mention ("a précisé Mme Hua") gives no role.
	const isSpokesperson = (person: Person) => person.mentions.some((mention) => /porte-parole/iu.test(roleAt(mention, previousEndOf(mention)) ?? ''));
	const gatherFrom = (sentence: ReportSentence) => {
		for (const person of people) {
			const mention = person.mentions.find((candidate) => isSameSentence(candidate, sentence));
			if (!mention) continue;
			const previousEnd = previousEndOf(mention);
			const reason = isSpokesperson(person) ? 'spokesperson' : exclusionAt(mention, sentence, roleAt(mention, previousEnd), previousEnd);
			if (reason === null && !participantPeople.some((entry) => entry.person === person)) participantPeople.push({ person, sentence });
			else if (reason !== null && !leftOut.has(person)) leftOut.set(person, { name: person.name, reason, paragraph: mention.paragraph });
		}
	};
	selected.forEach(gatherFrom);
	// A lead that names nobody ("lors d'une rencontre entre les ministres"): the first report sentence that names someone.
	for (const sentence of report.sentences) {
		if (participantPeople.length > 0) break;
		gatherFrom(sentence);
	}
	for (const person of people) {
		if (participantPeople.some((entry) => entry.person === person) || leftOut.has(person)) continue;
		const other = person.mentions.find((mention) => report.sentences.some((sentence) => isSameSentence(mention, sentence) && sentence.shapes.some((shape) => shape.kind !== 'counterpart')));
		const first = person.mentions[0]!;
		leftOut.set(person, { name: person.name, reason: other ? 'other-meeting' : 'mentioned', paragraph: first.paragraph });
	}

	const paragraphOf = (id: string) => paragraphs.find((paragraph) => paragraph.id === id)!;
	const participants: Participant[] = participantPeople.map(({ person }) => {
		const role = roleOf(person);
		let country = person.country ?? (role ? countryOfRole(role, nationalities) : null);
		for (const mention of person.mentions) {
			country ??= adjectiveBefore(mention.sentence.slice(0, mention.start), nationalities);
		}
		return {
			id: person.id,
			name: person.name,
			role,
			country,
			cite: { source, paragraphs: [...new Set(person.mentions.map((mention) => mention.paragraph))] },
		};
	});
	// "à l'invitation de son homologue Y": Y's country is the one country the sentence names that no other participant has.
	participants.forEach((participant, index) => {
		if (participant.country !== null) return;
		const { sentence } = participantPeople[index]!;
		const others = new Set(participants.filter((other) => other !== participant).map((other) => other.country));
		const candidates = countriesOfSentence(sentence, paragraphOf(sentence.paragraph), nationalities).filter((country) => !others.has(country));
		if (candidates.length === 1) participant.country = candidates[0]!;
	});

	const countries = participants.map((participant) => participant.country).filter((country) => country !== null);
	if (report.kind === 'announced-visit' || report.kind === 'arrival') {
		for (const sentence of selected) countries.push(...destinations(sentence, paragraphOf(sentence.paragraph), nationalities));
	}
	if (report.kind === 'multilateral-meeting' && report.lead && membersTakePart.test(foldText(report.lead.text).folded)) {
		const list = paragraphs
			.flatMap((paragraph) => splitSentences(paragraph.text).map((sentence) => ({ paragraph, sentence })))
			.find(({ sentence }) => memberList.test(foldText(sentence.text).folded));
		if (list) countries.push(...findCountries(list.sentence.text, nationalities).filter((found) => found.by === 'name').map((found) => found.country));
	}
	return { participants, countries: [...new Set(countries)], leftOut: [...leftOut.values()] };
}
