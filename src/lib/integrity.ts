/**
 * Checks the whole content folder: every entry against its schema, every reference against
 * the entries that exist, every citation against the paragraphs of its source. Astro only
 * logs a missing reference() target and warns on duplicate ids; this makes them errors, each
 * naming the file, the field and the fix. Pure: the caller reads the files.
 */
import { z } from 'zod';
import { fold, normalizeRawText, splitBlocks } from './ingest/text/index.ts';
import { readArticleParagraphs } from './mdx/article-paragraphs.ts';
import { untranslated } from './ingest/record/index.ts';
import { statementFingerprint } from './ingest/statements/index.ts';
import { actorSchema } from '../schemas/actor.ts';
import { createAreaSchema } from '../schemas/area.ts';
import { type CollectionName, idSchema, type ReferenceFactory } from '../schemas/common.ts';
import { createEventSchema } from '../schemas/event.ts';
import { createMeetingSchema } from '../schemas/meeting.ts';
import { organisationSchema } from '../schemas/organisation.ts';
import { placeSchema } from '../schemas/place.ts';
import { sourceMetadataSchema } from '../schemas/source.ts';

/** An entry as read from disk. */
export interface EntryFile {
	collection: string;
	id: string;
	path: string;
	data: Record<string, any>;
	/** The MDX body, for articles. */
	body?: string;
}

/** A raw source as read from disk. */
export interface SourceText {
	id: string;
	textPath: string;
	metadataPath: string;
	text: string;
	sha256: string;
	metadata: Record<string, any> | undefined;
}

/** One thing wrong with the content. */
export interface IntegrityIssue {
	file: string;
	field: string;
	message: string;
}

/** A reference factory that accepts only ids present in `ids`, naming the known ones otherwise. */
export function createIdReference(ids: Record<CollectionName, Set<string>>): ReferenceFactory<z.ZodString> {
	return (collection) =>
		z.string().superRefine((id, context) => {
			if (!ids[collection].has(id)) {
				const known = [...ids[collection]].sort().join(', ');
				context.addIssue({ code: 'custom', message: `unknown ${collection} id "${id}" (known: ${known || 'none'}); add content/${collection}/${id}.yaml or correct the id` });
			}
		});
}

/** The schema of each collection's files, bound to a reference factory. */
function schemasFor(reference: ReferenceFactory): Record<string, z.ZodType> {
	return {
		actors: actorSchema,
		places: placeSchema,
		organisations: organisationSchema,
		areas: createAreaSchema(reference),
		events: createEventSchema(reference),
		meetings: createMeetingSchema(reference),
	};
}

function zodIssues(file: string, error: z.ZodError): IntegrityIssue[] {
	return error.issues.map((issue) => ({ file, field: issue.path.join('.') || '(root)', message: issue.message }));
}

/** Every citation ({ source, paragraphs }) inside a value, with its path. */
function findCitations(value: unknown, path: string[] = []): { path: string; source: string; paragraphs: string[] }[] {
	if (Array.isArray(value)) return value.flatMap((item, index) => findCitations(item, [...path, String(index)]));
	if (value === null || typeof value !== 'object') return [];
	const record = value as Record<string, unknown>;
	const here = typeof record.source === 'string' && Array.isArray(record.paragraphs) ? [{ path: path.join('.'), source: record.source, paragraphs: record.paragraphs as string[] }] : [];
	return [...here, ...Object.entries(record).flatMap(([key, child]) => findCitations(child, [...path, key]))];
}

/** The paragraph ids of a source text: "p1"… */
export function paragraphIdsOf(text: string): string[] {
	return splitBlocks(normalizeRawText(text)).flatMap((block) => (block.id ? [block.id] : []));
}

