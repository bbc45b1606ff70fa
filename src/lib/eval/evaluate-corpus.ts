/**
 * The harness's recipe over a corpus already read from disk: decode each text → run the ingest
 * on it → score the outcome against its truth → sum up the corpus. Pure: the CLI reads the
 * files and builds the gazetteer, this module never touches the file system.
 */
import { decodeText } from '../ingest/decode.ts';
import type { Gazetteer } from '../ingest/gazetteer.ts';
import { parsePressText } from '../ingest/parse-press-text.ts';
import type { GroundTruth } from './ground-truth.ts';
import { runIngest, withoutPlaceholderPlace } from './run-ingest.ts';
import { scoreText, summarize, type CorpusSummary, type Outcome, type TextScore } from './score-record.ts';

/** One text of a corpus with its truth, as read by the CLI. */
export interface CorpusText {
	/** The file name without extension: "01_hu-cinq-dirigeants". */
	name: string;
	bytes: Uint8Array;
	/** SHA-256 of the bytes, which the ingest records. */
	sha256: string;
	truth: GroundTruth;
}

/** A scored corpus: every text and the summary with its goals. */
export interface CorpusEvaluation {
	texts: TextScore[];
	summary: CorpusSummary;
}

/** How the ingest is run: alone, or "assisted" with the options a curator could pass. */
export type IngestMode = 'plain' | 'assisted';

/**
 * The year a curator would pass with `--year` in assisted mode: that of the truth's date, else of
 * its inferred date. yearOfTruth({ date: null, inferred_date: "2023-10-24/2023-10-27" }) → 2023.
 */
export function yearOfTruth(truth: Pick<GroundTruth, 'date' | 'inferred_date'>): number | undefined {
	const value = truth.date ?? truth.inferred_date;
	return value ? Number(value.slice(0, 4)) : undefined;
}

/** Runs the ingest on one text and says how it ended; undecodable bytes are a refusal, as in the ingest CLI. */
export function ingestText(text: CorpusText, gazetteer: Gazetteer, mode: IngestMode): Outcome {
	const decoded = decodeText(text.bytes);
	if (!decoded.ok) return { status: 'refusal', problems: [`${decoded.problem.message} (fix: ${decoded.problem.fix})`] };
	const source = `eval-${text.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
	if (mode === 'plain') return runIngest(() => parsePressText(decoded.text, gazetteer, { source, sha256: text.sha256 }));
	const year = yearOfTruth(text.truth);
	const id = `${year ?? 2000}-placeholder`;
	const outcome = runIngest(() => parsePressText(decoded.text, gazetteer, { source, sha256: text.sha256, id, ...(year ? { year } : {}) }));
	return withoutPlaceholderPlace(outcome, id);
}

/** Runs and scores every text, then sums up. */
export function evaluateCorpus(texts: CorpusText[], gazetteer: Gazetteer, mode: IngestMode = 'plain'): CorpusEvaluation {
	const scored = texts.map((text) => scoreText(text.name, ingestText(text, gazetteer, mode), text.truth, gazetteer));
	return { texts: scored, summary: summarize(scored) };
}
