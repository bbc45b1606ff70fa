import { expect, test } from '@playwright/test';

test('a meeting place on the home map leads to its place page', async ({ page }) => {
	await page.goto('/fr/');
	await page.locator('figure.map').getByRole('link', { name: 'Almaty, 1 rencontre' }).click();
	await expect(page).toHaveURL(/\/fr\/lieux\/almaty\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Almaty');
});

test('a place the texts only mention is marked differently and leads to its page too', async ({ page }) => {
	await page.goto('/en/');
	const tianjin = page.locator('figure.map').getByRole('link', { name: 'Tianjin, mentioned, no meeting' });
	await expect(tianjin).toHaveClass(/map-marker-mentioned/);
	await tianjin.click();
	await expect(page).toHaveURL(/\/en\/places\/tianjin\/$/);
});

test('every marker of the home map, the place maps and the meeting maps leads to a page that exists', async ({ page, request }) => {
	for (const path of ['/fr/', '/en/', '/fr/lieux/astana/', '/en/places/hong-kong/', '/en/meetings/2025-04-25-almaty/']) {
		await page.goto(path);
		const markers = page.locator('figure.map a');
		expect(await markers.count(), path).toBeGreaterThan(0);
		for (const href of await markers.evaluateAll((links) => links.map((link) => link.getAttribute('href')!))) {
			expect(href).toMatch(/\/(lieux|places)\/[a-z-]+\/$/);
			expect((await request.get(href)).status(), href).toBe(200);
		}
	}
});

test('the meeting page locates its meeting place beside the facts', async ({ page }) => {
	await page.goto('/en/meetings/2022-06-nur-sultan/');
	const map = page.getByRole('link', { name: /^Nur-Sultan, 1 meeting$/ });
	await expect(map).toBeVisible();
	await map.click();
	await expect(page).toHaveURL(/\/en\/places\/astana\/$/);
});
