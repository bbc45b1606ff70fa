/** Builds the analysed paragraphs of a short invented text, as the ingest does, with the fixture gazetteer. */
import { analyseParagraphs } from '../../../../src/lib/ingest/parse-press-text.ts';
import { splitBlocks } from '../../../../src/lib/ingest/text/blocks.ts';
import { normalizeRawText } from '../../../../src/lib/ingest/text/normalize.ts';
import type { AnalysedParagraph } from '../../../../src/lib/ingest/gazetteer/analysed-paragraph.ts';
import { loadGazetteer } from '../../helpers.ts';

/** The fixture gazetteer, built once. */
export const gazetteer = loadGazetteer();

/** The body paragraphs of a text (paragraphs separated by blank lines), with their gazetteer matches. */
export function analyse(text: string): AnalysedParagraph[] {
	return analyseParagraphs(splitBlocks(normalizeRawText(text)), gazetteer);
}
