/** A worker thread of the card pool (card-pool.ts): draws the card it is sent, and replies with the PNG. */
import { parentPort } from 'node:worker_threads';
import { renderCard } from '../lib/share/render-card.ts';
import type { CardContent } from '../lib/share/card.ts';

parentPort!.on('message', async ({ content }: { content: CardContent }) => {
	try {
		const started = performance.now();
		const png = await renderCard(content);
		parentPort!.postMessage({ png, ms: performance.now() - started });
	} catch (error) {
		parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
	}
});
