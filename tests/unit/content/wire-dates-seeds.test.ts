/**
 * The wire-dates module gives the seeds exactly the date, basis and citation that extractDate
 * gives them today, so that the recipe can switch to it without changing a committed article.
 */
import { describe, expect, it } from 'vitest';
import { readSourceFiles } from '../../../src/cli/read-content.ts';
import { splitBlocks } from '../../../src/lib/ingest/blocks.ts';
import { decodeText } from '../../../src/lib/ingest/decode.ts';
import { extractDate } from '../../../src/lib/ingest/extract-date.ts';
import { normalizeRawText } from '../../../src/lib/ingest/normalize.ts';
import type { AnalysedParagraph } from '../../../src/lib/ingest/types.ts';
import { extractWireDate } from '../../../src/lib/ingest/wire-dates.ts';
import { loadRealGazetteer, root } from '../helpers.ts';

const gazetteer = loadRealGazetteer();

describe.each(readSourceFiles(root).map((source) => [source.id, source] as const))('seed %s', (id, source) => {
	it('gets the same date from extractWireDate as from extractDate', () => {
		const decoded = decodeText(source.bytes);
		if (!decoded.ok) throw new Error(decoded.problem.message);
		const blocks = splitBlocks(normalizeRawText(decoded.text));
		const paragraphs = blocks.filter((block) => block.kind === 'paragraph').map((block): AnalysedParagraph => ({ ...block, id: block.id!, matches: [] }));
		const options = { source: id, ...(source.metadata?.year !== undefined ? { year: source.metadata.year } : {}) };
		const current = extractDate(paragraphs, gazetteer.events, id, options);
		expect(current.ok).toBe(true);
		expect(extractWireDate(blocks, gazetteer.events, options)).toEqual(current);
	});
});
