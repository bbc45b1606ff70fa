/**
 * Loads the raw press texts of `content/sources/` with the metadata beside them. The text is
 * split into blocks with the ingest's own splitter, so paragraph ids are the ones citations use.
 */
import type { Loader } from 'astro/loaders';
import { readSourceFiles } from '../io/read-content.ts';
import { normalizeRawText, splitBlocks } from '../lib/ingest/text/index.ts';

/** A loader for the sources collection, reading `<root>/content/sources`. */
export function sourcesLoader(): Loader {
	return {
		name: 'atlas-sources',
		async load({ store, parseData, generateDigest, config, logger }) {
			const root = decodeURIComponent(new URL('.', config.root).pathname);
			store.clear();
			for (const source of readSourceFiles(root)) {
				if (!source.metadata) {
					logger.error(`${source.metadataPath} is missing; run \`npm run ingest -- --regenerate\``);
					continue;
				}
				const text = new TextDecoder().decode(source.bytes);
				const data = await parseData({
					id: source.id,
					data: { ...source.metadata, blocks: splitBlocks(normalizeRawText(text)) },
					filePath: source.textPath,
				});
				store.set({ id: source.id, data, digest: generateDigest(text + JSON.stringify(source.metadata)), filePath: source.textPath });
			}
		},
	};
}
