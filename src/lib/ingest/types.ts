/** The shapes the ingest produces: the extracted record of one press text. */
import type { Block } from './blocks.ts';
import type { Match } from './gazetteer.ts';

/** The source and paragraphs a fact comes from. */
export interface Citation {
	source: string;
	paragraphs: string[];
}

/** A date at its precision, stated or inferred (with its basis in both languages). */
export interface ExtractedDate {
	value: string;
	precision: 'day' | 'month' | 'year';
	inferred: boolean;
	basis?: { fr: string; en: string };
}

/** A gazetteer entry named by the text; `id` is null for a name the gazetteer lacks. */
export interface Mention {
	id: string | null;
	name: string;
	cite: Citation;
}

/** An actor named by the text, with the role the text gives them. */
export interface ActorMention extends Mention {
	role: string | null;
}

/** A position or declaration and who holds or made it. */
export interface Statement {
	speakers: string[];
	kind: 'direct' | 'reported';
	verb: string;
	text: string;
	cite: Citation;
}

/** A name the ingest could not resolve, for a curator to add to the gazetteer. */
export interface Unresolved {
	name: string;
	reason: 'unknown-name' | 'unknown-place' | 'unknown-speaker';
	paragraph: string;
	line: number;
}

/** Everything extracted from one press text; the frontmatter of its meeting article. */
export interface MeetingRecord {
	kind: 'original';
	title: string;
	titleGenerated: boolean;
	source: string;
	sourceSha256: string;
	tags: string[];
	author: string | null;
	date: ExtractedDate & { cite: Citation };
	place: Mention;
	participants: ActorMention[];
	actors: ActorMention[];
	places: Mention[];
	organisations: Mention[];
	areas: Mention[];
	events: (Mention & { date?: ExtractedDate })[];
	statements: Statement[];
	unresolved: Unresolved[];
}

/** A problem with the input, phrased for the person who runs the ingest. */
export interface IngestProblem {
	/** What is wrong. */
	message: string;
	/** The 1-based line of the raw file, when the problem has one. */
	line?: number;
	/** How to fix it. */
	fix: string;
}

/** A body paragraph with the gazetteer entries found in it. */
export interface AnalysedParagraph extends Block {
	id: string;
	matches: Match[];
}
