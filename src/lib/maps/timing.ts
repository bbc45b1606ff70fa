/**
 * How long the build spends on maps, for the benchmark: the pages add the time of each map they
 * compute, and an integration (src/integrations/map-timing.ts) logs the total when the build is
 * done. The total lives on globalThis because the pages run from Astro's bundle and the
 * integration from the config: two copies of this module, one process.
 */

const key = Symbol.for('atlas.mapMilliseconds');
const store = globalThis as typeof globalThis & { [key]?: number };

/** Runs a map's computation and adds its time to the build's total: timedMap(() => homeMap(…)). */
export function timedMap<T>(compute: () => T): T {
	const started = performance.now();
	try {
		return compute();
	} finally {
		store[key] = (store[key] ?? 0) + performance.now() - started;
	}
}

/** The build's total time on maps so far, in milliseconds. */
export function mapMilliseconds(): number {
	return store[key] ?? 0;
}
