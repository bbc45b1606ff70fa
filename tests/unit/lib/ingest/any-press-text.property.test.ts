/**
 * Property-based tests of the ingest with fast-check: thousands of generated texts (random
 * Unicode, braces, angle brackets, import/export lines, HTML, enormous paragraphs, mixed line
 * endings), taken as the ingest takes a file: UTF-8 bytes, decoded (which refuses NUL and control
 * characters with a clear message), then parsed. Nothing throws, and every MDX the ingest emits
 * compiles and shows the text as text, each paragraph with its id, when compiled as the site compiles it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMdxFile } from '../../../../src/io/read-content.ts';
import { decodeText } from '../../../../src/lib/ingest/text/decode.ts';
import { parsePressText, parsePublishable } from '../../../../src/lib/ingest/parse-press-text.ts';
import { toMdx } from '../../../../src/lib/ingest/record/to-mdx.ts';
import { readArticleParagraphs } from '../../../../src/lib/mdx/article-paragraphs.ts';
import { loadGazetteer } from '../../helpers.ts';
import { renderMdx } from '../../mdx-render.ts';

const gazetteer = loadGazetteer();
const options = { source: 'generated', sha256: '0'.repeat(64) };

/** The pieces MDX, Markdown, HTML and YAML give meaning to, or that break naive parsers. */
const hostile = fc.constantFrom(
	'{', '}', '{props.secret}', '{/* x */}', '<', '>', '</p>', '<b>gras</b>', '<script>alert(1)</script>', '<!-- x -->', '<img src=x onerror=alert(1)>',
	'import fs from "node:fs"', 'export const a = 1', 'export default () => null', '---', '# ', '> ', '- ', '1. ', '* ', '```', '~~~', '|a|b|', '\\', '`', '*', '_', '~', '&amp;', '&#x3C;',
	'[lien](javascript:alert(1))', 'https://example.org/?a=1&b=2', ':', 'key: value', '"', "'", '\u0000', '\u200b', '\u00a0', '\ufeff', 'e\u0301', '🇰🇬', '王毅', 'Кулубаев',
	'Wang Yi', 'Kouloubaev', 'Almaty', 'Noursoultan', 'la partie kirghize', 'a déclaré que', 'le 25 avril 2025', 'en juin',
);
const words = fc.oneof({ weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) }, { weight: 4, arbitrary: hostile });
const line = fc.array(words, { maxLength: 12 }).map((parts) => parts.join(' '));
const paragraph = fc.oneof(
	{ weight: 60, arbitrary: fc.array(line, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n')) },
	// An enormous paragraph, now and then (the parser takes about 20 ms per 1,000 characters).
	{ weight: 1, arbitrary: fc.tuple(line, fc.integer({ min: 2_000, max: 12_000 })).map(([text, size]) => `${text} `.repeat(Math.ceil(size / (text.length + 1))).slice(0, size)) },
);
const lineEnding = fc.constantFrom('\n\n', '\r\n\r\n', '\r\r', '\n \n', '\n\n\n');
/** A text that often has what a meeting needs (a date, a place), so that most runs reach the MDX. */
const pressText = fc
	.tuple(fc.boolean(), fc.array(paragraph, { minLength: 1, maxLength: 8 }), lineEnding, fc.boolean())
	.map(([withMeeting, paragraphs, ending, bom]) => {
		const opening = withMeeting ? ['Le 25 avril 2025, Wang Yi a rencontré son homologue kirghize Jeenbek Kulubaev à Almaty.'] : [];
		return `${bom ? '\ufeff' : ''}${[...opening, ...paragraphs].join(ending)}`;
	});

describe('the ingest, on any text', () => {
	it('never throws: it returns a draft whose review items say what to fix, or, without any paragraph, problems', () => {
		fc.assert(
			fc.property(pressText, (text) => {
				const decoded = decodeText(new TextEncoder().encode(text));
				if (!decoded.ok) return void expect(decoded.problem.message && decoded.problem.fix).toBeTruthy();
				const result = parsePressText(decoded.text, gazetteer, options);
				if (!result.ok) for (const problem of result.problems) expect(problem.message && problem.fix).toBeTruthy();
				else for (const item of result.parsed.review) expect(item.field && item.message && item.fix).toBeTruthy();
			}),
			{ numRuns: 2_000 },
		);
	}, 180_000);

	it('emits MDX that compiles, exports nothing and renders each paragraph as its literal text, with its id', async () => {
		let reached = 0;
		await fc.assert(
			fc.asyncProperty(pressText, async (text) => {
				const decoded = decodeText(new TextEncoder().encode(text));
				const result = decoded.ok ? parsePublishable(decoded.text, gazetteer, options) : undefined;
				if (!result?.ok) return;
				reached++;
				const { body } = parseMdxFile(toMdx(result.text, 'content/sources/generated.txt'), 'generated.mdx');
				const { elements, exported } = await renderMdx(body);
				expect(exported).toEqual([]);
				expect(elements.map((element) => element.type)).toEqual(result.text.paragraphs.map(() => 'p'));
				expect(elements.map((element) => element.text)).toEqual(result.text.paragraphs.map((paragraph) => paragraph.text));
				expect(elements.map((element) => element.id)).toEqual(result.text.paragraphs.map((paragraph) => paragraph.id));
				expect(readArticleParagraphs(body)).toEqual(result.text.paragraphs.map((paragraph) => paragraph.text));
			}),
			{ numRuns: 600 },
		);
		// The generator must reach the MDX often enough for the property to mean something.
		expect(reached).toBeGreaterThan(150);
	}, 180_000);
});
