/**
 * Finds the organisations a text names that the gazetteer does not know, by how French writes
 * institutions: a head noun ("Organisation", "Banque", "Forum", "ministère"…) with its
 * complement ("de coopération de Shanghai", "des Affaires étrangères chinois"), a name followed
 * by its acronym in brackets ("Forum de Boao pour l'Asie (FBA)", whose later bare "FBA" is the
 * same organisation), and a medium named after its common noun ("la télévision publique CCTV").
 *
 * What is not an organisation of the meeting:
 * - an organ of an organisation already named ("Conseil des chefs d'État de l'OCS"): it is
 *   that organisation, as the gazetteer already files "Comité central du Parti communiste chinois";
 * - a news agency: it is where the text comes from, not what it reports. Credit lines are not
 *   paragraphs (blocks.ts); in the body an agency is written "l'agence (de presse) Xinhua" or has
 *   "presse" in its name ("Agence France-Presse"), and is kept out of both lists;
 * - events ("sommet", "réunion"): no head of this module names one.
 * Gazetteer organisations are kept as found (with their id); the new ones have a null id and are
 * reported once each, for a curator to add to content/organisations/.
 */
import type { AnalysedParagraph } from '../gazetteer/index.ts';
import type { OrganisationMention, Unresolved } from '../../../schemas/meeting.ts';
import type { Nationality } from '../../../schemas/nationality.ts';

/** A stretch of a paragraph's text, by original offsets. */
export interface Span {
	start: number;
	end: number;
}

/** What the step finds: every organisation of the text, the new ones to review, and the spans it accounts for. */
export interface OrganisationsFound {
	/** The gazetteer's organisations and the new ones, in order of first mention. */
	organisations: OrganisationMention[];
	/** One item per new organisation, at its first mention. */
	unresolved: Unresolved[];
	/** Per paragraph id, the words this step has read (names, acronyms, organs, agencies), so they are not reported as unknown names. */
	spans: Map<string, Span[]>;
}

interface Token {
	text: string;
	/** Lower case, no accents, no final apostrophe: "d’" → "d", "Étrangères" → "etrangeres". */
	plain: string;
	start: number;
	end: number;
	isCapitalised: boolean;
	/** The text between this token and the previous one is only spaces. */
	isJoined: boolean;
}

