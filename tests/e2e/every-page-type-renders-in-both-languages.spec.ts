import { expect, test } from '@playwright/test';
import { pagePairs } from './pages.ts';

for (const pair of pagePairs) {
	for (const [locale, other] of [['fr', 'en'], ['en', 'fr']] as const) {
		test(`the ${pair.type} page renders in ${locale} and links to its ${other} twin`, async ({ page }) => {
			const response = await page.goto(pair[locale]);
			expect(response?.status()).toBe(200);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			const languageSwitch = page.locator('[data-language-switch]');
			await expect(languageSwitch).toHaveAttribute('href', pair[other]);
			await expect(languageSwitch).toHaveAttribute('hreflang', other);
			// A not-found page is not indexed, so it declares no alternates.
			if (pair.type !== 'not found') await expect(page.locator(`link[rel="alternate"][hreflang="${other}"]`)).toHaveAttribute('href', new RegExp(`${pair[other]}$`));
		});
	}
}

test('on English pages quotations are English and their French originals are marked as French', async ({ page }) => {
	await page.goto('/en/meetings/2025-04-25-almaty/');
	const quotes = page.locator('main blockquote');
	await expect(quotes.first()).toBeVisible();
	for (const quote of await quotes.all()) {
		const isOriginal = await quote.evaluate((element) => element.parentElement?.matches('details.original') ?? false);
		if (isOriginal) await expect(quote).toHaveAttribute('lang', 'fr');
		else await expect(quote).not.toHaveAttribute('lang');
	}
	await page.goto('/en/sources/2025-04-25-almaty/');
	await expect(page.locator('#p1 [lang="fr"]')).toContainText('Le 25 avril 2025');
	await expect(page.locator('#p1 [lang="en"]')).toContainText('On 25 April 2025');
});

test('an unknown address gets the bilingual not-found page', async ({ page }) => {
	const response = await page.goto('/fr/nulle-part/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test.describe('on a 320 px wide screen', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	test('no page is wider than the screen', async ({ page }) => {
		for (const pair of pagePairs) {
			for (const path of [pair.fr, pair.en]) {
				await page.goto(path, { waitUntil: 'load' });
				const width = await page.evaluate(() => document.documentElement.scrollWidth);
				expect(width, path).toBeLessThanOrEqual(320);
			}
		}
	});
});
