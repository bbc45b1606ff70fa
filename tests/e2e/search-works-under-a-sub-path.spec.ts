import { expect, test } from '@playwright/test';
import { contentMeetings } from './content.ts';
import { resultLinks, searchDone } from './search.ts';

// The site built with `base: "/atlas/"` (npm run build:subpath), served from that folder.
// The port the configuration chose for the sub-path build (playwright.config.ts).
const site = `http://localhost:${process.env.E2E_SUBPATH_PORT}/atlas/`;

test('under a sub-path, the header box leads to results whose links stay under it', async ({ page }) => {
	const outside: string[] = [];
	page.on('request', (request) => {
		if (!request.url().startsWith(site)) outside.push(request.url());
	});
	const exactNames = page.waitForResponse(`${site}search-names.json`);
	await page.goto(`${site}fr/rencontres/2022-06-nur-sultan/`);
	await page.locator('#header-search').fill('Kulubayev');
	await page.locator('#header-search').press('Enter');
	await expect(page).toHaveURL(`${site}fr/recherche/?q=Kulubayev`);
	await searchDone(page);
	expect((await exactNames).status()).toBe(200);
	await expect(resultLinks(page).first()).toHaveAttribute('href', '/atlas/fr/acteurs/jeenbek-kulubaev/');
	await resultLinks(page).first().click();
	await expect(page).toHaveURL(`${site}fr/acteurs/jeenbek-kulubaev/`);
	await expect(page.locator('h1')).toHaveText('Jeenbek Kouloubaev');
	expect(outside).toEqual([]);
});

test('under a sub-path, filters and deep links work too', async ({ page }) => {
	await page.goto(`${site}en/search/?q=railway&kind=meeting`);
	await searchDone(page);
	await expect(resultLinks(page)).toHaveCount(contentMeetings().filter((meeting) => meeting.areas.includes('china-kyrgyzstan-uzbekistan-railway')).length);
	const jump = page.getByRole('link', { name: /^Go to (paragraph|statement) \d+$/ }).first();
	await expect(jump).toHaveAttribute('href', /^\/atlas\/en\/meetings\/[^/]+\/#(p|statement-)\d+$/);
});