const plainOf = (text: string) =>
	text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/['’]$/u, '');

/** Words, and elided articles as words of their own: "l'Asie" → "l'", "Asie". */
function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	for (const found of text.matchAll(/\p{L}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*['’]?|\p{N}+/gu)) {
		const previous = tokens.at(-1);
		const gap = previous ? text.slice(previous.end, found.index) : ' ';
		tokens.push({
			text: found[0],
			plain: plainOf(found[0]),
			start: found.index,
			end: found.index + found[0].length,
			isCapitalised: /^\p{Lu}/u.test(found[0]),
			// An elided article is glued to its noun: "l'Asie" is one stretch of words.
			isJoined: /^\s*$/u.test(gap) && (gap !== '' || /['’]$/u.test(previous?.text ?? '')),
		});
	}
	return tokens;
}

// Capitalised nouns that head an institution's name: "Banque asiatique d'investissement…".
const heads = new Set([
	'organisation', 'forum', 'banque', 'conseil', 'parti', 'union', 'communaute', 'fonds', 'agence', 'assemblee', 'comite',
	'commission', 'association', 'federation', 'institut', 'academie', 'universite', 'cour', 'tribunal', 'chambre', 'ligue',
	'alliance', 'parlement', 'senat', 'ministere', 'secretariat', 'fondation', 'corporation', 'compagnie', 'office',
	'haut-commissariat', 'quotidien', 'journal',
]);
// Heads that name an institution only with an acronym: "Conférence pour l'interaction… (CICA)"; alone they often name an event or a place.
const acronymOnlyHeads = new Set(['conference', 'programme', 'centre', 'groupe', 'bureau', 'mecanisme', 'front', 'mouvement', 'service', 'societe', 'direction', 'administration', 'entreprise']);
// French writes these in lower case before a capitalised complement: "le ministère des Affaires étrangères".
const lowerCaseHeads = new Set(['ministere', 'ambassade', 'consulat']);
// Common nouns of media, followed by the medium's name: "la télévision publique chinoise CCTV".
const mediaNouns = new Set(['television', 'chaine', 'quotidien', 'journal', 'radio', 'hebdomadaire', 'magazine', 'agence']);

const prepositions = new Set(['de', 'du', 'des', 'd', 'pour', 'sur']);
const articles = new Set(['la', 'le', 'les', 'l']);
// Words that end a complement: determiners, pronouns, numerals and time words are not part of a name.
const notInNames = new Set([
	'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos', 'votre', 'vos', 'un', 'une', 'deux', 'trois',
	'quatre', 'cinq', 'plusieurs', 'chaque', 'certains', 'certaines', 'tous', 'toutes', 'tout', 'toute', 'nombreux', 'nombreuses',
	'autres', 'meme', 'qui', 'que', 'quoi', 'dont', 'lui', 'eux', 'elle', 'elles', 'il', 'ils', 'a', 'est', 'sont', 'ont',
	'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre',
	'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'an', 'ans', 'annee', 'annees', 'mois', 'semaine', 'jour', 'jours',
]);
// Endings of French adjectives that qualify an institution ("mondiale", "économique", "chinois", "étrangères", "communiste").
// Not the endings of verbs that follow a subject ("soutient", "présente", "créée").
const adjectiveEnding = /(?:al|ale|ales|aux|el|elle|els|elles|ique|iques|ien|ienne|iens|iennes|een|eenne|eens|eennes|ais|aise|aises|ois|oise|oises|aire|aires|ain|aine|ains|aines|if|ive|ifs|ives|iste|istes|ant|ante|ants|antes|[^i]ent|ents|eur|eure|eurs|eures|ier|iere|iers|ieres|ger|gere|gers|geres|unis|unies)$/u;

/** True for a word that may qualify an institution's head or noun: "mondiale", "kirghize". */
const isAdjective = (token: Token, nationalAdjectives: Set<string>) =>
	!token.isCapitalised && !notInNames.has(token.plain) && !prepositions.has(token.plain) && !articles.has(token.plain) && (adjectiveEnding.test(token.plain) || nationalAdjectives.has(token.plain));

/** True when a preposition at `index` introduces a capitalised noun, with or without its article: "de la Route", "du Sud". */
function isCapitalisedComplement(tokens: Token[], index: number): boolean {
	const preposition = tokens[index];
	if (!preposition?.isJoined || !['de', 'du', 'des', 'd'].includes(preposition.plain)) return false;
	const article = tokens[index + 1];
	const noun = article && articles.has(article.plain) ? tokens[index + 2] : article;
	return noun?.isJoined === true && noun.isCapitalised;
}

/**
 * The index after the complement of a head at `index`: adjectives and prepositional phrases
 * ("de coopération", "pour l'Asie", "des Affaires étrangères"). Returns `index + 1` when it has none.
 */
function complementEnd(tokens: Token[], index: number, nationalAdjectives: Set<string>): number {
	let end = index + 1;
	let phrases = 0;
	for (;;) {
		const next = tokens[end];
		if (!next?.isJoined) return end;
		if (isAdjective(next, nationalAdjectives)) {
			end += 1;
			continue;
		}
		// "de la Ceinture et de la Route": a second complement joined by "et" continues the name when it is capitalised.
		const isJoinedComplement = next.plain === 'et' && isCapitalisedComplement(tokens, end + 1);
		if ((!prepositions.has(next.plain) && !isJoinedComplement) || phrases === 4) return end;
		if (isJoinedComplement) end += 1;
		const preposition = tokens[end]!;
		let noun = end + 1;
		const hasArticle = tokens[noun] !== undefined && articles.has(tokens[noun]!.plain) && tokens[noun]!.isJoined && (preposition.plain !== 'des' && preposition.plain !== 'du');
		if (hasArticle) noun += 1;
		const word = tokens[noun];
		if (!word?.isJoined || notInNames.has(word.plain) || prepositions.has(word.plain) || articles.has(word.plain) || /^\p{N}/u.test(word.text)) return end;
		// "de renforcer" is a verb's object, not a complement: an infinitive needs no article.
		if (!word.isCapitalised && !hasArticle && /(?:er|ir|re)$/u.test(word.plain) && !/(?:tre|bre|dre)$/u.test(word.plain)) return end;
		end = noun + 1;
		phrases += 1;
	}
}

/** The acronym in brackets right after a name: "(FBA)". */
const acronymAfter = /^\s*\(\s*(\p{Lu}[\p{Lu}\p{N}&]{1,9})\s*\)/u;

/**
 * The first token of the name that an acronym in brackets abbreviates, reading back from the
 * bracket: each letter is the initial of a word, small words are skipped ("Forum de Boao pour
 * l'Asie" → F, B, A), and at most two other words ("Conférence pour l'interaction et les mesures
 * de confiance en Asie" → C, I, C, A). Undefined when the words before do not spell it.
 */
function acronymStart(tokens: Token[], before: number, acronym: string): number | undefined {
	const letters = [...acronym.replace(/[^\p{Lu}]/gu, '')];
	if (letters.length < 2) return undefined;
	const smallWords = new Set([...prepositions, ...articles, 'et', 'en', 'a', 'au', 'aux']);
	let letter = letters.length - 1;
	let skipped = 0;
	for (let index = before; index >= 0; index -= 1) {
		const token = tokens[index]!;
		if (index < before && !tokens[index + 1]!.isJoined) return undefined;
		if (smallWords.has(token.plain)) continue;
		// "France-Presse" gives F and P.
		const initials = token.text.split('-').map((part) => part.normalize('NFD')[0]!.toUpperCase());
		const matched = initials.every((initial, offset) => letters[letter - (initials.length - 1) + offset] === initial);
		if (matched && letter - initials.length + 1 >= 0) {
			letter -= initials.length;
			if (letter < 0) return token.isCapitalised ? index : undefined;
		} else if (index === before || (skipped += 1) > 2) {
			return undefined;
		}
	}
	return undefined;
}

interface Found {
	name: string;
	abbreviation?: string;
	span: Span;
	/** A news agency: the text's source, not an organisation. */
	isSource: boolean;
}

const isNewsAgency = (words: Token[]) => words.some((token) => /(?:^|-)presse$/u.test(token.plain));

/** The names of institutions and media in one paragraph, outside the gazetteer's organisations. */
function findInParagraph(paragraph: AnalysedParagraph, nationalAdjectives: Set<string>): { found: Found[]; organs: Span[] } {
	const { text } = paragraph;
	const tokens = tokenize(text);
	const knownOrganisations = paragraph.matches.filter((match) => match.entry.collection === 'organisations');
	const insideMatch = (token: Token) => paragraph.matches.some((match) => token.start >= match.start && token.end <= match.end);
	const overlapsOrganisation = (span: Span) => knownOrganisations.some((match) => span.start < match.end && span.end > match.start);
	const taken = new Set<number>();
	const found: Found[] = [];
	const organs: Span[] = [];
	const add = (first: number, last: number, abbreviation?: string, isSource = false) => {
		const span = { start: tokens[first]!.start, end: tokens[last]!.end };
		for (let index = first; index <= last; index += 1) taken.add(index);
		// A name that holds a known organisation is one of its organs, or the organisation itself.
		if (overlapsOrganisation(span)) {
			organs.push(span);
			return;
		}
		const words = tokens.slice(first, last + 1);
		found.push({ name: text.slice(span.start, span.end), ...(abbreviation ? { abbreviation } : {}), span, isSource: isSource || isNewsAgency(words) });
	};
	const headAt = (index: number) => {
		const token = tokens[index]!;
		return (token.isCapitalised && heads.has(token.plain)) || (!token.isCapitalised && lowerCaseHeads.has(token.plain));
	};

	// 1. A name spelt by the acronym that follows it in brackets.
	for (let index = 0; index < tokens.length; index += 1) {
		const acronym = acronymAfter.exec(text.slice(tokens[index]!.end));
		if (!acronym || !tokens[index + 1] || tokens[index + 1]!.text !== acronym[1]) continue;
		const start = acronymStart(tokens, index, acronym[1]!);
		if (start === undefined || [...Array(index - start + 1).keys()].some((offset) => taken.has(start + offset))) continue;
		const words = tokens.slice(start, index + 1);
		if (!words.some((token) => token.isCapitalised && (heads.has(token.plain) || acronymOnlyHeads.has(token.plain)))) continue;
		add(start, index, acronym[1]);
		taken.add(index + 1);
	}

	// 2. A head and its complement, maybe with its acronym in brackets whatever its letters.
	for (let index = 0; index < tokens.length; index += 1) {
		if (taken.has(index) || !headAt(index) || insideMatch(tokens[index]!)) continue;
		const end = complementEnd(tokens, index, nationalAdjectives);
		if (end === index + 1) continue;
		const words = tokens.slice(index + 1, end);
		if (words.some((_, offset) => taken.has(index + 1 + offset))) continue;
		// "le ministère de la coopération" is a common noun; "le ministère de la Défense" is a name.
		if (!tokens[index]!.isCapitalised && !words.some((token) => token.isCapitalised)) continue;
		const acronym = acronymAfter.exec(text.slice(tokens[end - 1]!.end));
		const hasAcronym = acronym !== null && tokens[end]?.text === acronym[1];
		add(index, end - 1, hasAcronym ? acronym[1] : undefined);
		if (hasAcronym) taken.add(end);
		index = end - 1;
	}

	// 3. A medium's name after its common noun: "la télévision publique chinoise CCTV", "l'agence de presse Kabar".
	for (let index = 0; index < tokens.length; index += 1) {
		const noun = tokens[index]!;
		if (noun.isCapitalised || !mediaNouns.has(noun.plain)) continue;
		let next = index + 1;
		for (;;) {
			const token = tokens[next];
			if (!token?.isJoined) break;
			if (isAdjective(token, nationalAdjectives)) next += 1;
			else if ((token.plain === 'de' || token.plain === 'd') && ['presse', 'etat', 'information'].includes(tokens[next + 1]?.plain ?? '') && tokens[next + 1]!.isJoined) next += 2;
			else break;
		}
		let last = next;
		while (tokens[last]?.isCapitalised && tokens[last]!.isJoined && !taken.has(last)) last += 1;
		if (last === next) continue;
		const isAgency = noun.plain === 'agence';
		// The agency's name may be one the gazetteer knows for something else ("Chine Nouvelle"): it is still a source.
		if (!isAgency && tokens.slice(next, last).some(insideMatch)) continue;
		add(next, last - 1, undefined, isAgency);
		index = last - 1;
	}
	return { found: found.sort((a, b) => a.span.start - b.span.start), organs };
}

/** Where an acronym stands alone in a text: acronymSpans("le FVC et la FVCA", "FVC") → [{ start: 3, end: 6 }]. */
function acronymSpans(text: string, acronym: string): Span[] {
	const escaped = acronym.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))].map((found) => ({ start: found.index, end: found.index + acronym.length }));
}

const numberOf = (paragraphId: string) => Number(paragraphId.slice(1));

/**
 * The organisations of a text: the gazetteer's (`known`, from extractMentions) and those it names
 * as French names institutions, one item per organisation, in order of first mention.
 */
export function extractOrganisations(paragraphs: AnalysedParagraph[], known: OrganisationMention[], nationalities: Nationality[], source: string): OrganisationsFound {
	const nationalAdjectives = new Set(nationalities.flatMap((nationality) => nationality.adjectives.map(plainOf)));
	const spans = new Map<string, Span[]>();
	const addSpan = (paragraph: string, span: Span) => spans.set(paragraph, [...(spans.get(paragraph) ?? []), span]);
	const byName = new Map<string, { mention: OrganisationMention; first: AnalysedParagraph }>();
	const sourceAcronyms = new Set<string>();
	const nameKey = (name: string) => plainOf(name).replace(/['’]/gu, "'");
	for (const paragraph of paragraphs) {
		const { found, organs } = findInParagraph(paragraph, nationalAdjectives);
		for (const span of organs) addSpan(paragraph.id, span);
		for (const item of found) {
			addSpan(paragraph.id, item.span);
			if (item.isSource) {
				if (item.abbreviation) sourceAcronyms.add(item.abbreviation);
				continue;
			}
			const same = byName.get(nameKey(item.name)) ?? [...byName.values()].find(({ mention }) => mention.abbreviation !== undefined && mention.abbreviation === item.abbreviation);
			if (same) {
				if (!same.mention.cite.paragraphs.includes(paragraph.id)) same.mention.cite.paragraphs.push(paragraph.id);
				continue;
			}
			byName.set(nameKey(item.name), {
				mention: { id: null, name: item.name, ...(item.abbreviation ? { abbreviation: item.abbreviation } : {}), cite: { source, paragraphs: [paragraph.id] } },
				first: paragraph,
			});
		}
	}
	// A bare acronym later in the text is the organisation it abbreviates.
	for (const { mention } of byName.values()) {
		if (mention.abbreviation === undefined) continue;
		for (const paragraph of paragraphs) {
			const uses = acronymSpans(paragraph.text, mention.abbreviation);
			if (uses.length === 0) continue;
			uses.forEach((span) => addSpan(paragraph.id, span));
			if (!mention.cite.paragraphs.includes(paragraph.id)) mention.cite.paragraphs.push(paragraph.id);
		}
		mention.cite.paragraphs.sort((a, b) => numberOf(a) - numberOf(b));
	}
	// An agency's acronym is its name too: "(AFP)" later is still the source.
	for (const acronym of sourceAcronyms) {
		for (const paragraph of paragraphs) acronymSpans(paragraph.text, acronym).forEach((span) => addSpan(paragraph.id, span));
	}
	const added = [...byName.values()];
	const first = (mention: OrganisationMention) => numberOf(mention.cite.paragraphs[0]!);
	return {
		organisations: [...known, ...added.map(({ mention }) => mention)].map((mention, order) => ({ mention, order })).sort((a, b) => first(a.mention) - first(b.mention) || a.order - b.order).map(({ mention }) => mention),
		unresolved: added.map(({ mention, first: paragraph }) => ({ name: mention.name, reason: 'unknown-organisation' as const, paragraph: paragraph.id, line: paragraph.line })),
		spans,
	};
}
