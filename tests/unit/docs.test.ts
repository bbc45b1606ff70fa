/**
 * The documentation's links hold, as the site's do: every relative link of README.md and docs/
 * leads to a file and, with a #fragment, to a heading of it; every page of docs/ is linked from
 * the README; and every project path the pages name in code (`src/lib/atlas.ts`) exists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers.ts';

const pages = ['README.md', ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
const textOf = (page: string) => readFileSync(join(root, page), 'utf8');

/** The text outside fenced code blocks, where links are links. */
function prose(markdown: string): string {
	return markdown.replace(/^```[\s\S]*?^```/gm, '');
}

/** GitHub's anchor for a heading, each space a dash, punctuation dropped: anchorOf("The `--json` record") → "the---json-record". */
function anchorOf(heading: string): string {
	return heading
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')
		.replace(/ /g, '-');
}

/** The anchors of a markdown page's headings. */
function anchorsOf(markdown: string): Set<string> {
	return new Set([...prose(markdown).matchAll(/^#{1,6} (.+)$/gm)].map((found) => anchorOf(found[1]!)));
}

/** The relative links and images of a page: [text](target), without web addresses. */
function linksOf(markdown: string): string[] {
	return [...prose(markdown).matchAll(/\]\(([^)\s]+)\)/g)].map((found) => found[1]!).filter((target) => !/^[a-z]+:/i.test(target));
}

describe('the documentation', () => {
	it('makes anchors as GitHub does', () => {
		expect(anchorOf('Quick start')).toBe('quick-start');
		expect(anchorOf('The `--json` record')).toBe('the---json-record');
		expect(anchorOf('Latest figures (`bench/results/2026-11-29.json`, 2 cores)')).toBe('latest-figures-benchresults2026-11-29json-2-cores');
	});

	it('has links that lead to a file and a heading', () => {
		const broken = pages.flatMap((page) =>
			linksOf(textOf(page)).flatMap((link) => {
				const [path, fragment] = link.split('#') as [string, string?];
				const target = path === '' ? page : normalize(join(dirname(page), path));
				if (!existsSync(join(root, target))) return [`${page}: ${link} (no file ${target})`];
				if (fragment && !anchorsOf(textOf(target)).has(fragment)) return [`${page}: ${link} (no heading #${fragment} in ${target})`];
				return [];
			}),
		);
		expect(broken).toEqual([]);
	});

	it('links every page of docs/ from the README', () => {
		const linked = new Set(linksOf(textOf('README.md')).map((link) => link.split('#')[0]));
		expect(pages.filter((page) => page !== 'README.md' && !linked.has(page))).toEqual([]);
	});

	it('names only project paths that exist', () => {
		const missing = pages.flatMap((page) =>
			[...textOf(page).matchAll(/`((?:src|tests|bench|content|public|docs|\.ci)\/[\w./[\]-]*)`/g)]
				.map((found) => found[1]!)
				.filter((path) => !/[<>*…]/.test(path) && !existsSync(join(root, path)))
				.map((path) => `${page}: ${path}`),
		);
		expect(missing).toEqual([]);
	});
});
