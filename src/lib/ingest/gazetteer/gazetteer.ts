/**
 * The alias gazetteer: every name, spelling and keyword of the content entries, compiled to
 * patterns over folded text. Longest matches win, so "chemin de fer Chine-Kirghizistan-
 * Ouzbékistan" is one project, not two states.
 */
import { foldText, fold } from '../text/index.ts';
import type { Nationality } from '../../../schemas/nationality.ts';

/** The collections whose entries the ingest recognises by name. */
export type GazetteerCollection = 'actors' | 'places' | 'organisations' | 'areas';

/** One entry of the gazetteer, as the ingest needs it. */
export interface GazetteerEntry {
	collection: GazetteerCollection;
	id: string;
	/** For actors: "person" or "state"; for areas: "field" or "project"; for places: "city" or "region". */
	kind: string;
	/** Canonical names per language. */
	name: { fr: string; en: string };
	/** Names as texts write them, matched whole. */
	aliases: string[];
	/** French keywords matched as words or, with a trailing "*", as word starts (fields only). */
	keywords: string[];
	/** Country code, for actors and places. */
	country?: string;
	/** Former names of a place and the date each stopped being used. */
	formerNames?: { name: { fr: string; en: string }; until: string }[];
}

/** An event the ingest recognises by cue words found together in one sentence. */
export interface EventCueEntry {
	id: string;
	name: { fr: string; en: string };
	/** Groups of words; all the words of one group in a sentence mean the event is referred to. */
	cues: string[][];
	/** The event's date when known, used to infer relative dates ("il y a 30 ans"). */
	date?: { value: string; precision: 'day' | 'month' | 'year'; inferred: boolean; end?: string };
	/** Where a date known only to the ingest comes from (the calendar's editorial note). */
	note?: { fr: string; en: string };
}

/** Everything the ingest knows about names. */
export interface Gazetteer {
	entries: GazetteerEntry[];
	events: EventCueEntry[];
	/** Capitalised expressions that are not names ("Affaires étrangères"), never reported as unresolved. */
	notNames: string[];
	/** Nationality adjectives and country names → ISO codes ("kirghize" → KG), for the countries of roles. */
	nationalities: Nationality[];
	/** Recurring summits of known date (content/ingest/calendar.yaml), used only to date texts that give no year. */
	calendar: EventCueEntry[];
}

/** A gazetteer entry found in a text, with original offsets. */
export interface Match {
	entry: GazetteerEntry;
	start: number;
	end: number;
	/** The words exactly as written. */
	written: string;
}

interface CompiledPattern {
	entry: GazetteerEntry;
	regex: RegExp;
}

const letterOrDigit = '[\\p{L}\\p{N}]';

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Compiles a term to a whole-word pattern over folded text: "douan*" matches "douanières", "OCS" only "OCS". */
export function termToPattern(term: string): string {
	const isPrefix = term.endsWith('*');
	const body = escapeRegExp(fold(isPrefix ? term.slice(0, -1) : term));
	return `(?<!${letterOrDigit})${body}${isPrefix ? `${letterOrDigit}*` : `(?!${letterOrDigit})`}`;
}

/** Compiles every alias (and the keywords of fields) of the gazetteer. */
export function compileGazetteer(gazetteer: Gazetteer): CompiledPattern[] {
	return gazetteer.entries.flatMap((entry) => {
		const terms = [...entry.aliases, ...(entry.collection === 'areas' && entry.kind === 'field' ? entry.keywords : [])];
		return terms.map((term) => ({ entry, regex: new RegExp(termToPattern(term), 'gu') }));
	});
}

/**
 * Finds gazetteer entries in a text: all matches, then the longest first, without overlaps.
 * findMatches("à Noursoultan, au Kazakhstan", patterns) → [astana "Noursoultan", kazakhstan "Kazakhstan"]
 */
export function findMatches(text: string, patterns: CompiledPattern[]): Match[] {
	const { folded, toOriginal } = foldText(text);
	const originalEnd = (foldedEnd: number) =>
		foldedEnd >= toOriginal.length ? text.length : toOriginal[foldedEnd]!;
	const candidates: Match[] = [];
	for (const { entry, regex } of patterns) {
		for (const found of folded.matchAll(regex)) {
			const start = toOriginal[found.index]!;
			// The original end is where the next folded character starts (ligatures fold to two).
			const foldedEnd = found.index + found[0].length;
			const end = originalEnd(foldedEnd);
			candidates.push({ entry, start, end, written: text.slice(start, end) });
		}
	}
	candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
	const chosen: Match[] = [];
	for (const candidate of candidates) {
		if (chosen.every((other) => candidate.end <= other.start || candidate.start >= other.end)) chosen.push(candidate);
	}
	return chosen.sort((a, b) => a.start - b.start);
}

/** True when all the words of a cue group occur in the text: hasCue("La visite de Japarov en Chine", ["visite", "Japarov"]) → true. */
export function hasCue(text: string, cue: string[]): boolean {
	const folded = foldText(text).folded;
	return cue.every((term) => new RegExp(termToPattern(term), 'u').test(folded));
}

/** The original-text span from the first to the last cue word: "visite réussie du président Sadyr Japarov en Chine". */
export function cueSpan(text: string, cue: string[]): { start: number; end: number } {
	const { folded, toOriginal } = foldText(text);
	let start = Infinity;
	let end = 0;
	for (const term of cue) {
		const found = new RegExp(termToPattern(term), 'u').exec(folded);
		if (!found) continue;
		start = Math.min(start, toOriginal[found.index]!);
		const foldedEnd = found.index + found[0].length;
		end = Math.max(end, foldedEnd >= toOriginal.length ? text.length : toOriginal[foldedEnd]!);
	}
	return { start, end };
}
