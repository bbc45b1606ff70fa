/** A problem with the input, phrased for the person who runs the ingest. */
export interface IngestProblem {
	/** What is wrong. */
	message: string;
	/** The 1-based line of the raw file, when the problem has one. */
	line?: number;
	/** How to fix it. */
	fix: string;
}
