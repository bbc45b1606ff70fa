/**
 * Runs the ingest on one text for the harness and says how it ended: a record, a refusal
 * (`ok: false` with problems) or a crash (a thrown error). Pure apart from calling the parser it
 * is given; tolerant of the result shapes the ingest has had and is getting (`parsed.record` today,
 * a `record` beside `ok` tomorrow).
 */
import type { RecordUnderTest } from './record-under-test.ts';
import type { Outcome } from './score-record.ts';

interface ProblemLike {
	message?: unknown;
	fix?: unknown;
}

/** A problem as one line: "no date found (fix: pass --year)". */
function problemText(problem: unknown): string {
	if (typeof problem === 'string') return problem;
	const { message, fix } = (problem ?? {}) as ProblemLike;
	return `${String(message ?? JSON.stringify(problem))}${fix ? ` (fix: ${String(fix)})` : ''}`;
}

/** The outcome of an ingest result: outcomeOf({ ok: false, problems: [{ message: "no date", fix: "…" }] }) → a refusal. */
export function outcomeOf(result: unknown): Outcome {
	const value = (result ?? {}) as { ok?: unknown; problems?: unknown; warnings?: unknown; record?: unknown; parsed?: { record?: unknown } };
	const problems = [...(Array.isArray(value.problems) ? value.problems : []), ...(Array.isArray(value.warnings) ? value.warnings : [])].map(problemText);
	if (value.ok === false) return { status: 'refusal', problems: problems.length > 0 ? problems : ['refused without a reason'] };
	const record = value.parsed?.record ?? value.record;
	if (value.ok !== true || typeof record !== 'object' || record === null) {
		return { status: 'crash', error: `the ingest returned neither a record nor a refusal: ${JSON.stringify(result)?.slice(0, 200)}` };
	}
	return { status: 'record', record: record as RecordUnderTest, problems };
}

/** Runs the parser and classifies how it ended; a thrown error is a crash, never propagated. */
export function runIngest(parse: () => unknown): Outcome {
	try {
		return outcomeOf(parse());
	} catch (error) {
		return { status: 'crash', error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
	}
}
