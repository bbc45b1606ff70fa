/**
 * `npm run eval:ingest -- <folder>`: measures the ingest on a folder of press texts `NN….txt`,
 * each with its hand-annotated truth `NN….json` (the format of ../shared/ingest-corpus/README.md).
 *   --format table|json   what to print (default: the table)
 *   --json <file>         also write the JSON report to this file
 *   --details             print every field's explanation under the table
 *   --text-only           also measure the texts alone, without their address (source_url)
 *   --content <dir>       the project whose content/ gives the gazetteer (default: this one)
 * A recipe of named steps: read the arguments → read the corpus → build the gazetteer →
 * evaluate (lib/eval, pure) → report. It is a measurement, so missed goals still exit 0; only
 * bad usage (2) and an unreadable folder or truth file (1) fail.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Gazetteer } from '../lib/ingest/gazetteer/index.ts';
import { evaluateCorpus, type CorpusText } from '../lib/eval/evaluate-corpus.ts';
import { toJsonReport, toTextReport } from '../lib/eval/format-report.ts';
import { parseGroundTruth } from '../lib/eval/ground-truth.ts';
import { ContentReadError, readGazetteer, sha256Hex } from '../io/read-content.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const usage = 'usage: npm run eval:ingest -- [--format table|json] [--json <file>] [--details] [--text-only] [--content <dir>] <folder>';

/** A problem with the input: the file, what is wrong, how to fix it. */
class InputError extends Error {
	readonly file: string;
	readonly fix: string;
	constructor(file: string, message: string, fix: string) {
		super(message);
		this.file = file;
		this.fix = fix;
	}
}

interface Arguments {
	folder: string;
	format: 'table' | 'json';
	jsonFile?: string;
	details: boolean;
	isTextOnly: boolean;
	contentRoot: string;
}

/** Step 1: the arguments, or a usage message. */
function readArguments(argv: string[]): Arguments | string {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			options: {
				format: { type: 'string', default: 'table' },
				json: { type: 'string' },
				details: { type: 'boolean', default: false },
				'text-only': { type: 'boolean', default: false },
				content: { type: 'string' },
			},
		});
	} catch (error) {
		return (error as Error).message;
	}
	const { values, positionals } = parsed;
	if (positionals.length !== 1) return 'give exactly one folder of NN.txt + NN.json pairs';
	if (values.format !== 'table' && values.format !== 'json') return `--format "${values.format}" is not "table" or "json"`;
	return {
		folder: resolve(positionals[0]!),
		format: values.format,
		jsonFile: values.json === undefined ? undefined : resolve(values.json),
		details: values.details,
		isTextOnly: values['text-only'],
		contentRoot: values.content === undefined ? root : resolve(values.content),
	};
}

/** Step 2: every NN….txt of the folder with its NN….json truth, in name order. */
function readCorpus(folder: string): CorpusText[] {
	if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new InputError(folder, 'no such folder', 'give the folder that holds the NN.txt and NN.json files');
	const names = readdirSync(folder).filter((name) => /^\d/.test(name)).sort();
	const stems = (extension: string) => new Set(names.filter((name) => name.endsWith(extension)).map((name) => name.slice(0, -extension.length)));
	const texts = stems('.txt');
	const truths = stems('.json');
	if (texts.size === 0) throw new InputError(folder, 'no press text NN….txt in this folder', 'give a folder of NN.txt files, each with its NN.json ground truth');
	for (const stem of truths) {
		if (!texts.has(stem)) throw new InputError(join(folder, `${stem}.json`), `a ground truth without its text ${stem}.txt`, 'add the text beside it, or move the truth out of the folder');
	}
	return [...texts].map((stem) => {
		const textPath = join(folder, `${stem}.txt`);
		const truthPath = join(folder, `${stem}.json`);
		if (!truths.has(stem)) throw new InputError(textPath, `no ground truth ${stem}.json beside it`, 'annotate the text as ../shared/ingest-corpus/README.md describes, or move it out of the folder');
		let data: unknown;
		try {
			data = JSON.parse(readFileSync(truthPath, 'utf8'));
		} catch (error) {
			throw new InputError(truthPath, `not JSON: ${(error as Error).message}`, 'correct the JSON syntax');
		}
		const truth = parseGroundTruth(data);
		if (!truth.ok) throw new InputError(truthPath, `not a ground truth: ${truth.problems.join('; ')}`, 'give every field of ../shared/ingest-corpus/README.md, "Annotation conventions"');
		const bytes = new Uint8Array(readFileSync(textPath));
		return { name: stem, bytes, sha256: sha256Hex(bytes), truth: truth.truth };
	});
}

/** Step 3: the gazetteer, built as the ingest CLI builds it. */
function loadGazetteer(contentRoot: string): Gazetteer {
	if (!existsSync(join(contentRoot, 'content'))) throw new InputError(contentRoot, 'no content/ folder here', 'give --content the root of a project (the folder that holds content/)');
	return readGazetteer(contentRoot);
}

function main(argv: string[]): number {
	const args = readArguments(argv);
	if (typeof args === 'string') {
		console.error(`eval:ingest: ${args}\n${usage}`);
		return 2;
	}
	try {
		const corpus = readCorpus(args.folder);
		const gazetteer = loadGazetteer(args.contentRoot);
		// Step 4: the measurement itself, pure.
		const evaluation = evaluateCorpus(corpus, gazetteer);
		const textOnly = args.isTextOnly ? evaluateCorpus(corpus, gazetteer, 'text-only') : undefined;
		// Step 5: the reports.
		const json = toJsonReport(args.folder, evaluation, { textOnly });
		if (args.jsonFile) {
			try {
				writeFileSync(args.jsonFile, json);
			} catch (error) {
				throw new InputError(args.jsonFile, `cannot write the JSON report: ${(error as Error).message}`, 'give --json a path in a folder that exists and is writable');
			}
		}
		process.stdout.write(args.format === 'json' ? json : toTextReport(args.folder, evaluation, { details: args.details, textOnly }));
		return 0;
	} catch (error) {
		if (error instanceof InputError) {
			console.error(`eval:ingest: ${error.file}: ${error.message}\n  fix: ${error.fix}`);
			return 1;
		}
		if (error instanceof ContentReadError) {
			console.error(`eval:ingest: ${error.message}`);
			return 1;
		}
		throw error;
	}
}

process.exitCode = main(process.argv.slice(2));
