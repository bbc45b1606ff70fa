/**
 * Step 5, who and what the text names: the principals of the meeting, its venue, the organisations
 * the gazetteer lacks, the events it refers to, the other names it mentions, and the capitalised
 * names nobody knows.
 */
export { extractParticipants } from './extract-participants.ts';
export { extractPlace, withoutGivenNames } from './extract-place.ts';
export { extractOrganisations } from './extract-organisations.ts';
export { extractEvents } from './extract-events.ts';
export { extractMentions } from './extract-mentions.ts';
export { unresolvedNames } from './unresolved-names.ts';
