/**
 * Every fixture press text against its reviewed expected output (STYLE.md point 8). A text the
 * ingest accepts has `<name>.mdx`: the article `npm run ingest` writes for it, byte for byte,
 * names it could not resolve included (`unresolved` in the frontmatter, with paragraph and line).
 * A text it cannot publish has `<name>.draft.json`: the draft `npm run ingest -- --json` prints
 * (without the paragraphs), whose review list says what blocks it.
 *
 * A new fixture gets its expected file on its first run, and `npx vitest run -u` rewrites them
 * after a deliberate change: review every line against the text before committing it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMdxFile, sha256Hex } from '../../../../src/io/read-content.ts';
import { decodeText } from '../../../../src/lib/ingest/text/decode.ts';
import { parsePressText, toPublishable, type DraftRecord, type ReviewItem } from '../../../../src/lib/ingest/parse-press-text.ts';
import { toMdx } from '../../../../src/lib/ingest/record/to-mdx.ts';
import { loadGazetteer, root } from '../../helpers.ts';
import { renderMdx } from '../../mdx-render.ts';

const pressTexts = join(root, 'tests/fixtures/press-texts');
const expected = join(root, 'tests/fixtures/expected');
const names = readdirSync(pressTexts).filter((file) => file.endsWith('.txt')).map((file) => basename(file, '.txt')).sort();
const gazetteer = loadGazetteer();

/** What `npm run ingest` makes of a file: the article it would write, or the draft `--json` prints. */
function ingest(bytes: Uint8Array): { ok: true; mdx: string; paragraphs: string[] } | { ok: false; draft: { id: string | null; record: DraftRecord; review: ReviewItem[] } } {
	const decoded = decodeText(bytes);
	if (!decoded.ok) throw new Error(decoded.problem.message);
	const sha256 = sha256Hex(bytes);
	// As the CLI does: a first pass learns the meeting id, the second cites the source by it.
	const first = parsePressText(decoded.text, gazetteer, { source: 'pending', sha256 });
	if (!first.ok) throw new Error(first.problems[0]?.message);
	const second = first.parsed.id ? parsePressText(decoded.text, gazetteer, { source: first.parsed.id, sha256 }) : first;
	if (!second.ok) throw new Error(second.problems[0]?.message);
	const publishable = toPublishable(second.parsed);
	if (!publishable.ok) return { ok: false, draft: { id: second.parsed.id ?? null, record: second.parsed.record, review: second.parsed.review } };
	const { text } = publishable;
	return { ok: true, mdx: toMdx(text, `content/sources/${text.id}.txt`), paragraphs: text.paragraphs.map((paragraph) => paragraph.text) };
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
		it(`gives the reviewed draft expected/${name}.draft.json, which says what blocks it`, async () => {
			expect(result.draft.review.some((item) => item.blocking)).toBe(true);
			await expect(`${JSON.stringify(result.draft, null, 2)}\n`).toMatchFileSnapshot(join(expected, `${name}.draft.json`));
		});
	}
});

describe('the expected outputs', () => {
	it('each belong to a fixture press text', () => {
		const orphans = readdirSync(expected).filter((file) => !names.includes(file.replace(/(?:\.draft\.json|\.mdx)$/, '')));
		expect(orphans).toEqual([]);
	});
});
