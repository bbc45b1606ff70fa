import { expect, test } from '@playwright/test';

test('switching language on a meeting lands on the same meeting, and back', async ({ page }) => {
	await page.goto('/fr/rencontres/2022-06-nur-sultan/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rencontre entre Wang Yi et Jeenbek Kouloubaev à Noursoultan (juin 2022)');
	await page.getByRole('link', { name: 'Read this page in English' }).click();
	await expect(page).toHaveURL(/\/en\/meetings\/2022-06-nur-sultan\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meeting between Wang Yi and Jeenbek Kulubaev in Nur-Sultan (June 2022)');
	await page.getByRole('link', { name: 'Lire cette page en français' }).click();
	await expect(page).toHaveURL(/\/fr\/rencontres\/2022-06-nur-sultan\/$/);
});

test('switching language on an actor keeps the actor', async ({ page }) => {
	await page.goto('/en/actors/jeenbek-kulubaev/');
	await page.getByRole('link', { name: 'Lire cette page en français' }).click();
	await expect(page).toHaveURL(/\/fr\/acteurs\/jeenbek-kulubaev\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jeenbek Kouloubaev');
});

test('the root page sends a browser that prefers English to the English site', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'en-GB' });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page).toHaveURL(/\/en\/$/);
	await context.close();
});

test('the root page lets a browser with another language choose', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'de-DE' });
	const page = await context.newPage();
	await page.goto('/');
	await page.getByRole('link', { name: 'Entrer en français' }).click();
	await expect(page).toHaveURL(/\/fr\/$/);
	await context.close();
});
