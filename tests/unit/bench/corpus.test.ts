import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../../bench/corpus.ts';
import { loadContentForCheck } from '../../../src/io/read-content.ts';
import { checkIntegrity } from '../../../src/lib/integrity.ts';
import { root } from '../helpers.ts';

const folders: string[] = [];
const corpus = (meetings: number) => {
	const folder = mkdtempSync(join(tmpdir(), 'atlas-corpus-'));
	folders.push(folder);
	writeCorpus(folder, root, meetings);
	return folder;
};
const snapshot = (folder: string) =>
	Object.fromEntries(readdirSync(join(folder, 'content'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => [join(entry.parentPath, entry.name).slice(folder.length), readFileSync(join(entry.parentPath, entry.name), 'utf8')]));

afterAll(() => {
	for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('the benchmark corpus', () => {
	it('is valid content: the real ingest wrote it and the content check accepts it', () => {
		const folder = corpus(12);
		const { entries, sources } = loadContentForCheck(folder);
		expect(checkIntegrity(entries, sources)).toEqual([]);
		expect(entries.filter((entry) => entry.collection === 'meetings')).toHaveLength(24);
	});

	it('is the same for the same size', () => {
		expect(snapshot(corpus(5))).toEqual(snapshot(corpus(5)));
	});
});
