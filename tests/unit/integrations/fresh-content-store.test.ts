import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { digestOfFolders } from '../../../src/integrations/fresh-content-store.ts';

const root = mkdtempSync(join(tmpdir(), 'schemas-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (path: string, text: string) => {
	mkdirSync(join(root, path, '..'), { recursive: true });
	writeFileSync(join(root, path), text);
};

describe('digestOfFolders', () => {
	it('changes when a schema changes, is added or renamed, and not otherwise', () => {
		write('src/schemas/place.ts', 'export const a = 1;');
		const first = digestOfFolders(root, ['src/schemas', 'src/loaders']);
		expect(digestOfFolders(root, ['src/schemas', 'src/loaders'])).toBe(first);

		write('src/schemas/place.ts', 'export const a = 2;');
		const edited = digestOfFolders(root, ['src/schemas', 'src/loaders']);
		expect(edited).not.toBe(first);

		write('src/loaders/sources.ts', 'export {};');
		const added = digestOfFolders(root, ['src/schemas', 'src/loaders']);
		expect(added).not.toBe(edited);

		rmSync(join(root, 'src/loaders/sources.ts'));
		write('src/loaders/renamed.ts', 'export {};');
		expect(digestOfFolders(root, ['src/schemas', 'src/loaders'])).not.toBe(added);
	});
});
