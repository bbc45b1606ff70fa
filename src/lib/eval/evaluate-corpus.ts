/**
 * The harness's recipe over a corpus already read from disk: decode each text → run the ingest
 * on it → score the outcome against its truth → sum up the corpus. Pure: the CLI reads the
 * files and builds the gazetteer, this module never touches the file system.
 */
import { decodeText } from '../ingest/text/index.ts';
import type { Gazetteer } from '../ingest/gazetteer/index.ts';
import { parsePressText } from '../ingest/parse-press-text.ts';
import type { GroundTruth } from './ground-truth.ts';
import { runIngest } from './run-ingest.ts';
import { scoreText, type Outcome, type TextScore } from './score-record.ts';
import { summarize, type CorpusSummary } from './summarize.ts';

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

/**
 * How the ingest is run: as a curator imports a web article, with its address (`--url`, the
 * truth's `source_url`, whose path often carries the publication day), or on the text alone.
 */
export type IngestMode = 'with-address' | 'text-only';

/** Runs the ingest on one text and says how it ended; undecodable bytes are a refusal, as in the ingest CLI. */
export function ingestText(text: CorpusText, gazetteer: Gazetteer, mode: IngestMode): Outcome {
	const decoded = decodeText(text.bytes);
	if (!decoded.ok) return { status: 'refusal', problems: [`${decoded.problem.message} (fix: ${decoded.problem.fix})`] };
	const source = `eval-${text.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
	const url = mode === 'with-address' && text.truth.source_url ? { url: text.truth.source_url } : {};
	return runIngest(() => parsePressText(decoded.text, gazetteer, { source, sha256: text.sha256, ...url }));
}

/** Runs and scores every text, then sums up. */
export function evaluateCorpus(texts: CorpusText[], gazetteer: Gazetteer, mode: IngestMode = 'with-address'): CorpusEvaluation {
	const scored = texts.map((text) => scoreText(text.name, ingestText(text, gazetteer, mode), text.truth, gazetteer));
	return { texts: scored, summary: summarize(scored) };
}
