import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pagePairs } from './pages.ts';

for (const scheme of ['light', 'dark'] as const) {
	for (const pair of pagePairs) {
		for (const locale of ['fr', 'en'] as const) {
			test(`the ${pair.type} page in ${locale}, ${scheme}, has no axe violation`, async ({ page }) => {
				await page.emulateMedia({ colorScheme: scheme });
				await page.goto(pair[locale]);
				const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
				expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
			});
		}
	}
}
