/** Shared by the schema tests: a parse result as the list of issues a curator would read. */
import type { z } from 'zod';
import { createIdReference } from '../../../src/lib/integrity.ts';
import type { CollectionName, ReferenceFactory } from '../../../src/schemas/common.ts';

/** Each issue as "path: message"; [] when the value is valid. */
export function issuesOf(schema: z.ZodType, value: unknown): { path: string; message: string }[] {
	const result = schema.safeParse(value);
	return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

/** A reference factory that knows only the ids given: reference({ actors: ["wang-yi"] }). */
export function referenceTo(ids: Partial<Record<CollectionName, string[]>>): ReferenceFactory {
	const collections: CollectionName[] = ['sources', 'meetings', 'actors', 'places', 'organisations', 'areas', 'events'];
	return createIdReference(Object.fromEntries(collections.map((name) => [name, new Set(ids[name] ?? [])])) as Record<CollectionName, Set<string>>);
}
