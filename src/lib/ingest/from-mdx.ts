/**
 * Reads the paragraphs of an MDX article body back as plain text: the inverse of toMdxBody,
 * for showing a translation paragraph by paragraph beside its original.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { mdxjs } from 'micromark-extension-mdxjs';

/** The top-level paragraphs of an MDX body as text: fromMdxBody("a \\{b}\n\nc\n") → ["a {b}", "c"]. */
export function fromMdxBody(body: string): string[] {
	const tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
	return tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node));
}
