/**
 * Step 2, the names the atlas knows: the gazetteer built from the content entries, compiled to
 * patterns over folded text, and matched longest first; the cue words of events.
 */
export { buildGazetteer, type ContentEntry } from './build-gazetteer.ts';
export { compileGazetteer, cueSpan, findMatches, hasCue, termToPattern, type EventCueEntry, type Gazetteer, type GazetteerCollection, type GazetteerEntry, type Match } from './gazetteer.ts';
export type { AnalysedParagraph } from './analysed-paragraph.ts';
export { personSpelledLike, withSurnames } from './surnames.ts';
