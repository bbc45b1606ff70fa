/**
 * The two seed press texts: their expected MDX (reviewed by a person) and the guard that a
 * raw source cannot change without its derived content being regenerated.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMdxFile, readSourceFiles } from '../../../src/cli/read-content.ts';
import { decodeText } from '../../../src/lib/ingest/decode.ts';
import { parsePressText } from '../../../src/lib/ingest/parse-press-text.ts';
import { toMdx } from '../../../src/lib/ingest/to-mdx.ts';
import { loadGazetteer, root } from '../helpers.ts';

const sources = readSourceFiles(root);
const gazetteer = loadGazetteer();

describe('the seeds', () => {
	it('are both present', () => {
		expect(sources.map((source) => source.id)).toEqual(['2022-06-nur-sultan', '2025-04-25-almaty']);
	});
});

describe.each(sources.map((source) => [source.id, source] as const))('seed %s', (id, source) => {
	const shared = `${root}/../shared/sources/${source.metadata?.originalFilename}`;

	// The shared folder sits beside the project on these machines and in CI.
	it.runIf(existsSync(shared))('is a verbatim copy of the press text it was received as', () => {
		expect(Buffer.from(source.bytes).equals(readFileSync(shared))).toBe(true);
	});

	it('has the SHA-256 recorded by its metadata and by its article', () => {
		expect(source.metadata?.sha256).toBe(source.sha256);
		const article = parseMdxFile(readFileSync(`${root}/content/meetings/fr/${id}.mdx`, 'utf8'), id);
		expect(article.data.sourceSha256).toBe(source.sha256);
	});

	it('produces the reviewed expected MDX', async () => {
		const decoded = decodeText(source.bytes);
		if (!decoded.ok) throw new Error(decoded.problem.message);
		const result = parsePressText(decoded.text, gazetteer, { source: id, sha256: source.sha256, id });
		if (!result.ok) throw new Error(result.problems[0]?.message);
		await expect(toMdx(result.parsed, source.textPath)).toMatchFileSnapshot(`../../fixtures/expected/${id}.mdx`);
	});
});
