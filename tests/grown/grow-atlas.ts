/**
 * Grows the atlas for the test suite: copies the project (its tracked and unignored files) to a
 * folder and adds to its content N synthetic meetings imported by the real ingest
 * (bench/corpus.ts), beside the real ones. `tests/grown/run.sh` then runs the suite's content
 * checks, unit tests, build, gates and end-to-end tests there, so that a test tied to today's
 * seed meetings fails.
 *
 * node tests/grown/grow-atlas.ts <folder> [meetings]   (through npm, for Node 24)
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addSyntheticMeetings } from '../../bench/corpus.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** Astro's, Vite's and the cards' caches stay the project's own: the grown copy starts clean. */
const caches = new Set(['.astro', '.cache', '.vite', '.vitest']);

const [folder, count = '30'] = process.argv.slice(2);
if (!folder || !/^\d+$/.test(count)) {
	console.error('usage: node tests/grown/grow-atlas.ts <folder> [meetings]');
	process.exit(2);
}
if (existsSync(folder) && readdirSync(folder).length > 0) {
	console.error(`grow-atlas: ${folder} is not empty; give a new or empty folder`);
	process.exit(1);
}

const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
for (const file of files) {
	if (!existsSync(join(root, file))) continue; // deleted in the working tree, not yet in the index
	mkdirSync(dirname(join(folder, file)), { recursive: true });
	cpSync(join(root, file), join(folder, file));
}
// The installed packages, one link each, so that the copy needs no install of its own.
mkdirSync(join(folder, 'node_modules'), { recursive: true });
for (const entry of readdirSync(join(root, 'node_modules'))) {
	if (!caches.has(entry)) symlinkSync(join(root, 'node_modules', entry), join(folder, 'node_modules', entry));
}
const added = addSyntheticMeetings(folder, Number(count));
console.log(`grow-atlas: ${folder} holds the real atlas and ${added} synthetic meetings`);
