/** A worker thread of the card pool (card-pool.ts): draws the cards it is sent, one after another. */
import { parentPort } from 'node:worker_threads';
import { renderCard } from '../lib/share/render-card.ts';
import type { CardContent } from '../lib/share/card.ts';

parentPort!.on('message', async ({ id, content }: { id: number; content: CardContent }) => {
	try {
		const started = performance.now();
		const png = await renderCard(content);
		parentPort!.postMessage({ id, png, ms: performance.now() - started });
	} catch (error) {
		parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
	}
});
