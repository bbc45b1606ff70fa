/** Step 7, the record and what is written from it: the meeting's id and title, the MDX article, and the proposed entries of a draft. */
export { generateTitle, meetingId, placeNameAt, slugify } from './naming.ts';
export { toMdx } from './to-mdx.ts';
export { proposeEntries, translationSkeleton, untranslated } from './propose-entries.ts';
export { announcement, blocking, severalVenues, toPublishable, unresolvedItem } from './review.ts';
export type { DraftRecord, ParsedPressText, ParseOptions, PublishableText, ReviewItem } from './types.ts';
export { givenIn, sourceMetadata, type CuratorGiven } from './source-metadata.ts';