/** Checks ids, schemas, references, citations, aliases and role translations. */
export function checkIntegrity(entries: EntryFile[], sources: SourceText[]): IntegrityIssue[] {
	const issues: IntegrityIssue[] = [];
	const collections: CollectionName[] = ['sources', 'meetings', 'actors', 'places', 'organisations', 'areas', 'events'];
	const ids = Object.fromEntries(collections.map((name) => [name, new Set<string>()])) as Record<CollectionName, Set<string>>;
	for (const source of sources) ids.sources.add(source.id);
	for (const entry of entries) {
		const set = ids[entry.collection as CollectionName];
		const bareId = entry.collection === 'meetings' ? entry.id.replace(/^[a-z]{2}\//, '') : entry.id;
		const idCheck = idSchema.safeParse(bareId);
		if (!idCheck.success) issues.push({ file: entry.path, field: '(file name)', message: `the file name gives the id "${bareId}", which ${idCheck.error.issues[0]!.message}` });
		if ([...set].some((other) => other.toLowerCase() === entry.id.toLowerCase())) {
			issues.push({ file: entry.path, field: '(file name)', message: `duplicate ${entry.collection} id "${entry.id}"; ids must be unique` });
		}
		set.add(entry.id);
	}

	const schemas = schemasFor(createIdReference(ids));
	for (const entry of entries) {
		const result = schemas[entry.collection]?.safeParse(entry.data);
		if (result && !result.success) issues.push(...zodIssues(entry.path, result.error));
	}

	const paragraphsBySource = new Map<string, Set<string>>();
	for (const source of sources) {
		paragraphsBySource.set(source.id, new Set(paragraphIdsOf(source.text)));
		if (!source.metadata) {
			issues.push({ file: source.metadataPath, field: '(file)', message: `missing; every source text needs its metadata beside it (run \`npm run ingest -- --regenerate\`)` });
			continue;
		}
		const metadata = sourceMetadataSchema.safeParse(source.metadata);
		if (!metadata.success) issues.push(...zodIssues(source.metadataPath, metadata.error));
		else if (metadata.data.sha256 !== source.sha256) {
			issues.push({ file: source.textPath, field: 'sha256', message: `the text's SHA-256 is ${source.sha256} but ${source.metadataPath} records ${metadata.data.sha256}: a raw source was edited. Restore it, or run \`npm run ingest -- --regenerate\` if the change is deliberate` });
		}
	}

	for (const entry of entries) {
		for (const citation of findCitations(entry.data)) {
			const paragraphs = paragraphsBySource.get(citation.source);
			if (!paragraphs) continue; // An unknown source is reported by the schema's reference.
			for (const paragraph of citation.paragraphs) {
				if (!paragraphs.has(paragraph)) {
					issues.push({ file: entry.path, field: `${citation.path}.paragraphs`, message: `source "${citation.source}" has no paragraph "${paragraph}" (it has ${[...paragraphs].join(', ')})` });
				}
			}
		}
	}

	issues.push(...checkDrafts(entries), ...checkAliases(entries), ...checkRoleTranslations(entries), ...checkTranslations(entries, paragraphsBySource));
	return issues;
}

/** The same alias on two entries makes the ingest's choice arbitrary. */
function checkAliases(entries: EntryFile[]): IntegrityIssue[] {
	const owners = new Map<string, EntryFile>();
	const issues: IntegrityIssue[] = [];
	for (const entry of entries) {
		for (const [index, alias] of ((entry.data.aliases as string[] | undefined) ?? []).entries()) {
			const key = fold(alias);
			const owner = owners.get(key);
			if (owner && owner !== entry) {
				issues.push({ file: entry.path, field: `aliases.${index}`, message: `"${alias}" is also an alias of ${owner.path}; an alias must name one entry only` });
			}
			owners.set(key, entry);
		}
	}
	return issues;
}

/** Proposals of `ingest --draft` a curator has not yet reviewed: nothing proposed is published unread. */
function checkDrafts(entries: EntryFile[]): IntegrityIssue[] {
	return entries
		.filter((entry) => entry.data.draft)
		.map((entry) => {
			const { source, paragraph, line } = entry.data.draft as { source?: string; paragraph?: string; line?: number };
			const where = [paragraph, line === undefined ? undefined : `line ${line}`].filter(Boolean).join(', ');
			const what = entry.collection === 'meetings' ? 'translate every paragraph, write the title and the translator' : 'check every field against the text and fill the empty ones';
			return { file: entry.path, field: 'draft', message: `a draft proposed from content/sources/${source}.txt${where ? ` (${where})` : ''}: ${what}, then delete the "draft" field` };
		});
}

/** Every role a source gives an actor needs its English translation in the actor's file. */
function checkRoleTranslations(entries: EntryFile[]): IntegrityIssue[] {
	const actors = new Map(entries.filter((entry) => entry.collection === 'actors').map((entry) => [entry.id, entry]));
	const issues: IntegrityIssue[] = [];
	for (const meeting of entries.filter((entry) => entry.collection === 'meetings' && entry.data.kind === 'original')) {
		for (const list of ['participants', 'actors'] as const) {
			for (const [index, mention] of ((meeting.data[list] as any[] | undefined) ?? []).entries()) {
				const actor = mention?.id ? actors.get(mention.id) : undefined;
				if (!actor || !mention.role) continue;
				const roles = (actor.data.roles as { fr: string }[] | undefined) ?? [];
				if (!roles.some((role) => fold(role.fr) === fold(mention.role))) {
					issues.push({ file: meeting.path, field: `${list}.${index}.role`, message: `missing translation: add { fr: "${mention.role}", en: "…" } to the roles of ${actor.path}` });
				}
			}
		}
	}
	return issues;
}

/**
 * Every original needs its English translation (both languages are first class); a
 * translation needs its original under the same id, and one paragraph for each paragraph of
 * the source, in order, since paragraph ids are shared between the languages.
 */
function checkTranslations(entries: EntryFile[], paragraphsBySource: Map<string, Set<string>>): IntegrityIssue[] {
	const bareId = (entry: EntryFile) => entry.id.replace(/^[a-z]{2}\//, '');
	const originals = new Map(entries.filter((entry) => entry.collection === 'meetings' && entry.data.kind === 'original').map((entry) => [bareId(entry), entry]));
	const translated = new Set(entries.filter((entry) => entry.collection === 'meetings' && entry.id.startsWith('en/')).map(bareId));
	const missing = [...originals].filter(([id]) => !translated.has(id)).map(([id, entry]): IntegrityIssue => ({
		file: entry.path,
		field: '(translation)',
		message: `missing translation: write content/meetings/en/${id}.mdx (frontmatter kind: translation, title, translator; one English paragraph per paragraph of the source)`,
	}));
	return [...missing, ...entries
		.filter((entry) => entry.collection === 'meetings' && entry.data.kind === 'translation')
		.flatMap((entry): IntegrityIssue[] => {
			const original = originals.get(bareId(entry));
			if (!original) return [{ file: entry.path, field: '(file name)', message: `a translation of "${bareId(entry)}", but no original article has that id` }];
			const expected = paragraphsBySource.get(original.data.source)?.size;
			const actual = entry.body === undefined ? undefined : readArticleParagraphs(entry.body).length;
			const statements = checkStatementTranslations(entry, original);
			if (expected === undefined || actual === undefined || actual === expected) return statements;
			return [{ file: entry.path, field: '(body)', message: `${actual} paragraphs, but the source has ${expected}; translate paragraph by paragraph, one blank line between paragraphs, so that p1…p${expected} match` }, ...statements];
		})];
}

/** The first words of a sentence, for messages: "La Chine soutient fermement le Kirghizstan…". */
const opening = (text: string) => (text.length > 60 ? `${text.slice(0, 60).trimEnd()}…` : text);

/**
 * Every statement of the original needs its text in the translation, under the fingerprint of its
 * current French sentence; a translated entry whose fingerprint matches no statement translates a
 * sentence that changed since (after `--regenerate`) or is gone. Entries are paired by position.
 */
function checkStatementTranslations(translation: EntryFile, original: EntryFile): IntegrityIssue[] {
	const french = (original.data.statements as { text: string }[] | undefined) ?? [];
	const translated = (translation.data.statements as { fingerprint: string; text: string }[] | undefined) ?? [];
	const fingerprints = french.map((statement) => statementFingerprint(statement.text));
	const stale = new Set(translated.flatMap((statement, index) => (fingerprints.includes(statement.fingerprint) ? [] : [index])));
	const slots = translated.flatMap((statement, index): IntegrityIssue[] =>
		statement.text.startsWith(untranslated) ? [{ file: translation.path, field: `statements.${index}.text`, message: `still the skeleton's French: write the English text in place of "${untranslated} …", keeping the fingerprint` }] : [],
	);
	const issues = french.flatMap((statement, index): IntegrityIssue[] => {
		if (translated.some((candidate) => candidate.fingerprint === fingerprints[index])) return [];
		const said = `statement ${index + 1} of ${original.path} (“${opening(statement.text)}”)`;
		if (stale.delete(index)) {
			return [{ file: translation.path, field: `statements.${index}`, message: `translates an earlier wording of ${said}: its French sentence changed after it was translated; check the English text against it, then set fingerprint: ${fingerprints[index]}` }];
		}
		return [{ file: translation.path, field: 'statements', message: `no English text for ${said}: add { fingerprint: ${fingerprints[index]}, text: "…" } to statements, in the order of the original` }];
	});
	return [...slots, ...issues, ...[...stale].map((index): IntegrityIssue => ({ file: translation.path, field: `statements.${index}`, message: `fingerprint ${translated[index]!.fingerprint} matches no statement of ${original.path}: remove it, or give it the fingerprint of the statement it translates` }))];
}

/** Formats issues for a terminal: "content/x.yaml: field: message". */
export function formatIssues(issues: IntegrityIssue[]): string {
	return issues.map((issue) => `${issue.file}: ${issue.field}: ${issue.message}`).join('\n');
}
