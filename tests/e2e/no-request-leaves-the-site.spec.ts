import { expect, test } from '@playwright/test';
import { pagePairs } from './pages.ts';

test('no page requests anything outside the site', async ({ page, baseURL }) => {
	const outside: string[] = [];
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(baseURL!) && !url.startsWith('data:')) outside.push(url);
	});
	for (const pair of pagePairs) {
		for (const path of [pair.fr, pair.en]) {
			// "load" waits for every subresource; these pages start no later requests.
			await page.goto(path, { waitUntil: 'load' });
		}
	}
	expect(outside).toEqual([]);
});

test('a search requests nothing outside the site, in either language', async ({ page, baseURL }) => {
	const outside: string[] = [];
	let searchFiles = 0;
	page.on('request', (request) => {
		const url = request.url();
		if (url.includes('/pagefind/')) searchFiles++;
		if (!url.startsWith(baseURL!) && !url.startsWith('data:')) outside.push(url);
	});
	for (const address of ['/fr/recherche/?q=Kouloubaev', '/en/search/?q=railway&kind=meeting']) {
		await page.goto(address);
		await expect(page.locator('[data-search-status]')).toHaveText(/\d/);
		await page.locator('[data-search-list] a').first().click();
		await page.waitForLoadState('load');
	}
	expect(searchFiles).toBeGreaterThan(0);
	expect(outside).toEqual([]);
});
