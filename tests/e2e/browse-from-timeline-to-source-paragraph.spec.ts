import { expect, test } from '@playwright/test';
import { contentMeetings } from './content.ts';

test('timeline → meeting → actor → area → source paragraph', async ({ page }) => {
	await page.goto('/en/timeline/');
	await page.getByRole('link', { name: 'Meeting between Wang Yi and Jeenbek Kulubaev in Almaty (25 April 2025)', exact: true }).click();
	await expect(page).toHaveURL(/\/en\/meetings\/2025-04-25-almaty\/$/);

	await page.getByRole('definition').getByRole('link', { name: 'Jeenbek Kulubaev', exact: true }).click();
	await expect(page).toHaveURL(/\/en\/actors\/jeenbek-kulubaev\/$/);
	// The sources' other spelling is shown where it was written; the page's own name is not repeated.
	await expect(page.getByText('written “Jeenbek Kouloubaev”').first()).toBeVisible();
	await expect(page.getByText('written “Jeenbek Kulubaev”')).toHaveCount(0);

	await page.getByRole('link', { name: 'China–Kyrgyzstan–Uzbekistan railway' }).click();
	await expect(page).toHaveURL(/\/en\/cooperation\/china-kyrgyzstan-uzbekistan-railway\/$/);
	// How the project is described at each meeting that names it (2022, then 2025…), in English.
	const mentions = page.getByRole('listitem').filter({ hasText: 'China–Kyrgyzstan–Uzbekistan railway' });
	await expect(mentions).toHaveCount(contentMeetings().filter((meeting) => meeting.areas.includes('china-kyrgyzstan-uzbekistan-railway')).length);

	await page.getByRole('link', { name: 'Source: 2025-04-25-almaty, paragraph 4' }).click();
	await expect(page).toHaveURL(/\/en\/sources\/2025-04-25-almaty\/#p4$/);
	await expect(page.locator('#p4')).toContainText('chemin de fer Chine-Kirghizstan-Ouzbékistan');
	await expect(page.locator('#p4')).toBeInViewport();
});

test('every fact of a meeting links to an existing paragraph of its source', async ({ page, request }) => {
	await page.goto('/fr/rencontres/2022-06-nur-sultan/');
	const citations = page.locator('.cite a');
	expect(await citations.count()).toBeGreaterThan(20);
	const targets = new Set(await citations.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).getAttribute('href')!)));
	for (const target of targets) {
		const [path, fragment] = target.split('#');
		const html = await (await request.get(path!)).text();
		expect(html, target).toContain(`id="${fragment}"`);
	}
});

test('an inferred date says so and explains why', async ({ page }) => {
	await page.goto('/fr/rencontres/2022-06-nur-sultan/');
	const date = page.locator('#date + dd');
	await expect(date).toContainText('juin 2022');
	await expect(date).toContainText('déduit');
	await date.getByText('Pourquoi cette date ?').click();
	await expect(date).toContainText('1992 + 30 = 2022');
});
