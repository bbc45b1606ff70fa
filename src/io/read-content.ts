/**
 * Reads the content folder from disk: the thin file-system binding shared by the ingest CLI,
 * the content check and the Astro integration. Parsing only; validation is in lib/integrity.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { buildGazetteer, type ContentEntry, type Gazetteer } from '../lib/ingest/gazetteer/index.ts';
import type { z } from 'zod';
import { calendarSchema } from '../schemas/calendar.ts';
import { nationalitiesSchema, type NationalityInput } from '../schemas/nationality.ts';

/** A content entry with the file it came from, relative to the project root. */
export interface ContentFile extends ContentEntry {
	path: string;
	/** For meeting articles: the MDX body after the frontmatter. */
	body?: string;
}

/** A raw source text with its metadata file. */
export interface SourceFile {
	id: string;
	textPath: string;
	metadataPath: string;
	/** The raw bytes of the text. */
	bytes: Uint8Array;
	/** The metadata, or undefined when the .yaml file is missing. */
	metadata: Record<string, any> | undefined;
	/** SHA-256 of the raw bytes. */
	sha256: string;
}

/** A file that could not even be parsed. */
export class ContentReadError extends Error {}

const dataCollections = ['actors', 'places', 'organisations', 'areas', 'events'] as const;

/** SHA-256 of bytes, hex: sha256Hex(bytesOf("")) → "e3b0c442…". */
export function sha256Hex(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}

function listFiles(directory: string, extension: string): string[] {
	if (!existsSync(directory)) return [];
	return readdirSync(directory)
		.filter((name) => name.endsWith(extension))
		.sort();
}

function parseYamlFile(root: string, path: string): unknown {
	try {
		return parseYaml(readFileSync(path, 'utf8'));
	} catch (error) {
		throw new ContentReadError(`${relative(root, path)}: invalid YAML: ${(error as Error).message}`);
	}
}

/** Splits an MDX file into frontmatter data and body. */
export function parseMdxFile(text: string, path: string): { data: Record<string, any>; body: string } {
	const found = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
	if (!found) throw new ContentReadError(`${path}: no frontmatter; an article starts with a "---" line, its YAML, and another "---" line`);
	try {
		return { data: (parseYaml(found[1]!) ?? {}) as Record<string, any>, body: found[2]! };
	} catch (error) {
		throw new ContentReadError(`${path}: invalid YAML frontmatter: ${(error as Error).message}`);
	}
}

/** Reads every YAML entity and MDX article under `root/content`. */
export function readContentFiles(root: string): ContentFile[] {
	const content = join(root, 'content');
	const entries: ContentFile[] = dataCollections.flatMap((collection) =>
		listFiles(join(content, collection), '.yaml').map((name) => {
			const path = join(content, collection, name);
			return { collection, id: basename(name, '.yaml'), path: relative(root, path), data: parseYamlFile(root, path) as Record<string, any> };
		}),
	);
	const meetingsDirectory = join(content, 'meetings');
	const locales = existsSync(meetingsDirectory) ? readdirSync(meetingsDirectory).sort() : [];
	for (const locale of locales) {
		for (const name of listFiles(join(meetingsDirectory, locale), '.mdx')) {
			const path = relative(root, join(meetingsDirectory, locale, name));
			const { data, body } = parseMdxFile(readFileSync(join(root, path), 'utf8'), path);
			entries.push({ collection: 'meetings', id: `${locale}/${basename(name, '.mdx')}`, path, data, body });
		}
	}
	return entries;
}

/** Reads every raw source text and its metadata. */
export function readSourceFiles(root: string): SourceFile[] {
	const directory = join(root, 'content', 'sources');
	return listFiles(directory, '.txt').map((name) => {
		const id = basename(name, '.txt');
		const metadataPath = join(directory, `${id}.yaml`);
		const bytes = new Uint8Array(readFileSync(join(directory, name)));
		return {
			id,
			textPath: relative(root, join(directory, name)),
			metadataPath: relative(root, metadataPath),
			bytes,
			metadata: existsSync(metadataPath) ? (parseYamlFile(root, metadataPath) as Record<string, any>) : undefined,
			sha256: sha256Hex(bytes),
		};
	});
}

/** Reads the capitalised expressions that are not names. */
export function readNotNames(root: string): string[] {
	const path = join(root, 'content', 'ingest', 'not-names.yaml');
	return existsSync(path) ? ((parseYamlFile(root, path) as string[] | null) ?? []) : [];
}

/** Reads the nationality lexicon (adjectives and country names → ISO code); validate it with nationalitiesSchema. */
export function readNationalities(root: string): NationalityInput[] {
	const path = join(root, 'content', 'ingest', 'nationalities.yaml');
	return existsSync(path) ? ((parseYamlFile(root, path) as NationalityInput[] | null) ?? []) : [];
}

/** Reads the ingest's calendar of recurring summits; validate it with calendarSchema. */
export function readCalendar(root: string): unknown[] {
	const path = join(root, 'content', 'ingest', 'calendar.yaml');
	return existsSync(path) ? ((parseYamlFile(root, path) as unknown[] | null) ?? []) : [];
}

/** Parses one of the ingest's lexicons, or throws naming the file, the field and the problem. */
function parseLexicon<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
	const parsed = schema.safeParse(data);
	if (parsed.success) return parsed.data;
	const issue = parsed.error.issues[0]!;
	throw new ContentReadError(`content/ingest/${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

/** The ingest's gazetteer from the content folder under `root`: its entries, not-names, nationalities and calendar. */
export function readGazetteer(root: string): Gazetteer {
	const nationalities = parseLexicon(nationalitiesSchema, readNationalities(root), 'nationalities.yaml');
	const calendar = parseLexicon(calendarSchema, readCalendar(root), 'calendar.yaml');
	return buildGazetteer(readContentFiles(root), readNotNames(root), nationalities, calendar);
}

/** Everything the integrity check needs, read from disk. */
export function loadContentForCheck(root: string): { entries: ContentFile[]; sources: (SourceFile & { text: string })[] } {
	const sources = readSourceFiles(root).map((source) => ({ ...source, text: new TextDecoder().decode(source.bytes) }));
	return { entries: readContentFiles(root), sources };
}
