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
