/**
 * The ground truth of an evaluation corpus: one hand-annotated JSON file per press text, in the
 * format of ../shared/ingest-corpus/README.md. Only the fields the scorer reads are checked;
 * `topics` and `referenced_events` are left for a later, recall-style measure.
 */
import { z } from 'zod';

/** What a press text reports, as the harness classifies it. */
export const meetingKinds = ['meeting', 'announced-visit', 'arrival', 'multilateral-meeting', 'virtual-meeting'] as const;
export type MeetingKind = (typeof meetingKinds)[number];

const day = /^\d{4}-\d{2}-\d{2}$/;

/** One annotated text: the facts the text itself states, and the date a careful reader infers. */
export const groundTruthSchema = z.looseObject({
	/** Where the text was published: what a curator passes with --url. */
	source_url: z.string().nullable().optional(),
	/** The meeting date when the text prints it, else null. */
	date: z.string().regex(/^\d{4}(?:-\d{2}){0,2}$/).nullable(),
	/** How much of `date` the text prints. */
	date_precision: z.enum(['day', 'month', 'year', 'unknown']),
	/** A day ("2022-11-29") or, for a multi-day visit, an interval ("2023-10-24/2023-10-27"); null when none. */
	inferred_date: z.string().refine((value) => value.split('/').length <= 2 && value.split('/').every((part) => day.test(part)), 'a day YYYY-MM-DD or an interval YYYY-MM-DD/YYYY-MM-DD').nullable(),
	/** The venue as written, or null when the text states none. */
	place: z.object({ city: z.string().nullable(), country: z.string().nullable() }).nullable(),
	/** The principals, as written at their first full mention. */
	participants: z.array(z.string()),
	/** ISO 3166-1 alpha-2 codes of the countries taking part, hosts included. */
	participant_countries: z.array(z.string().regex(/^[A-Z]{2}$/)),
	/** Organisations of the meeting, as written. */
	organizations: z.array(z.string()),
	/** Free-text notes of the annotator; the kind of text is derived from them when `kind` is absent. */
	notes: z.string().default(''),
	/** What the text reports, when the annotator gave it explicitly (not in the 2025 corpus). */
	kind: z.enum(meetingKinds).optional(),
});
export type GroundTruth = z.output<typeof groundTruthSchema>;

/** Validates a parsed JSON file: { ok: true, truth } or the problems, each with its field path. */
export function parseGroundTruth(data: unknown): { ok: true; truth: GroundTruth } | { ok: false; problems: string[] } {
	const result = groundTruthSchema.safeParse(data);
	if (result.success) return { ok: true, truth: result.data };
	return { ok: false, problems: result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`) };
}

/**
 * The kind of text the truth describes: its `kind` field, else a conservative reading of the
 * notes. Only the notes' sentences that open with "A"/"An" describe the text as a whole ("An
 * ANNOUNCEMENT of a three-capital tour", "A VIRTUAL meeting"); the first cue found there decides,
 * in this order: announcement, arrival, virtual/video link, multilateral/collective/summit.
 * Anything else is a plain meeting.
 * kindOfTruth({ notes: "Date: a weekday only. An ARRIVAL report: leaders land for a summit." }) → "arrival"
 */
export function kindOfTruth(truth: Pick<GroundTruth, 'notes' | 'kind'>): MeetingKind {
	if (truth.kind) return truth.kind;
	const describing = truth.notes
		.split(/(?<=[.!?])\s+/)
		.filter((sentence) => /^An?\s/.test(sentence))
		.join(' ');
	if (/\bannouncement\b/i.test(describing)) return 'announced-visit';
	if (/\barrival\b/i.test(describing)) return 'arrival';
	if (/\bvirtual\b|\bvideo\b|liaison vid[ée]o/i.test(describing)) return 'virtual-meeting';
	if (/\bmultilateral\b|\bcollective\b|\bsummit\b/i.test(describing)) return 'multilateral-meeting';
	return 'meeting';
}
