/**
 * Shared helpers of the unit tests: the gazetteers, seeds and fixtures. The ingest tests build
 * their gazetteer from the small fixture content folder, tests/fixtures/content/, so that a
 * curator's edit of content/ changes none of them; only the tests that exist to check the real
 * content (tests/unit/content/) read the real one, through the loaders named `Real`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readGazetteer, readNationalities } from '../../src/io/read-content.ts';
import type { Gazetteer } from '../../src/lib/ingest/gazetteer/gazetteer.ts';
import { nationalitiesSchema, type Nationality } from '../../src/schemas/nationality.ts';

/** The project root. */
export const root = fileURLToPath(new URL('../..', import.meta.url));

/** The root of the fixture project: tests/fixtures/, laid out like the project (content/actors/…, content/ingest/not-names.yaml). */
export const fixtureRoot = join(root, 'tests/fixtures');

/** The gazetteer built from the fixture content folder, tests/fixtures/content/: the one every ingest test uses. */
export function loadGazetteer(): Gazetteer {
	return readGazetteer(fixtureRoot);
}

/** The gazetteer built from the project's real content folder, for the tests of the real content only. */
export function loadRealGazetteer(): Gazetteer {
	return readGazetteer(root);
}

/** The nationality lexicon of the fixture content folder (tests/fixtures/content/ingest/nationalities.yaml), validated. */
export function loadNationalities(): Nationality[] {
	return nationalitiesSchema.parse(readNationalities(fixtureRoot));
}

/** The project's real nationality lexicon (content/ingest/nationalities.yaml), validated, for the tests of the real content only. */
export function loadRealNationalities(): Nationality[] {
	return nationalitiesSchema.parse(readNationalities(root));
}

/** A seed press text by its source id: readSeed("2025-04-25-almaty"). */
export function readSeed(id: string): string {
	return readFileSync(`${root}/content/sources/${id}.txt`, 'utf8');
}

/** A fixture press text: readFixture("hostile.txt"). */
export function readFixture(name: string): string {
	return readFileSync(join(fixtureRoot, 'press-texts', name), 'utf8');
}
