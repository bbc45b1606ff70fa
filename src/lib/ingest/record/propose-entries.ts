/**
 * Turns what a draft names but the gazetteer lacks into proposed content files: a person with the
 * name, role and country the text gives, a place, an organisation, each marked `draft` with the
 * paragraph that introduced it, and the English article as a skeleton with one slot per paragraph.
 * A curator then edits a few fields rather than writing YAML from scratch; the content check
 * refuses every draft until it has been reviewed. Pure: the CLI writes the files.
 */
import { Document } from 'yaml';
import { slugify } from './naming.ts';
import type { ParsedPressText } from './types.ts';
import { toMdxBody } from './to-mdx.ts';
import type { AnalysedParagraph } from '../gazetteer/index.ts';
import { statementFingerprint } from '../statements/index.ts';
import type { Mention } from '../../../schemas/meeting.ts';

/** A file to write: its path under the project root and its text. */
export interface ProposedFile {
	path: string;
	content: string;
	/** What it proposes, for the curator: "person Bakhtiyor Saidov (p1)". */
	summary: string;
}

/** The header every proposal carries: where it comes from and what to do. */
/** What a statement slot of the skeleton starts with until it is translated; the content check refuses it. */
export const untranslated = '[translate]';

function header(source: string, what: string): string {
	return ` Proposed by \`npm run ingest -- --draft\` from content/sources/${source}.txt: ${what}.\n Check every field against the text, fill the empty ones, then delete "draft".`;
}

function yamlFile(data: object, comment: string): string {
	const document = new Document(data);
	document.commentBefore = comment;
	return document.toString({ lineWidth: 0, flowCollectionPadding: true });
}

/** Where a mention was first written: its paragraph and the line of the raw file. */
function origin(mention: Pick<Mention, 'cite'>, source: string, paragraphs: AnalysedParagraph[]) {
	const paragraph = mention.cite.paragraphs[0];
	const line = paragraphs.find((candidate) => candidate.id === paragraph)?.line;
	return { source, ...(paragraph ? { paragraph } : {}), ...(line ? { line } : {}) };
}

/**
 * The entries a draft needs and the gazetteer lacks, one file each, never one that exists:
 * proposeEntries(parsed, "2024-09-12-tachkent", exists) → [content/actors/bakhtiyor-saidov.yaml, content/places/tachkent.yaml].
 */
export function proposeEntries(parsed: ParsedPressText, source: string, exists: (path: string) => boolean): ProposedFile[] {
	const { record, paragraphs } = parsed;
	const files: ProposedFile[] = [];
	const propose = (path: string, data: object, summary: string) => {
		if (!exists(path) && !files.some((file) => file.path === path)) files.push({ path, content: yamlFile(data, header(source, summary)), summary });
	};
	for (const person of record.participants.filter((participant) => participant.id === null)) {
		propose(
			`content/actors/${slugify(person.name)}.yaml`,
			{
				draft: origin(person, source, paragraphs),
				kind: 'person',
				// The English name is often the same; the curator checks its usual English spelling.
				name: { fr: person.name, en: person.name },
				aliases: [person.name],
				country: person.country ?? '',
				roles: person.role ? [{ fr: person.role, en: '' }] : [],
			},
			`person ${person.name}${person.role ? `, ${person.role}` : ''}`,
		);
	}
	// A venue the text names only as a country is a state, not a place to add: only an unknown place the review lists is proposed.
	const place = record.place;
	if (place && place.id === null && record.unresolved.some((item) => item.reason === 'unknown-place' && item.name === place.name)) {
		propose(
			`content/places/${slugify(place.name)}.yaml`,
			{
				draft: origin(place, source, paragraphs),
				kind: 'city',
				name: { fr: place.name, en: place.name },
				aliases: [place.name],
				country: place.country ?? '',
				// WGS 84 coordinates of the centre, which the text does not give.
				coordinates: { lat: null, lon: null },
			},
			`place ${place.name}`,
		);
	}
	for (const organisation of record.organisations.filter((candidate) => candidate.id === null)) {
		propose(
			`content/organisations/${slugify(organisation.name)}.yaml`,
			{
				draft: origin(organisation, source, paragraphs),
				kind: 'organisation',
				name: { fr: organisation.name, en: '' },
				aliases: [organisation.name],
			},
			`organisation ${organisation.name}`,
		);
	}
	return files;
}

/**
 * The English article of a meeting as a skeleton: one slot per paragraph of the source, in order
 * (paragraph ids are shared), and one per statement of the French article, under the fingerprint
 * of its sentence; each slot holds the French text to translate in place.
 */
export function translationSkeleton(parsed: ParsedPressText & { id: string }, source: string): ProposedFile {
	const statements = parsed.record.statements.map((statement) => ({ fingerprint: statementFingerprint(statement.text), text: `${untranslated} ${statement.text}` }));
	const frontmatter = yamlFile(
		{ kind: 'translation', title: '', translator: '', statements, draft: { source } },
		header(source, 'the English article, one paragraph per paragraph of the source, and one statement per statement of the French article (keep each fingerprint)'),
	);
	const slots = parsed.paragraphs.map((paragraph) => `[${paragraph.id}: translate] ${paragraph.text}`);
	return { path: `content/meetings/en/${parsed.id}.mdx`, content: `---\n${frontmatter}---\n\n${toMdxBody(slots)}`, summary: `English skeleton, ${slots.length} paragraphs` };
}
