/** The typed collections of the atlas. Schemas live in src/schemas/, shared with the ingest. */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { sourcesLoader } from './loaders/sources-loader.ts';
import { actorSchema } from './schemas/actor.ts';
import { createAreaSchema } from './schemas/area.ts';
import type { CollectionName } from './schemas/common.ts';
import { createEventSchema } from './schemas/event.ts';
import { createMeetingSchema } from './schemas/meeting.ts';
import { organisationSchema } from './schemas/organisation.ts';
import { placeSchema } from './schemas/place.ts';
import { sourceSchema } from './schemas/source.ts';

// Typed by Astro, so that entries' references are { collection, id } objects.
const astroReference = (collection: CollectionName) => reference(collection);
const yamlIn = (folder: string) => glob({ pattern: '*.yaml', base: `./content/${folder}` });

export const collections = {
	sources: defineCollection({ loader: sourcesLoader(), schema: sourceSchema }),
	meetings: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: './content/meetings' }), schema: createMeetingSchema(astroReference) }),
	actors: defineCollection({ loader: yamlIn('actors'), schema: actorSchema }),
	places: defineCollection({ loader: yamlIn('places'), schema: placeSchema }),
	organisations: defineCollection({ loader: yamlIn('organisations'), schema: organisationSchema }),
	areas: defineCollection({ loader: yamlIn('areas'), schema: createAreaSchema(astroReference) }),
	events: defineCollection({ loader: yamlIn('events'), schema: createEventSchema(astroReference) }),
};
