/**
 * `npm run ingest -- <file>`: imports a French press text as a source and a meeting article.
 *   --json <file>   print the draft record and its review list as JSON, write nothing
 *   --draft <file>  also write proposed entries for the people, places and organisations the gazetteer
 *                   lacks, and the English skeleton, all marked "draft" for a curator to review
 *   --check         fail if a committed article differs from what the parser now produces
 *   --regenerate    rewrite every article from its raw source (after a gazetteer or parser change)
 *   --force         allow overwriting an existing meeting
 *   --id <id>       store the text under this meeting id instead of date-place
 *   --year <yyyy>   the year, when the text gives none and none can be inferred
 *   --date <date>   the meeting's date (YYYY-MM-DD or YYYY-MM), when the text does not give it
 *   --basis <why>   with --date: why that date, in the curator's words, kept and shown beside the date
 *   --url <url>     the article's address, kept in the source's metadata; a date in it anchors the text's weekdays
 * What the curator gives is kept in the source's metadata, so that --regenerate gives the same article.
 * The only module of the ingest that touches the file system and the process.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isCuratorDate } from '../lib/ingest/dates/index.ts';
import { givenIn, proposeEntries, slugify, sourceMetadata, toMdx, translationSkeleton } from '../lib/ingest/record/index.ts';
import { decodeText, type IngestProblem } from '../lib/ingest/text/index.ts';
import { type ParsedPressText, parsePressText, type PublishableText, toPublishable } from '../lib/ingest/parse-press-text.ts';
import { createIdReference } from '../lib/integrity.ts';
import { createMeetingOriginalSchema } from '../schemas/meeting.ts';
import { ContentReadError, readContentFiles, readGazetteer, readSourceFiles, sha256Hex, type SourceFile } from '../io/read-content.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A failure to report to the user: the file, what is wrong, how to fix it. */
class UserError extends Error {
	readonly file: string;
	readonly problems: IngestProblem[];
	constructor(file: string, problems: IngestProblem[]) {
		super(problems.map((problem) => problem.message).join('; '));
		this.file = file;
		this.problems = problems;
	}
}

const sourcePathOf = (id: string) => `content/sources/${id}.txt`;
const metadataPathOf = (id: string) => `content/sources/${id}.yaml`;
const articlePathOf = (id: string) => `content/meetings/fr/${id}.mdx`;

const loadGazetteer = () => readGazetteer(root);

/** What a curator may tell the ingest about a text: its id, and what dates it. */
interface CuratorOptions {
	id?: string;
	year?: number;
	date?: string;
	dateBasis?: string;
	url?: string;
}

/**
 * The draft of a text, its citations naming the source id it will be stored under (the meeting
 * id; "pending" while the draft has none). It parses the text twice over: once to learn the
 * meeting id, once to cite the source by it.
 */
function parseAs(file: string, text: string, sha256: string, options: CuratorOptions): ParsedPressText {
	const gazetteer = loadGazetteer();
	const first = parsePressText(text, gazetteer, { source: options.id ?? 'pending', sha256, ...options });
	if (!first.ok) throw new UserError(file, first.problems);
	if (options.id || !first.parsed.id) return first.parsed;
	const second = parsePressText(text, gazetteer, { source: first.parsed.id, sha256, ...options });
	if (!second.ok) throw new UserError(file, second.problems);
	return second.parsed;
}

/** The draft when nothing blocks it; else every blocking item, with the flag or file that supplies it. */
function publishable(file: string, parsed: ParsedPressText): PublishableText {
	const result = toPublishable(parsed);
	if (!result.ok) throw new UserError(file, result.blocking.map((item) => ({ message: `${item.field}: ${item.message}`, ...(item.line ? { line: item.line } : {}), fix: item.fix })));
	return result.text;
}

function decodeFile(file: string, bytes: Uint8Array): string {
	const decoded = decodeText(bytes);
	if (!decoded.ok) throw new UserError(file, [decoded.problem]);
	return decoded.text;
}

