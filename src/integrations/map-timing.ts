/** Logs the time the build spent computing maps (lib/maps/timing.ts), which the benchmark reads. */
import type { AstroIntegration } from 'astro';
import { mapMilliseconds } from '../lib/maps/timing.ts';

/** The integration: one line at the end of `astro build`. */
export function mapTiming(): AstroIntegration {
	return {
		name: 'atlas:maps',
		hooks: {
			'astro:build:done': ({ logger }) => {
				// The benchmark reads the time from this line.
				logger.info(`Computed maps and timeline strips in ${Math.round(mapMilliseconds())} ms.`);
			},
		},
	};
}
