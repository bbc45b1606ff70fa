/** Shared helpers of the unit tests: the project's own gazetteer, seeds and fixtures. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readContentFiles, readNotNames } from '../../src/cli/read-content.ts';
import { buildGazetteer } from '../../src/lib/ingest/build-gazetteer.ts';
import type { Gazetteer } from '../../src/lib/ingest/gazetteer.ts';

/** The project root. */
export const root = fileURLToPath(new URL('../..', import.meta.url));

/** The gazetteer built from the project's content folder. */
export function loadGazetteer(): Gazetteer {
	return buildGazetteer(readContentFiles(root), readNotNames(root));
}

/** A seed press text by its source id: readSeed("2025-04-25-almaty"). */
export function readSeed(id: string): string {
	return readFileSync(`${root}/content/sources/${id}.txt`, 'utf8');
}

/** A fixture press text: readFixture("hostile.txt"). */
export function readFixture(name: string): string {
	return readFileSync(`${root}/tests/fixtures/press-texts/${name}`, 'utf8');
}
