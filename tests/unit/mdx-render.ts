/** Compiles and runs MDX with a tiny JSX runtime, to see exactly what a page would contain, without React. */
import { evaluate } from '@mdx-js/mdx';

interface Element {
	type: unknown;
	props: { children?: unknown };
}

const runtime = {
	Fragment: 'fragment',
	jsx: (type: unknown, props: Element['props']): Element => ({ type, props }),
	jsxs: (type: unknown, props: Element['props']): Element => ({ type, props }),
};

function textOf(node: unknown): string {
	if (typeof node === 'string') return node;
	if (Array.isArray(node)) return node.map(textOf).join('');
	if (node && typeof node === 'object' && 'props' in node) return textOf((node as Element).props.children);
	return '';
}

/** Each top-level element of an MDX body, with its type and text, and the names the module exports besides its default. */
export async function renderMdx(mdx: string): Promise<{ elements: { type: unknown; text: string }[]; exported: string[] }> {
	const module = await evaluate(mdx, { ...runtime, baseUrl: import.meta.url });
	const tree = module.default({}) as Element;
	// Several blocks come wrapped in a fragment; a single block comes alone.
	const children = (tree.type === 'fragment' ? [tree.props.children].flat() : [tree]).filter((child) => typeof child === 'object');
	return {
		elements: children.map((child) => ({ type: (child as Element).type, text: textOf(child) })),
		exported: Object.keys(module).filter((name) => name !== 'default'),
	};
}
