/** The schemas of every collection, in one place for the content config, the ingest and the tests. */
export { actorSchema } from './actor.ts';
export { createAreaSchema } from './area.ts';
export { createEventSchema } from './event.ts';
export { createMeetingSchema, createMeetingOriginalSchema } from './meeting.ts';
export { organisationSchema } from './organisation.ts';
export { placeSchema } from './place.ts';
export { sourceSchema, sourceMetadataSchema } from './source.ts';
export { nationalitySchema, nationalitiesSchema } from './nationality.ts';
