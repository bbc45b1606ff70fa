/**
 * Clears Astro's content data store when a schema changes. Astro clears it when
 * src/content.config.ts itself changes (withastro/astro#11591 digests that one file), not when a
 * module it imports does: after an edit to src/schemas/ or src/loaders/, a build would otherwise
 * keep the entries parsed by the old schema (a field the new one adds would be missing).
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folders whose code decides what the data store holds. */
const schemaFolders = ['src/schemas', 'src/loaders'];

/** SHA-256 of the files of some folders, in name order: the same code gives the same digest. */
export function digestOfFolders(root: string, folders: string[]): string {
	const hash = createHash('sha256');
	for (const folder of folders) {
		const directory = join(root, folder);
		if (!existsSync(directory)) continue;
		for (const name of readdirSync(directory).sort()) hash.update(`${folder}/${name}\0`).update(readFileSync(join(directory, name))).update('\0');
	}
	return hash.digest('hex');
}

/** The integration; it runs before the content layer loads anything. */
export function freshContentStore(): AstroIntegration {
	return {
		name: 'atlas:fresh-content-store',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				const cache = fileURLToPath(config.cacheDir);
				const marker = join(cache, 'atlas-schemas.sha256');
				const digest = digestOfFolders(fileURLToPath(config.root), schemaFolders);
				if (existsSync(marker) && readFileSync(marker, 'utf8') === digest) return;
				if (existsSync(join(cache, 'data-store.json'))) logger.info('schemas changed: content data store cleared');
				rmSync(join(cache, 'data-store.json'), { force: true });
				mkdirSync(cache, { recursive: true });
				writeFileSync(marker, digest);
			},
		},
	};
}
