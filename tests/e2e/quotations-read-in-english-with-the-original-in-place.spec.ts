/** On English pages a quotation reads in English, and its French original opens in place, announced as French and as expanded. */
import { expect, test, type Page } from '@playwright/test';

/** The expanded state that Chromium's accessibility tree gives each "show the original" disclosure, in page order. */
async function disclosuresExpanded(page: Page): Promise<boolean[]> {
	const session = await page.context().newCDPSession(page);
	const { nodes } = await session.send('Accessibility.getFullAXTree');
	return nodes
		.filter((node) => node.role?.value === 'DisclosureTriangle' && String(node.name?.value).startsWith('Translated from French'))
		.map((node) => node.properties?.find((property) => property.name === 'expanded')?.value.value === true);
}

test('an English meeting page quotes a statement in English; its original opens in place, in French', async ({ page }) => {
	await page.goto('/en/meetings/2025-04-25-almaty/');
	const statement = page.locator('#statement-3');
	await expect(statement.locator('blockquote').first()).toContainText('China firmly supports Kyrgyzstan');
	const original = statement.locator('details blockquote[lang="fr"]');
	await expect(original).toBeHidden();
	const summary = statement.getByText('Translated from French: show the original');
	const closed = await disclosuresExpanded(page);
	expect(closed.length).toBe(11);
	expect(closed.every((expanded) => !expanded)).toBe(true);
	await summary.click();
	await expect(original).toBeVisible();
	await expect(original).toContainText('La Chine soutient fermement le Kirghizstan');
	// A screen reader is told the third disclosure is now expanded, and reads the original in French.
	expect(await disclosuresExpanded(page)).toEqual(closed.map((_, index) => index === 2));
});

test('an English area page quotes the English sentence of the paragraph, with the French one click away', async ({ page }) => {
	await page.goto('/en/cooperation/china-kyrgyzstan-uzbekistan-railway/');
	const quotes = page.locator('main blockquote:not([lang])');
	await expect(quotes.first()).toContainText('railway');
	await expect(page.locator('main details blockquote[lang="fr"]').first()).toBeHidden();
	await page.getByText('Translated from French: show the original').first().click();
	await expect(page.locator('main details blockquote[lang="fr"]').first()).toContainText('chemin de fer');
});

test('a French page quotes the French words, with nothing to open', async ({ page }) => {
	await page.goto('/fr/rencontres/2025-04-25-almaty/');
	await expect(page.locator('#statement-3 blockquote')).toContainText('La Chine soutient fermement le Kirghizstan');
	await expect(page.locator('main details.original')).toHaveCount(0);
});
