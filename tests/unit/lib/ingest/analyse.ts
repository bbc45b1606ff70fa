/** Builds the analysed paragraphs of a short invented text, as the ingest does, with the fixture gazetteer. */
import { splitBlocks } from '../../../../src/lib/ingest/text/blocks.ts';
import { withoutGivenNames } from '../../../../src/lib/ingest/entities/extract-place.ts';
import { compileGazetteer, findMatches } from '../../../../src/lib/ingest/gazetteer/gazetteer.ts';
import { withSurnames } from '../../../../src/lib/ingest/gazetteer/surnames.ts';
import { normalizeRawText } from '../../../../src/lib/ingest/text/normalize.ts';
import type { AnalysedParagraph } from '../../../../src/lib/ingest/gazetteer/analysed-paragraph.ts';
import { loadGazetteer } from '../../helpers.ts';

/** The fixture gazetteer, built once. */
export const gazetteer = loadGazetteer();
const patterns = compileGazetteer(gazetteer);

/** The body paragraphs of a text (paragraphs separated by blank lines), with their gazetteer matches. */
export function analyse(text: string): AnalysedParagraph[] {
	const paragraphs = splitBlocks(normalizeRawText(text))
		.filter((block) => block.kind === 'paragraph')
		.map((block) => ({ ...block, id: block.id!, matches: withoutGivenNames(block.text, findMatches(block.text, patterns)) }));
	return withSurnames(paragraphs, gazetteer.entries);
}
