/**
 * Draws the social cards of a build in worker threads while Astro renders the pages: each page
 * asks for its card as it renders (lib/share/card-requests.ts), a worker draws it unless the
 * content-hash cache has it, and the build's end waits for the last ones and writes them into
 * the output folder. In `astro dev` a route draws a card when it is fetched instead.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listenForCards } from '../lib/share/card-requests.ts';
import { cachedCardFile, cardCacheDirectory } from '../lib/share/render-card.ts';
import { CardPool } from './card-pool.ts';

/** The integration. */
export function socialCards(): AstroIntegration {
	let pool: CardPool | undefined;
	// Each card's file in the cache, by its path in the site: drawn cards wait on disk, not in memory.
	const cards = new Map<string, Promise<string>>();
	return {
		name: 'atlas:social-cards',
		hooks: {
			'astro:config:setup': ({ command, injectRoute }) => {
				if (command === 'dev') injectRoute({ pattern: '/cards/[locale]/[card].png', entrypoint: new URL('./card-route.ts', import.meta.url) });
			},
			'astro:build:start': () => {
				pool = new CardPool();
				const cacheDirectory = cardCacheDirectory();
				listenForCards(({ path, content }) => {
					if (cards.has(path)) return;
					const cached = cachedCardFile(content, cacheDirectory, (card) => pool!.draw(card));
					// A failure is reported where the build waits for the card, not as an unhandled rejection before.
					cached.catch(() => {});
					cards.set(path, cached);
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				listenForCards(undefined);
				const waited = performance.now();
				try {
					const outDir = fileURLToPath(dir);
					for (const [path, cached] of cards) {
						const file = join(outDir, path);
						mkdirSync(dirname(file), { recursive: true });
						copyFileSync(await cached, `${file}.tmp`);
						renameSync(`${file}.tmp`, file);
					}
				} finally {
					await pool?.close();
				}
				// The benchmark reads the times from this line.
				logger.info(`Wrote ${cards.size} social cards; waited ${Math.round(performance.now() - waited)} ms for them after the pages (${Math.round(pool?.drawingMs ?? 0)} ms of drawing in workers).`);
			},
		},
	};
}
