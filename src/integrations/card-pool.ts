/**
 * Worker threads that draw social cards (card-worker.ts) while the main thread goes on with the
 * build: drawing a card (satori, then resvg) is CPU work, and Astro renders pages on one core.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CardContent } from '../lib/share/card.ts';

interface Pending {
	resolve: (png: Uint8Array) => void;
	reject: (error: Error) => void;
}

/** A fixed set of workers, sent cards in turn. */
export class CardPool {
	private readonly workers: Worker[];
	private readonly pending = new Map<number, Pending>();
	private next = 0;
	/** The workers' time spent drawing, in ms. */
	drawingMs = 0;

	/** One worker per core by default: the main thread mostly waits for them once the pages are done. */
	constructor(size = availableParallelism()) {
		this.workers = Array.from({ length: Math.max(1, size) }, () => {
			const worker = new Worker(new URL('./card-worker.ts', import.meta.url));
			worker.on('message', ({ id, png, ms, error }: { id: number; png?: Uint8Array; ms?: number; error?: string }) => {
				const job = this.pending.get(id)!;
				this.pending.delete(id);
				this.drawingMs += ms ?? 0;
				if (error !== undefined) job.reject(new Error(`a social card could not be drawn: ${error}`));
				else job.resolve(png!);
			});
			// A worker that dies takes its cards with it: fail them rather than wait forever.
			worker.on('error', (error) => {
				for (const job of this.pending.values()) job.reject(error);
				this.pending.clear();
			});
			return worker;
		});
	}

	/** The card as a PNG, drawn by the next worker. */
	draw(content: CardContent): Promise<Uint8Array> {
		const id = this.next++;
		return new Promise((resolve, reject) => {
			this.pending.set(id, { resolve, reject });
			this.workers[id % this.workers.length]!.postMessage({ id, content });
		});
	}

	/** Stops the workers. */
	async close(): Promise<void> {
		await Promise.all(this.workers.map((worker) => worker.terminate()));
	}
}
