import { expect, test } from '@playwright/test';

test('the header search box leads to results for a minister, under the other spelling', async ({ page }) => {
	await page.goto('/fr/rencontres/2025-04-25-almaty/');
	await page.locator('#header-search').fill('Kouloubaev');
	await page.locator('#header-search').press('Enter');
	await expect(page).toHaveURL(/\/fr\/recherche\/\?q=Kouloubaev$/);
	await expect(page.getByRole('status')).toContainText('résultat');
	await expect(page.locator('[data-search-list] a').first()).toHaveText('Jeenbek Kouloubaev');
});

test('a shared search address shows its results in the language of the page', async ({ page }) => {
	await page.goto('/en/search/?q=railway');
	await expect(page.locator('[data-search-list] a').first()).toHaveText('China–Kyrgyzstan–Uzbekistan railway');
	await expect(page.locator('#search-page-query')).toHaveValue('railway');
});

test('a query with markup is shown as text, never run', async ({ page }) => {
	let dialogs = 0;
	page.on('dialog', async (dialog) => {
		dialogs++;
		await dialog.dismiss();
	});
	await page.goto(`/en/search/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
	await expect(page.getByRole('status')).toContainText('<img src=x onerror=alert(1)>');
	expect(await page.locator('[data-search-results] img').count()).toBe(0);
	expect(dialogs).toBe(0);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the search page says plainly that search needs JavaScript', async ({ page }) => {
		await page.goto('/fr/');
		await page.locator('#header-search').fill('Wang Yi');
		await page.locator('#header-search').press('Enter');
		await expect(page).toHaveURL(/\/fr\/recherche\/\?q=Wang\+Yi$/);
		await expect(page.getByText('La recherche a besoin de JavaScript')).toBeVisible();
	});
});
