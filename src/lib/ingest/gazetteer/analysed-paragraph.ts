/**
 * The ingest's own working shapes. The record it produces is typed by its schema
 * (MeetingRecord in src/schemas/meeting.ts), so what the ingest writes is what the site reads.
 */
import type { Block } from '../text/blocks.ts';
import type { Match } from './gazetteer.ts';

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
