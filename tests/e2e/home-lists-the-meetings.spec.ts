import { expect, test } from '@playwright/test';

test('the home page lists both meetings with the precision their sources allow', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	const items = page.getByRole('listitem');
	await expect(items).toHaveCount(2);
	await expect(items.nth(0)).toContainText('25 avril 2025');
	await expect(items.nth(1)).toContainText('juin 2022 (année déduite)');
});

test('no request leaves the site', async ({ page, baseURL }) => {
	const outside: string[] = [];
	page.on('request', (request) => {
		if (!request.url().startsWith(baseURL!) && !request.url().startsWith('data:')) outside.push(request.url());
	});
	await page.goto('/');
	await page.waitForLoadState('networkidle');
	expect(outside).toEqual([]);
});
