import { expect, test, type Page } from '@playwright/test';

/** The map's SVG with its words taken out: text, accessible names and the language's part of each address. */
async function drawingOf(page: Page, path: string): Promise<string> {
	await page.goto(path);
	return page.locator('figure.map svg.map-svg').evaluate((svg) => {
		const copy = svg.cloneNode(true) as SVGSVGElement;
		for (const node of copy.querySelectorAll('text, title, desc')) node.textContent = '';
		for (const node of copy.querySelectorAll('[aria-label]')) node.removeAttribute('aria-label');
		for (const node of copy.querySelectorAll('a')) node.setAttribute('href', node.getAttribute('href')!.replace(/^\/(fr\/lieux|en\/places)\//, '/'));
		return copy.outerHTML;
	});
}

test('the French and English home maps differ only in their words', async ({ page }) => {
	const [fr, en] = [await drawingOf(page, '/fr/'), await drawingOf(page, '/en/')];
	expect(fr).toContain('<circle');
	expect(fr).toEqual(en);
});

test('the French and English place maps differ only in their words', async ({ page }) => {
	expect(await drawingOf(page, '/fr/lieux/taiwan/')).toEqual(await drawingOf(page, '/en/places/taiwan/'));
});

test('the maps are named in the page’s language', async ({ page }) => {
	await page.goto('/fr/');
	await expect(page.locator('figure.map svg.map-svg')).toHaveAccessibleName('Où se tiennent les rencontres');
	// The state's name as the atlas spells it (content/actors), capitals being the stylesheet's.
	expect(await page.locator('figure.map .map-label-state').allTextContents()).toContain('Kirghizistan');
	await page.goto('/en/');
	await expect(page.locator('figure.map svg.map-svg')).toHaveAccessibleName('Where the meetings take place');
	await expect(page.locator('figure.map svg.map-svg')).toHaveAccessibleDescription(/Kyrgyzstan/);
});
