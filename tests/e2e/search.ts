/** Helpers for the search tests: open a search by its address and read its results. */
import { expect, type Page } from '@playwright/test';

/** The links of the results, in the order shown. */
export const resultLinks = (page: Page) => page.locator('[data-search-list] [data-result-link]');

/** Waits until the search has answered: a count, or "no result". */
export async function searchDone(page: Page) {
	await expect(page.locator('[data-search-status]')).toHaveText(/\d|Aucun|No result/);
}

/** Opens a search address and waits for its results. */
export async function openSearch(page: Page, address: string) {
	await page.goto(address);
	await searchDone(page);
}

/** The paths of the shown results, without the host: ["/fr/acteurs/wang-yi/", …]. */
export async function resultPaths(page: Page): Promise<string[]> {
	return resultLinks(page).evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}
