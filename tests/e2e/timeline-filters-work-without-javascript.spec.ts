import { expect, test, type Page } from '@playwright/test';

const entries = (page: Page) => page.locator('.timeline-entry:visible');

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('an actor filter is a link to the filtered timeline', async ({ page }) => {
		await page.goto('/fr/chronologie/');
		await expect(entries(page)).toHaveCount(6);
		await page.getByRole('link', { name: 'Sadyr Japarov', exact: true }).click();
		await expect(page).toHaveURL(/\/fr\/chronologie\/acteurs\/sadyr-japarov\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chronologie filtrée : Sadyr Japarov');
		await expect(entries(page)).toHaveCount(3);
		await expect(entries(page).first()).toContainText('février 2025');
	});

	test('an area filter is a link to the filtered timeline', async ({ page }) => {
		await page.goto('/en/timeline/');
		await page.getByRole('link', { name: 'Health', exact: true }).click();
		await expect(page).toHaveURL(/\/en\/timeline\/cooperation\/health\/$/);
		await expect(entries(page).filter({ hasText: 'Meeting between' })).toHaveText([/Nur-Sultan \(June 2022\)/]);
	});
});

test('with JavaScript, filters apply in place and update the address', async ({ page }) => {
	await page.goto('/en/timeline/');
	await page.evaluate(() => ((window as unknown as { marker: boolean }).marker = true));
	await page.getByRole('link', { name: 'Sadyr Japarov', exact: true }).click();
	await expect(page).toHaveURL(/\/en\/timeline\/actors\/sadyr-japarov\/$/);
	await expect(entries(page)).toHaveCount(3);
	// The same document: no page load happened.
	expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(true);
	await page.getByRole('link', { name: 'All', exact: true }).click();
	await expect(entries(page)).toHaveCount(6);
});

test('a filtered timeline holds only its own entries, and its filters load the other pages', async ({ page }) => {
	await page.goto('/fr/chronologie/acteurs/sadyr-japarov/');
	await expect(page.locator('.timeline-entry')).toHaveCount(3);
	await page.getByRole('link', { name: 'Santé', exact: true }).click();
	await expect(page).toHaveURL(/\/fr\/chronologie\/cooperation\/health\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chronologie filtrée : Santé');
	await expect(entries(page).filter({ hasText: 'Rencontre entre' })).toHaveText([/Noursoultan \(juin 2022\)/]);
});
