/**
 * Fails `astro build` and `astro dev` on broken content (unknown ids, missing paragraphs,
 * duplicate ids, missing translations), which Astro itself would only log.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadContentForCheck } from '../io/read-content.ts';
import { checkIntegrity, formatIssues } from '../lib/integrity.ts';

/** The integration; it checks the content folder before anything is built. */
export function contentIntegrity(): AstroIntegration {
	return {
		name: 'atlas:content-integrity',
		hooks: {
			'astro:config:setup': ({ config }) => {
				const { entries, sources } = loadContentForCheck(fileURLToPath(config.root));
				const issues = checkIntegrity(entries, sources);
				if (issues.length > 0) {
					throw new Error(`The content has ${issues.length} problem(s):\n${formatIssues(issues)}\nFix them, then run \`npm run check:content\`.`);
				}
			},
		},
	};
}
