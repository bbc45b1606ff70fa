import { describe, expect, it } from 'vitest';
import { paragraphsFrom, paragraphsKey, readArticleParagraphs } from '../../../../src/lib/mdx/article-paragraphs.ts';
import { renderMdx } from '../../mdx-render.ts';

describe('articleParagraphs, in the compiled MDX', () => {
	it('numbers the top-level paragraphs p1…pN', async () => {
		const { elements } = await renderMdx('Un.\n\nDeux.\n\nTrois.\n');
		expect(elements).toEqual([
			{ type: 'p', id: 'p1', text: 'Un.' },
			{ type: 'p', id: 'p2', text: 'Deux.' },
			{ type: 'p', id: 'p3', text: 'Trois.' },
		]);
	});

	it('hands the id to the component that replaces p, as <Content components={{ p }} /> does', async () => {
		const Paragraph = () => null;
		const { elements } = await renderMdx('Un.\n\nDeux.\n', { p: Paragraph });
		expect(elements.map(({ type, id }) => ({ type, id }))).toEqual([
			{ type: Paragraph, id: 'p1' },
			{ type: Paragraph, id: 'p2' },
		]);
	});

	it('counts only top-level paragraphs, so that a list or a quotation cannot shift the ids', async () => {
		const { elements } = await renderMdx('Un.\n\n> cité\n\n- point\n\nDeux.\n');
		expect(elements.filter((element) => element.type === 'p')).toEqual([
			{ type: 'p', id: 'p1', text: 'Un.' },
			{ type: 'p', id: 'p2', text: 'Deux.' },
		]);
	});

	it('leaves straight quotes, dashes, dots and web addresses as written (no smart punctuation, no GFM)', async () => {
		const text = '"Oui" -- dit-il... www.example.org ~~non~~ |a|b|';
		const { elements } = await renderMdx(`${text}\n`);
		expect(elements).toEqual([{ type: 'p', id: 'p1', text }]);
	});
});

describe('readArticleParagraphs', () => {
	it('reads each paragraph as the text it renders', () => {
		expect(readArticleParagraphs('Un.\n\nDeux\nsur deux lignes.\n')).toEqual(['Un.', 'Deux\nsur deux lignes.']);
	});

	it('unescapes what toMdxBody escaped: braces, angle brackets, character references', () => {
		expect(readArticleParagraphs('a \\{b}\n\nc \\<d> \\*e\\*\n\n&#x69;mport x from "y"\n')).toEqual(['a {b}', 'c <d> *e*', 'import x from "y"']);
	});

	it('gives the text of emphasis without its markers', () => {
		expect(readArticleParagraphs('a *b* **c**\n')).toEqual(['a b c']);
	});

	it('finds no paragraph in an empty body', () => {
		expect(readArticleParagraphs('')).toEqual([]);
	});
});

describe('paragraphsFrom', () => {
	it('reads the texts the plugin left in the frontmatter', () => {
		expect(paragraphsFrom({ title: 'x', [paragraphsKey]: ['a', 'b'] })).toEqual(['a', 'b']);
	});

	it('names the configuration to fix when the plugin did not run', () => {
		expect(() => paragraphsFrom({ title: 'x' })).toThrow(/astro\.config\.mjs/);
	});
});
