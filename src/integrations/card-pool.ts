/**
 * Worker threads that draw social cards (card-worker.ts) while the main thread goes on with the
 * build: drawing a card (satori, then resvg) is CPU work, and Astro renders pages on one core.
 * Each worker has one card at a time; the others wait here, as plain data, so that a worker
 * never holds hundreds of half-drawn cards in memory.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CardContent } from '../lib/share/card.ts';

interface Job {
	content: CardContent;
	resolve: (png: Uint8Array) => void;
	reject: (error: Error) => void;
}

/** A fixed set of workers, each given the next waiting card when it is done with one. */
export class CardPool {
	private readonly waiting: Job[] = [];
	private readonly idle: Worker[] = [];
	private readonly current = new Map<Worker, Job>();
	private readonly workers: Worker[];
	/** The workers' time spent drawing, in ms. */
	drawingMs = 0;

	/** One worker per core by default: the main thread mostly waits for them once the pages are done. */
	constructor(size = availableParallelism()) {
		this.workers = Array.from({ length: Math.max(1, size) }, () => {
			const worker = new Worker(new URL('./card-worker.ts', import.meta.url));
			worker.on('message', ({ png, ms, error }: { png?: Uint8Array; ms?: number; error?: string }) => {
				const job = this.current.get(worker)!;
				this.current.delete(worker);
				this.drawingMs += ms ?? 0;
				if (error !== undefined) job.reject(new Error(`a social card could not be drawn: ${error}`));
				else job.resolve(png!);
				this.idle.push(worker);
				this.dispatch();
			});
			// A worker that dies takes its card with it: fail it, and every card still waiting.
			worker.on('error', (error) => {
				this.current.get(worker)?.reject(error);
				this.current.delete(worker);
				for (const job of this.waiting.splice(0)) job.reject(error);
			});
			return worker;
		});
		this.idle.push(...this.workers);
	}

	/** The card as a PNG, drawn by the first free worker. */
	draw(content: CardContent): Promise<Uint8Array> {
		return new Promise((resolve, reject) => {
			this.waiting.push({ content, resolve, reject });
			this.dispatch();
		});
	}

	/** Gives waiting cards to idle workers. */
	private dispatch(): void {
		while (this.idle.length > 0 && this.waiting.length > 0) {
			const worker = this.idle.pop()!;
			const job = this.waiting.shift()!;
			this.current.set(worker, job);
			worker.postMessage({ content: job.content });
		}
	}

	/** Stops the workers. */
	async close(): Promise<void> {
		await Promise.all(this.workers.map((worker) => worker.terminate()));
	}
}
