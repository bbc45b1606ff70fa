/**
 * Countries from the words of a text: a nationality adjective ("président kirghize") or a
 * country name ("ministre des Affaires étrangères du Turkménistan"), through the nationality
 * lexicon (content/ingest/nationalities.yaml). Matching runs on folded text.
 */
import { foldText } from '../text/index.ts';
import type { Nationality } from '../../../schemas/nationality.ts';

/** A country found in a text, with original offsets. */
export interface CountryFound {
	country: string;
	/** "adjective" for "kirghize", "name" for "Kirghizistan". */
	by: 'adjective' | 'name';
	start: number;
	end: number;
}

interface CompiledLexicon {
	adjectives: RegExp;
	names: RegExp;
	countryOf: Map<string, string>;
}

const compiled = new WeakMap<readonly Nationality[], CompiledLexicon>();

/** Folds a form as the text is folded, hyphens as spaces: "Nord-Coréen" → "nord coreen". */
function foldForm(form: string): string {
	return foldText(form).folded.replace(/ +/g, ' ').trim();
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One alternation of all forms, longest first, as whole words ("kirghize" before "kirghiz"). */
function alternation(forms: string[], plural: boolean): RegExp {
	const sorted = [...new Set(forms)].sort((a, b) => b.length - a.length || a.localeCompare(b));
	return new RegExp(`(?<![\\p{L}\\p{N}])(${sorted.map(escapeRegExp).join('|')})${plural ? 's?' : ''}(?![\\p{L}\\p{N}])`, 'gu');
}

function compile(nationalities: readonly Nationality[]): CompiledLexicon {
	const known = compiled.get(nationalities);
	if (known) return known;
	const countryOf = new Map<string, string>();
	const adjectives: string[] = [];
	const names: string[] = [];
	for (const nationality of nationalities) {
		for (const adjective of nationality.adjectives) {
			const folded = foldForm(adjective);
			adjectives.push(folded);
			countryOf.set(`a:${folded}`, nationality.country);
		}
		for (const name of nationality.names) {
			const folded = foldForm(name);
			names.push(folded);
			countryOf.set(`n:${folded}`, nationality.country);
		}
	}
	const lexicon = { adjectives: alternation(adjectives, true), names: alternation(names, false), countryOf };
	compiled.set(nationalities, lexicon);
	return lexicon;
}

/**
 * Every nationality adjective and country name in a text, in order:
 * findCountries("le président kirghiz et la Chine", lexicon) → [KG adjective, CN name].
 */
export function findCountries(text: string, nationalities: readonly Nationality[]): CountryFound[] {
	const lexicon = compile(nationalities);
	const { folded, toOriginal } = foldText(text);
	const originalEnd = (foldedEnd: number) => (foldedEnd >= toOriginal.length ? text.length : toOriginal[foldedEnd]!);
	const found: CountryFound[] = [];
	for (const [by, pattern] of [['adjective', lexicon.adjectives], ['name', lexicon.names]] as const) {
		for (const match of folded.matchAll(pattern)) {
			const country = lexicon.countryOf.get(`${by === 'adjective' ? 'a' : 'n'}:${match[1]!}`);
			if (!country) continue;
			found.push({ country, by, start: toOriginal[match.index]!, end: originalEnd(match.index + match[0].length) });
		}
	}
	// A name and an adjective may share words ("République kirghize"): the longer span wins.
	found.sort((a, b) => a.start - b.start || b.end - a.end);
	return found.filter((item, index) => found.slice(0, index).every((other) => item.start >= other.end));
}

/**
 * The country a role belongs to: its first nationality adjective, else the first country named
 * as its complement ("de la Chine", "du Turkménistan"), not a destination ("au Kirghizistan").
 * countryOfRole("ministre chinois des Affaires étrangères", lexicon) → "CN";
 * countryOfRole("ambassadeur de Chine au Kirghizistan", lexicon) → "CN"; countryOfRole("homologue", lexicon) → null.
 */
export function countryOfRole(role: string, nationalities: readonly Nationality[]): string | null {
	const found = findCountries(role, nationalities);
	const adjective = found.find((item) => item.by === 'adjective');
	if (adjective) return adjective.country;
	const complement = found.find(
		(item) => item.by === 'name' && /(?:^|\s)(?:de|du|des|de la|de l['’]|d['’])\s*$/iu.test(role.slice(0, item.start)),
	);
	return complement?.country ?? null;
}

/**
 * The country of a nationality adjective written just before a name, as in a list of leaders:
 * adjectiveBefore("les Premiers ministres indien ", lexicon) → "IN"; adjectiveBefore("a vu ", lexicon) → null.
 */
export function adjectiveBefore(textBefore: string, nationalities: readonly Nationality[]): string | null {
	const trimmed = textBefore.replace(/[\s,]+$/u, '');
	const last = findCountries(trimmed, nationalities).at(-1);
	return last && last.by === 'adjective' && last.end === trimmed.length ? last.country : null;
}
