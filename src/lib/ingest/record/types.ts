/** What the recipe is told and what it returns: a draft record, its paragraphs and its review list. */
import type { MeetingRecord } from '../../../schemas/meeting.ts';
import type { AnalysedParagraph } from '../gazetteer/index.ts';

/** What the ingest is told besides the text. */
export interface ParseOptions {
	/** The year, when the text gives none and none can be inferred (the curator's --year). */
	year?: number;
	/** The meeting's date when the text does not give it, "YYYY-MM-DD" or "YYYY-MM" (the curator's --date). */
	date?: string;
	/** Why the curator gave that date, in their words (the curator's --basis). */
	dateBasis?: string;
	/** The article's address, whose path often carries its publication day (the source's url). */
	url?: string;
	/** The id of the source the text is stored as. */
	source: string;
	/** SHA-256 of the raw text. */
	sha256: string;
	/** A meeting id chosen by the curator, instead of the one from date and place. */
	id?: string;
}

/** A record that may still lack its date or place: what the ingest extracts from any text. */
export type DraftRecord = Omit<MeetingRecord, 'date' | 'place'> & Partial<Pick<MeetingRecord, 'date' | 'place'>>;

/** Something a curator must confirm or supply, where the text shows it, and how. */
export interface ReviewItem {
	/** The record's field it is about: "date", "place", "unresolved". */
	field: string;
	/** What is missing or uncertain. */
	message: string;
	/** The paragraph and 1-based line of the raw file, when the item has a place in the text. */
	paragraph?: string;
	line?: number;
	/** The flag or file that supplies it. */
	fix: string;
	/** True when the article cannot be written until it is done: it would publish a wrong or incomplete fact. */
	blocking: boolean;
}

/** A parsed press text: its draft record, paragraphs and review list; the meeting id once date and place are known. */
export interface ParsedPressText {
	id?: string;
	paragraphs: AnalysedParagraph[];
	record: DraftRecord;
	review: ReviewItem[];
}

/** A parsed text with nothing blocking: the article can be written. */
export interface PublishableText extends ParsedPressText {
	id: string;
	record: MeetingRecord;
}
