/**
 * The harness's report, as a plain-text table for people and as JSON for tools. Pure; the
 * output depends only on the evaluation (no clock, no paths beyond the corpus label given).
 */
import type { CorpusEvaluation } from './evaluate-corpus.ts';
import { scoredFields, type ScoredField } from './record-under-test.ts';

const headings: Record<ScoredField, string> = {
	statedDate: 'stated',
	inferredDate: 'infer.',
	kind: 'kind',
	place: 'place',
	participantsRecall: 'p.rec',
	participantsPrecision: 'p.prec',
	participantCountries: 'ctry',
	organisations: 'org',
};

const cell = (value: number) => value.toFixed(2).padStart(6);

function table(evaluation: CorpusEvaluation): string[] {
	const nameWidth = Math.min(40, Math.max(10, ...evaluation.texts.map((text) => text.name.length)));
	const name = (text: string) => (text.length > nameWidth ? `${text.slice(0, nameWidth - 1)}…` : text.padEnd(nameWidth));
	const header = `${name('text')}  ${'outcome'.padEnd(7)} ${scoredFields.map((field) => headings[field].padStart(6)).join(' ')}   mean`;
	const rows = evaluation.texts.map((text) => `${name(text.name)}  ${text.outcome.padEnd(7)} ${scoredFields.map((field) => cell(text.score.fields[field].score)).join(' ')} ${cell(text.score.mean)}`);
	const means = `${name('field mean')}  ${''.padEnd(7)} ${scoredFields.map((field) => cell(evaluation.summary.fieldMeans[field])).join(' ')} ${cell(evaluation.summary.meanFieldScore)}`;
	return [header, '-'.repeat(header.length), ...rows, '-'.repeat(header.length), means];
}

/**
 * The report as text: the table (texts × fields), the counts, the goals with PASS or FAIL, the
 * reasons of refusals and crashes, and with `details` every field's explanation.
 */
export function toTextReport(label: string, evaluation: CorpusEvaluation, options: { details?: boolean; textOnly?: CorpusEvaluation } = {}): string {
	const { summary } = evaluation;
	const lines = [`eval:ingest ${label}: ${summary.texts} texts`, '', ...table(evaluation), ''];
	lines.push(`records ${summary.records}, refusals ${summary.refusals}, crashes ${summary.crashes}; kinds read from the truth's notes unless it has a "kind" field`);
	lines.push('', 'goals');
	for (const goal of summary.goals) lines.push(`  ${goal.isMet ? 'PASS' : 'FAIL'}  ${goal.name}: ${goal.actual} (goal ${goal.target})`);
	const failures = evaluation.texts.filter((text) => text.outcome !== 'record');
	if (failures.length > 0) {
		lines.push('', 'refusals and crashes');
		for (const text of failures) lines.push(`  ${text.name} (${text.outcome}): ${text.messages.join('; ')}`);
	}
	if (options.details) {
		lines.push('', 'details');
		for (const text of evaluation.texts) {
			lines.push(`  ${text.name} (${text.outcome}; truth kind ${text.score.truthKind.kind}, from ${text.score.truthKind.from})`);
			for (const field of scoredFields) lines.push(`    ${field}: ${text.score.fields[field].score} — ${text.score.fields[field].explanation}`);
		}
	}
	if (options.textOnly) {
		lines.push('', 'the text alone, without its address', '');
		lines.push(...table(options.textOnly), '');
		for (const goal of options.textOnly.summary.goals) lines.push(`  ${goal.isMet ? 'PASS' : 'FAIL'}  ${goal.name}: ${goal.actual} (goal ${goal.target})`);
	}
	return `${lines.join('\n')}\n`;
}

/** The report as JSON: every text with its outcome, messages and field scores, then the summary and goals. */
export function toJsonReport(label: string, evaluation: CorpusEvaluation, options: { textOnly?: CorpusEvaluation } = {}): string {
	const texts = (scored: CorpusEvaluation) =>
		scored.texts.map((text) => ({
			name: text.name,
			outcome: text.outcome,
			messages: text.messages,
			truthKind: text.score.truthKind,
			mean: text.score.mean,
			falseStatedDate: text.score.falseStatedDate,
			inferredRightToMonth: text.score.inferredRightToMonth,
			fields: text.score.fields,
		}));
	const report = {
		corpus: label,
		fields: scoredFields,
		texts: texts(evaluation),
		summary: evaluation.summary,
		...(options.textOnly ? { textOnly: { texts: texts(options.textOnly), summary: options.textOnly.summary } } : {}),
	};
	return `${JSON.stringify(report, null, 2)}\n`;
}
