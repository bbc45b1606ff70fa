/** A body paragraph with the gazetteer's names found in it: what every extraction step reads. */
import type { Block } from '../text/index.ts';
import type { Match } from './gazetteer.ts';

/** A body paragraph with the gazetteer entries found in it. */
export interface AnalysedParagraph extends Block {
	id: string;
	matches: Match[];
}
