/**
 * Numbers an article's paragraphs p1…pN and records their plain text, as the MDX compiler reads
 * them. Astro 7 compiles MDX with Sätteri, which runs its own mdast plugins, not remark plugins
 * (remark needs `@astrojs/markdown-remark`'s `unified()` processor); this is such a plugin. The
 * site's article, the English text beside each source paragraph and the content check's
 * paragraph count all come from this one pass, so they cannot disagree.
 */
import type { SatteriAstroData } from '@astrojs/markdown-satteri';
import { defineMdastPlugin, mdxToJs, type Features } from 'satteri';

/** The frontmatter key under which the plugin leaves the paragraphs' texts. */
export const paragraphsKey = 'articleParagraphs';

/**
 * The MDX features the articles are compiled with. toMdxBody escapes CommonMark and MDX only:
 * with GFM, "www.example.org" would become a link and "~~" a strike-through; with smart
 * punctuation, the press text's straight quotes and "--" would be rewritten.
 */
export const articleFeatures = { gfm: false, smartPunctuation: false } satisfies Features;

/**
 * The mdast plugin: gives each top-level paragraph `id="pN"` (the `p` the MDX component renders
 * gets it as a prop) and leaves their texts in the frontmatter Astro exports, which `render()`
 * returns as `remarkPluginFrontmatter`. Only top-level paragraphs count: the ids must match the
 * source's p1…pN, and an article is a flat list of paragraphs.
 */
export const articleParagraphs = defineMdastPlugin({
	name: 'atlas-article-paragraphs',
	before(root, context) {
		const paragraphs = root.children.filter((node) => node.type === 'paragraph');
		paragraphs.forEach((paragraph, index) => context.setProperty(paragraph, 'data', { hProperties: { id: `p${index + 1}` } }));
		// Astro seeds data.astro with the file's frontmatter and exports it; readArticleParagraphs seeds it too.
		if (!context.data.astro) throw new Error('articleParagraphs needs data.astro: run it through Astro or readArticleParagraphs');
		context.data.astro.frontmatter[paragraphsKey] = paragraphs.map((paragraph) => context.textContent(paragraph));
	},
});

/** The paragraphs' texts from the frontmatter `render()` returns: remarkPluginFrontmatter → ["a {b}", "c"]. */
export function paragraphsFrom(frontmatter: Record<string, unknown>): string[] {
	const paragraphs = frontmatter[paragraphsKey];
	// Missing means the MDX integration runs without the plugin: a configuration bug, not content.
	if (!Array.isArray(paragraphs)) throw new Error(`the MDX article has no "${paragraphsKey}"; add articleParagraphs to mdx({ processor }) in astro.config.mjs`);
	return paragraphs as string[];
}

/** Sätteri options that compile an article outside Astro as the build does; `data.astro.frontmatter` receives the texts. */
export function articleCompileOptions() {
	const astro: SatteriAstroData = { frontmatter: {}, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() };
	return { mdastPlugins: [articleParagraphs], features: articleFeatures, data: { astro } };
}

/**
 * An MDX body's paragraphs as the site renders them, outside Astro: the same compiler, plugin
 * and features as the build. readArticleParagraphs("a \\{b}\n\nc\n") → ["a {b}", "c"].
 */
export function readArticleParagraphs(body: string): string[] {
	const options = articleCompileOptions();
	mdxToJs(body, options);
	return paragraphsFrom(options.data.astro.frontmatter);
}
