/** The review list: what a curator must confirm or supply, each item with its field, place in the text and fix. */
import type { Unresolved } from '../../../schemas/meeting.ts';
import type { AnalysedParagraph, GazetteerEntry } from '../gazetteer/index.ts';
import type { Report } from '../report/index.ts';
import type { IngestProblem } from '../text/index.ts';
import type { ParsedPressText, PublishableText, ReviewItem } from './types.ts';

/** The review item of an input problem that blocks publishing. */
export const blocking = (field: string, problem: IngestProblem): ReviewItem => ({ field, message: problem.message, ...(problem.line ? { line: problem.line } : {}), fix: problem.fix, blocking: true });

/**
 * An announced visit is not a meeting that took place: publishing it among meetings would assert
 * what the text only announces. It stays a draft; the report of the visit, once held, is the text to import.
 */
export function announcement(report: Report, paragraphs: AnalysedParagraph[]): ReviewItem {
	const line = paragraphs.find((paragraph) => paragraph.id === report.paragraph)?.line;
	return {
		field: 'reports',
		message: `the text announces a visit ("${report.cue}") rather than reporting a meeting that took place`,
		...(report.paragraph ? { paragraph: report.paragraph } : {}),
		...(line ? { line } : {}),
		fix: 'the atlas publishes meetings that took place: keep this draft, and import the report of the visit once it has taken place',
		blocking: true,
	};
}

/**
 * Several venues (a tour, "au Kirghizistan, au Kazakhstan et en Russie") leave the meeting
 * without one place: the place is null, and the curator is told which venues the text gives.
 */
export function severalVenues(names: string[], paragraph: string | undefined, line: number | undefined): ReviewItem {
	return {
		field: 'place',
		message: `the text gives several venues (${names.map((name) => `"${name}"`).join(', ')}): the place is left null`,
		...(paragraph ? { paragraph } : {}),
		...(line ? { line } : {}),
		fix: 'import the report of the meeting held at one of them, or pass --id to name this one',
		blocking: false,
	};
}

/** What a curator reads about a name the ingest could not resolve. */
function unresolvedMessage(item: Unresolved): string {
	// The speaker of a statement may be known only as a pronoun or by a verb ("a-t-il ajouté").
	if (item.reason === 'unknown-speaker') return `a statement ("${item.name}") has a speaker the gazetteer lacks, so it is left out`;
	return `"${item.name}" is not in the gazetteer`;
}

/** Where to add a name the ingest could not resolve. */
const unresolvedFix: Record<Unresolved['reason'], string> = {
	'unknown-name': 'add it to content/actors/ or content/places/ (or to content/ingest/not-names.yaml if it is not a name)',
	'unknown-place': 'add it to content/places/',
	'unknown-speaker': 'add the speaker to content/actors/',
	'unknown-organisation': 'add it to content/organisations/ (its acronym as an alias)',
};

/**
 * The review item of a name the ingest could not resolve: not blocking, since the article can say
 * it as written. A person or speaker that is probably another spelling of someone the atlas knows
 * (`spelledLike`) is an alias to add to that actor, named, rather than a new person.
 */
export function unresolvedItem(item: Unresolved, spelledLike?: GazetteerEntry): ReviewItem {
	const fix = spelledLike && (item.reason === 'unknown-name' || item.reason === 'unknown-speaker')
		? `if it is ${spelledLike.name.en}, add "${item.name}" to the aliases of content/actors/${spelledLike.id}.yaml; otherwise ${unresolvedFix[item.reason]}`
		: unresolvedFix[item.reason];
	return { field: 'unresolved', message: unresolvedMessage(item), paragraph: item.paragraph, line: item.line, fix, blocking: false };
}

/** The parsed text when nothing blocks it, else the blocking items: what the write mode publishes. */
export function toPublishable(parsed: ParsedPressText): { ok: true; text: PublishableText } | { ok: false; blocking: ReviewItem[] } {
	const { id, record } = parsed;
	const blockingItems = parsed.review.filter((item) => item.blocking);
	if (blockingItems.length > 0 || id === undefined || !record.date || record.place === undefined) return { ok: false, blocking: blockingItems };
	return { ok: true, text: { ...parsed, id, record: { ...record, date: record.date, place: record.place } } };
}
