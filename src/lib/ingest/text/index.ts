/**
 * Step 1, the text: bytes to text (decode), folding for matching with a map back to the original
 * (normalize), blocks and paragraphs of both layouts with the lines that are not the body
 * (blocks, line-kinds), sentences, and the words that tell what a sentence reports (cues).
 */
export { decodeText } from './decode.ts';
export type { IngestProblem } from './problem.ts';
export { editDistance, fold, foldText, keepDigitHyphens, normalizeRawText } from './normalize.ts';
export { splitSentences, type Sentence } from './sentences.ts';
export { splitBlocks, type Block, type BlockKind } from './blocks.ts';
export { findWireDateline, isUpdateLine } from './line-kinds.ts';
export { isMeetingSentence } from './cues.ts';
