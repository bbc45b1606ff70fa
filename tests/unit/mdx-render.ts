/**
 * Compiles and runs MDX as the site does (Sätteri, with the article plugin and features of
 * astro.config.mjs) with a tiny JSX runtime, to see exactly what a page would contain, without Astro.
 */
import { evaluate } from 'satteri';
import { articleCompileOptions } from '../../src/lib/mdx/article-paragraphs.ts';

interface Element {
	type: unknown;
	props: { children?: unknown; id?: string };
}

const runtime = {
	Fragment: 'fragment',
	jsx: (type: unknown, props: unknown): Element => ({ type, props: props as Element['props'] }),
	jsxs: (type: unknown, props: unknown): Element => ({ type, props: props as Element['props'] }),
};

function textOf(node: unknown): string {
	if (typeof node === 'string') return node;
	if (Array.isArray(node)) return node.map(textOf).join('');
	if (node && typeof node === 'object' && 'props' in node) return textOf((node as Element).props.children);
	return '';
}

/**
 * Each top-level element of an MDX body, with its type, id and text, and the names the module
 * exports besides its default. `components` maps element names as `<Content components>` does.
 */
export async function renderMdx(
	mdx: string,
	components: Record<string, unknown> = {},
): Promise<{ elements: { type: unknown; id: string | undefined; text: string }[]; exported: string[] }> {
	const module = await evaluate(mdx, { ...runtime, ...articleCompileOptions() });
	const tree = (module.default as (props: object) => Element)({ components });
	// Several blocks come wrapped in a fragment; a single block comes alone. Newlines between blocks are strings.
	const children = (tree.type === 'fragment' ? [tree.props.children].flat() : [tree]).filter((child) => typeof child === 'object');
	return {
		elements: children.map((child) => ({ type: (child as Element).type, id: (child as Element).props.id, text: textOf(child) })),
		exported: Object.keys(module).filter((name) => name !== 'default'),
	};
}
