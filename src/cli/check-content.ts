/** `npm run check:content`: validates the whole content folder; exits 1 naming each problem. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkIntegrity, formatIssues } from '../lib/integrity.ts';
import { ContentReadError, loadContentForCheck } from '../io/read-content.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
try {
	const { entries, sources } = loadContentForCheck(root);
	const issues = checkIntegrity(entries, sources);
	if (issues.length > 0) {
		console.error(`check:content: ${issues.length} problem(s)\n${formatIssues(issues)}`);
		process.exitCode = 1;
	} else {
		console.log(`check:content: ${entries.length} entries and ${sources.length} sources, every reference and citation resolves`);
	}
} catch (error) {
	if (!(error instanceof ContentReadError)) throw error;
	console.error(`check:content: ${error.message}`);
	process.exitCode = 1;
}
