import { expect, test } from '@playwright/test';

for (const path of ['/fr/', '/en/places/almaty/', '/fr/rencontres/2025-04-25-almaty/', '/en/timeline/']) {
	test(`the maps and the strip of ${path} print`, async ({ page }) => {
		await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
		await page.goto(path);
		const figure = page.locator('figure.map, figure.strip').first();
		await expect(figure).toBeVisible();
		const box = await figure.locator('svg').first().boundingBox();
		expect(box!.width).toBeGreaterThan(200);
		expect(box!.height).toBeGreaterThan(50);
		// Printed in the light colours, whatever the screen's scheme.
		const sea = await page.locator('.map-sea, .strip-row').first().evaluate((node) => getComputedStyle(node).fill);
		expect(sea).not.toBe('rgb(27, 38, 48)');
	});
}

test('at 320 px the home map fits the screen and the page does not scroll sideways', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 800 });
	await page.goto('/en/');
	const box = await page.locator('figure.map svg.map-svg').boundingBox();
	expect(box!.x + box!.width).toBeLessThanOrEqual(320);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
	await expect(page.locator('.map-labels-narrow').first()).toBeVisible();
	await expect(page.locator('.map-labels-wide').first()).toBeHidden();
});