/** Writes files all or nothing: every temporary file first, then the renames. */
function writeAll(files: { path: string; content: string | Uint8Array }[]): void {
	const temporary = files.map((file) => ({ ...file, temporaryPath: join(root, `${file.path}.ingest-tmp`) }));
	try {
		for (const file of temporary) {
			// A new project may have no content/sources/ or content/meetings/fr/ yet.
			mkdirSync(dirname(file.temporaryPath), { recursive: true });
			writeFileSync(file.temporaryPath, file.content);
		}
	} catch (error) {
		for (const file of temporary) rmSync(file.temporaryPath, { force: true });
		throw error;
	}
	for (const file of temporary) renameSync(file.temporaryPath, join(root, file.path));
}

/** The review items that do not block writing: what a curator should still look at. */
function printReview(parsed: ParsedPressText): void {
	for (const item of parsed.review.filter((candidate) => !candidate.blocking)) {
		console.warn(`  review ${item.field}: ${item.message}${item.paragraph ? ` (${item.paragraph}, line ${item.line})` : ''}: ${item.fix}`);
	}
}

function importText(file: string, options: CuratorOptions & { json: boolean; force: boolean; draft: boolean }): void {
	if (!existsSync(file)) throw new UserError(file, [{ message: 'no such file', fix: 'check the path' }]);
	if (!statSync(file).isFile()) throw new UserError(file, [{ message: 'not a file (a directory?)', fix: 'give the path of one press text' }]);
	const bytes = new Uint8Array(readFileSync(file));
	const text = decodeFile(file, bytes);
	const sha256 = sha256Hex(bytes);
	const draft = parseAs(file, text, sha256, options);
	if (options.json) {
		const paragraphs = draft.paragraphs.map(({ id, line, text: paragraphText }) => ({ id, line, text: paragraphText }));
		console.log(JSON.stringify({ id: draft.id ?? null, ...draft.record, paragraphs, review: draft.review }, null, 2));
		return;
	}
	if (options.draft) return writeDraft(file, bytes, sha256, draft, options);
	const parsed = publishable(file, draft);
	writeAll(articleFiles(file, bytes, sha256, parsed, options));
	console.log(`ingest: ${file} → ${articlePathOf(parsed.id)} (${parsed.paragraphs.length} paragraphs, ${parsed.record.participants.length} participants)`);
	printReview(parsed);
}

/**
 * --draft: the proposed entries for what the gazetteer lacks and, when the text can be published,
 * the source, the article and the English skeleton; all in one go, nothing overwritten.
 */
function writeDraft(file: string, bytes: Uint8Array, sha256: string, draft: ParsedPressText, options: CuratorOptions & { force: boolean }): void {
	const result = toPublishable(draft);
	const source = result.ok ? result.text.id : slugify(basename(file).replace(/\.[^.]+$/, '')) || 'draft';
	const proposals = proposeEntries(draft, source, (path) => existsSync(join(root, path)));
	const skeleton = result.ok ? translationSkeleton(result.text, source) : undefined;
	const files = [
		...(result.ok ? articleFiles(file, bytes, sha256, result.text, options) : []),
		...proposals,
		...(skeleton && !existsSync(join(root, skeleton.path)) ? [skeleton] : []),
	];
	writeAll(files);
	for (const written of files) console.log(`ingest --draft: wrote ${written.path}${'summary' in written ? ` (${written.summary})` : ''}`);
	if (!result.ok) {
		for (const item of result.blocking) console.warn(`  to import the article: ${item.field}: ${item.message}\n    fix: ${item.fix}`);
	}
	printReview(draft);
	console.log('ingest --draft: next, review the files marked "draft" (npm run check:content lists them), then run npm run ingest -- --regenerate');
}

/** The source, its metadata and its article, refused when the meeting exists (without --force) or the record is invalid. */
function articleFiles(file: string, bytes: Uint8Array, sha256: string, parsed: PublishableText, options: CuratorOptions & { force: boolean }) {
	const existing = [sourcePathOf(parsed.id), metadataPathOf(parsed.id), articlePathOf(parsed.id)].filter((path) => existsSync(join(root, path)));
	if (existing.length > 0 && !options.force) {
		throw new UserError(file, [{
			message: `a meeting with id "${parsed.id}" already exists (${existing.join(', ')})`,
			fix: 'pass --force to replace it with this text, or --id <another-id> if this is a different meeting',
		}]);
	}
	const previous = existsSync(join(root, metadataPathOf(parsed.id))) ? readSourceFiles(root).find((source) => source.id === parsed.id)?.metadata : undefined;
	assertValid(file, parsed);
	return [
		{ path: sourcePathOf(parsed.id), content: bytes },
		{ path: metadataPathOf(parsed.id), content: sourceMetadata(previous, basename(file), sha256, options) },
		{ path: articlePathOf(parsed.id), content: toMdx(parsed, sourcePathOf(parsed.id)) },
	];
}

