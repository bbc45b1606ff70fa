/**
 * Every fixture press text against its reviewed expected output (STYLE.md point 8). A text the
 * ingest accepts has `<name>.mdx`: the article `npm run ingest` writes for it, byte for byte,
 * names it could not resolve included (`unresolved` in the frontmatter, with paragraph and line).
 * A text it refuses has `<name>.problems.json`: the problems it reports instead.
 *
 * A new fixture gets its expected file on its first run, and `npx vitest run -u` rewrites them
 * after a deliberate change: review every line against the text before committing it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMdxFile, sha256Hex } from '../../../../src/cli/read-content.ts';
import { decodeText } from '../../../../src/lib/ingest/decode.ts';
import { parsePressText } from '../../../../src/lib/ingest/parse-press-text.ts';
import { toMdx } from '../../../../src/lib/ingest/to-mdx.ts';
import type { IngestProblem } from '../../../../src/lib/ingest/types.ts';
import { loadGazetteer, root } from '../../helpers.ts';
import { renderMdx } from '../../mdx-render.ts';

const pressTexts = join(root, 'tests/fixtures/press-texts');
const expected = join(root, 'tests/fixtures/expected');
const names = readdirSync(pressTexts).filter((file) => file.endsWith('.txt')).map((file) => basename(file, '.txt')).sort();
const gazetteer = loadGazetteer();

/** What `npm run ingest -- <file>` makes of a file: the article it would write, or the problems it would print. */
function ingest(bytes: Uint8Array): { ok: true; mdx: string; paragraphs: string[] } | { ok: false; problems: IngestProblem[] } {
	const decoded = decodeText(bytes);
	if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
	const sha256 = sha256Hex(bytes);
	// As the CLI does: a first pass learns the meeting id, the second cites the source by it.
	const first = parsePressText(decoded.text, gazetteer, { source: 'pending', sha256 });
	if (!first.ok) return { ok: false, problems: first.problems };
	const second = parsePressText(decoded.text, gazetteer, { source: first.parsed.id, sha256 });
	if (!second.ok) return { ok: false, problems: second.problems };
	const { parsed } = second;
	return { ok: true, mdx: toMdx(parsed, `content/sources/${parsed.id}.txt`), paragraphs: parsed.paragraphs.map((paragraph) => paragraph.text) };
}

describe.each(names)('fixture %s.txt', (name) => {
	const result = ingest(new Uint8Array(readFileSync(join(pressTexts, `${name}.txt`))));

	if (result.ok) {
		it(`gives the reviewed article expected/${name}.mdx`, async () => {
			await expect(result.mdx).toMatchFileSnapshot(join(expected, `${name}.mdx`));
		});

		it('renders every paragraph as exactly its own text, with its source paragraph id, and runs no code', async () => {
			const { elements, exported } = await renderMdx(parseMdxFile(result.mdx, `${name}.mdx`).body);
			expect(exported).toEqual([]);
			expect(elements).toEqual(result.paragraphs.map((text, index) => ({ type: 'p', id: `p${index + 1}`, text })));
		});
	} else {
		it(`is refused with the reviewed problems expected/${name}.problems.json`, async () => {
			await expect(`${JSON.stringify(result.problems, null, 2)}\n`).toMatchFileSnapshot(join(expected, `${name}.problems.json`));
		});
	}
});

describe('the expected outputs', () => {
	it('each belong to a fixture press text', () => {
		const orphans = readdirSync(expected).filter((file) => !names.includes(file.replace(/(?:\.problems\.json|\.mdx)$/, '')));
		expect(orphans).toEqual([]);
	});
});
