/**
 * Builds the Pagefind index at the end of `astro build`, into the build's own output folder, so
 * that the normal build command indexes the site (whatever `outDir` and `base` are) and a broken
 * index fails the build instead of shipping a site whose search is empty.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** The integration; Pagefind reads the built pages, one index per `<html lang>`. */
export function searchIndex(): AstroIntegration {
	return {
		name: 'atlas:search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const { index, errors: createErrors } = await pagefind.createIndex({});
				try {
					if (!index) throw new Error(createErrors.join('\n'));
					const { errors, page_count } = await index.addDirectory({ path: fileURLToPath(dir) });
					const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
					const problems = [...createErrors, ...errors, ...written.errors];
					if (problems.length > 0) throw new Error(`Pagefind could not index the site:\n${problems.join('\n')}`);
					// The benchmark reads the time from this line.
					logger.info(`Indexed ${page_count} pages for search in ${Math.round(performance.now() - started)} ms.`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