/** Refuses to write a record the content check would reject (a bug, or a gazetteer gap). */
function assertValid(file: string, parsed: PublishableText): void {
	const entries = readContentFiles(root);
	const ids = Object.fromEntries(
		['sources', 'meetings', 'actors', 'places', 'organisations', 'areas', 'events'].map((collection) => [collection, new Set(entries.filter((entry) => entry.collection === collection).map((entry) => entry.id))]),
	) as Parameters<typeof createIdReference>[0];
	ids.sources.add(parsed.record.source);
	const result = createMeetingOriginalSchema(createIdReference(ids)).safeParse(parsed.record);
	if (!result.success) {
		throw new UserError(file, result.error.issues.map((issue) => ({ message: `the extracted record is invalid at ${issue.path.join('.')}: ${issue.message}`, fix: 'report this with the text; nothing was written' })));
	}
}

/** The article a stored source produces now. */
function regenerateFrom(source: SourceFile): { parsed: PublishableText; mdx: string } {
	const text = decodeFile(source.textPath, source.bytes);
	const parsed = publishable(source.textPath, parseAs(source.textPath, text, source.sha256, { id: source.id, ...givenIn(source.metadata) }));
	return { parsed, mdx: toMdx(parsed, source.textPath) };
}

/** The first line where two texts differ, for a readable report. */
function firstDifference(expected: string, actual: string): string {
	const expectedLines = expected.split('\n');
	const actualLines = actual.split('\n');
	const index = expectedLines.findIndex((line, position) => line !== actualLines[position]);
	const line = index === -1 ? expectedLines.length + 1 : index + 1;
	return `line ${line}: committed ${JSON.stringify(actualLines[line - 1] ?? '(end of file)')}, parser gives ${JSON.stringify(expectedLines[line - 1] ?? '(end of file)')}`;
}

function check(): number {
	const problems: string[] = [];
	const sources = readSourceFiles(root);
	for (const source of sources) {
		const recorded = source.metadata?.sha256;
		if (recorded !== source.sha256) {
			problems.push(`${source.textPath}: its SHA-256 is ${source.sha256} but ${source.metadataPath} records ${recorded ?? 'none'}: a raw source changed without its content being regenerated. Restore the original text, or run \`npm run ingest -- --regenerate\` if the change is deliberate.`);
		}
		let mdx: string;
		try {
			({ mdx } = regenerateFrom(source));
		} catch (error) {
			if (!(error instanceof UserError)) throw error;
			problems.push(...error.problems.map((problem) => `${source.textPath}: ${problem.message} (fix: ${problem.fix})`));
			continue;
		}
		const articlePath = articlePathOf(source.id);
		const committed = existsSync(join(root, articlePath)) ? readFileSync(join(root, articlePath), 'utf8') : null;
		if (committed === null) problems.push(`${articlePath}: missing; run \`npm run ingest -- --regenerate\``);
		else if (committed !== mdx) problems.push(`${articlePath}: differs from what the parser produces from ${source.textPath} (${firstDifference(mdx, committed)}); run \`npm run ingest -- --regenerate\` and review the diff`);
	}
	const sourceIds = new Set(sources.map((source) => source.id));
	for (const file of readContentFiles(root).filter((entry) => entry.collection === 'meetings' && entry.id.startsWith('fr/'))) {
		if (!sourceIds.has(file.id.slice(3))) problems.push(`${file.path}: no raw source ${sourcePathOf(file.id.slice(3))}; every French article is generated from one`);
	}
	for (const problem of problems) console.error(`ingest --check: ${problem}`);
	if (problems.length === 0) console.log(`ingest --check: ${sources.length} ${sources.length === 1 ? 'source' : 'sources'}, every article matches the parser's output`);
	return problems.length === 0 ? 0 : 1;
}

