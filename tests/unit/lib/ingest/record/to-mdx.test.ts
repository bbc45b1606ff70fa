import { describe, expect, it } from 'vitest';
import { parsePublishable } from '../../../../../src/lib/ingest/parse-press-text.ts';
import { toMdx, toMdxBody } from '../../../../../src/lib/ingest/record/to-mdx.ts';
import { parseMdxFile } from '../../../../../src/io/read-content.ts';
import { readArticleParagraphs } from '../../../../../src/lib/mdx/article-paragraphs.ts';
import { loadGazetteer, readFixture } from '../../../helpers.ts';
import { renderMdx } from '../../../mdx-render.ts';

/** Compiles and runs an MDX body, returning each top-level element's type and text. */
async function render(mdx: string): Promise<{ type: unknown; text: string }[]> {
	const { elements, exported } = await renderMdx(mdx);
	expect(exported, 'the MDX must export nothing').toEqual([]);
	return elements.map(({ type, text }) => ({ type, text }));
}

const hostileParagraphs = [
	"import fs from 'node:fs'",
	"export const leak = fs.readFileSync('/etc/passwd', 'utf8')",
	'export default function Page() { return null }',
	'Des {accolades} et {props.secret}, des <b>balises</b>, un <script>alert("x")</script> et un <!-- commentaire -->.',
	'Des `accents graves`, des *étoiles*, des _tirets_, un [lien](javascript:alert(1)), un # dièse et une barre \\ oblique.',
	'# Un titre',
	'> une citation',
	'- une liste',
	'1. une liste numérotée',
	'---',
	'&amp; &lt;b&gt; {/* commentaire MDX */} </fin>',
	'    indented code',
	'https://example.org/?a=1&b=2 <https://example.org>',
];

describe('toMdxBody', () => {
	it('renders every hostile paragraph as exactly its own text, in a <p>', async () => {
		const rendered = await render(toMdxBody(hostileParagraphs));
		expect(rendered).toEqual(hostileParagraphs.map((text) => ({ type: 'p', text })));
	});

	it('escapes lines that MDX would run as ESM', () => {
		const body = toMdxBody(['import x from "y"', 'export const a = 1']);
		expect(body.split('\n').filter((line) => /^(?:import|export)\b/.test(line))).toEqual([]);
	});
});

describe('toMdx', () => {
	const gazetteer = loadGazetteer();
	const parse = (text: string, source: string) => {
		const result = parsePublishable(text, gazetteer, { source, sha256: 'a'.repeat(64) });
		if (!result.ok) throw new Error(result.problems[0]?.message);
		return result.text;
	};

	it.each(['inferred-year.txt', 'new-actors.txt', 'hostile.txt'])('writes frontmatter that reads back as the record of %s', (fixture) => {
		const parsed = parse(readFixture(fixture), 'fixture');
		const { data } = parseMdxFile(toMdx(parsed, 'content/sources/fixture.txt'), 'x.mdx');
		expect(data).toEqual(JSON.parse(JSON.stringify(parsed.record)));
	});

	it('quotes dates so that YAML 1.1 readers do not turn them into timestamps', () => {
		expect(toMdx(parse(readFixture('new-actors.txt'), 's'), 'x')).toContain("value: '2024-09-12'");
		expect(toMdx(parse(readFixture('inferred-year.txt'), 's'), 'x')).toContain("value: '2022-06'");
	});

	it('renders the hostile fixture as literal text', async () => {
		const parsed = parse(readFixture('hostile.txt'), 'hostile');
		const { body } = parseMdxFile(toMdx(parsed, 'x'), 'x.mdx');
		const rendered = await render(body);
		expect(rendered.map((element) => element.text)).toEqual(parsed.paragraphs.map((paragraph) => paragraph.text));
	});

	it('is byte-identical for the same input', () => {
		const text = readFixture('inferred-year.txt');
		expect(toMdx(parse(text, 's'), 'x')).toBe(toMdx(parse(text, 's'), 'x'));
	});
});

describe('readArticleParagraphs on what toMdxBody wrote', () => {
	it('reads back exactly the paragraphs, however hostile', () => {
		expect(readArticleParagraphs(toMdxBody(hostileParagraphs))).toEqual(hostileParagraphs);
	});
});