function regenerate(): void {
	// Every source is parsed before anything is written: one bad source changes no file.
	const results = readSourceFiles(root).map((source) => ({ source, ...regenerateFrom(source) }));
	writeAll(
		results.flatMap(({ source, mdx }) => [
			{ path: articlePathOf(source.id), content: mdx },
			{ path: source.metadataPath, content: sourceMetadata(source.metadata, source.metadata?.originalFilename ?? basename(source.textPath), source.sha256, givenIn(source.metadata)) },
		]),
	);
	for (const { source, parsed } of results) {
		console.log(`ingest: ${source.textPath} → ${articlePathOf(source.id)}`);
		printReview(parsed);
	}
}

const usage = 'usage: npm run ingest -- [--json | --draft] [--force] [--id <id>] [--year <yyyy>] [--date <yyyy-mm-dd> [--basis <why>]] [--url <address>] <file>\n       npm run ingest -- --check | --regenerate';

function main(argv: string[]): number {
	let parsedArgs;
	try {
		parsedArgs = parseArgs({
			args: argv,
			allowPositionals: true,
			options: {
				json: { type: 'boolean', default: false },
				draft: { type: 'boolean', default: false },
				check: { type: 'boolean', default: false },
				regenerate: { type: 'boolean', default: false },
				force: { type: 'boolean', default: false },
				id: { type: 'string' },
				year: { type: 'string' },
				date: { type: 'string' },
				basis: { type: 'string' },
				url: { type: 'string' },
			},
		});
	} catch (error) {
		console.error(`ingest: ${(error as Error).message}\n${usage}`);
		return 2;
	}
	const { values, positionals } = parsedArgs;
	if (values.id !== undefined && !/^\d{4}(?:-\d{2}){0,2}-[a-z0-9]+(?:-[a-z0-9]+)*$/.test(values.id)) {
		console.error(`ingest: --id "${values.id}" is not a meeting id; use date then place, such as 2022-06-nur-sultan`);
		return 2;
	}
	if (values.year !== undefined && !/^(?:19|20)\d{2}$/.test(values.year)) {
		console.error(`ingest: --year "${values.year}" is not a year between 1900 and 2099`);
		return 2;
	}
	if (values.date !== undefined && !isCuratorDate(values.date)) {
		console.error(`ingest: --date "${values.date}" is not a date; write YYYY-MM-DD (2024-03-03) or YYYY-MM (2024-03)`);
		return 2;
	}
	if (values.basis !== undefined && (values.date === undefined || values.basis.trim() === '')) {
		console.error(`ingest: --basis says why the date given with --date is right; give both, such as --date 2023-05-18 --basis "the summit of Xi'an opened that day"`);
		return 2;
	}
	if (values.url !== undefined && !URL.canParse(values.url)) {
		console.error(`ingest: --url "${values.url}" is not an address; give the article's full address, https://…`);
		return 2;
	}
	try {
		if (values.check) return check();
		if (values.regenerate) {
			regenerate();
			return 0;
		}
		if (positionals.length !== 1) {
			console.error(`ingest: give exactly one press text to import\n${usage}`);
			return 2;
		}
		importText(positionals[0]!, {
			json: values.json,
			draft: values.draft,
			force: values.force,
			id: values.id,
			...(values.year !== undefined ? { year: Number(values.year) } : {}),
			...(values.date !== undefined ? { date: values.date } : {}),
			...(values.basis !== undefined ? { dateBasis: values.basis.trim() } : {}),
			...(values.url !== undefined ? { url: values.url } : {}),
		});
		return 0;
	} catch (error) {
		if (error instanceof UserError) {
			for (const problem of error.problems) console.error(`ingest: ${error.file}: ${problem.message}\n  fix: ${problem.fix}`);
			return 1;
		}
		if (error instanceof ContentReadError) {
			console.error(`ingest: ${error.message}`);
			return 1;
		}
		throw error;
	}
}

process.exitCode = main(process.argv.slice(2));
