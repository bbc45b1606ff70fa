import { expect, test } from '@playwright/test';

test('a meeting on the timeline strip leads to the meeting', async ({ page }) => {
	await page.goto('/en/timeline/');
	const strip = page.locator('figure.strip');
	await expect(strip.locator('svg.strip-svg')).toHaveAccessibleName('Meetings and events over the years');
	await strip.getByRole('link', { name: /^Meeting: .*Almaty.*, 25 April 2025$/ }).click();
	await expect(page).toHaveURL(/\/en\/meetings\/2025-04-25-almaty\/$/);
});

test('an inferred month on the strip is a dashed bar named as inferred', async ({ page }) => {
	await page.goto('/fr/chronologie/');
	const june = page.locator('figure.strip').getByRole('link', { name: /Noursoultan.*, juin 2022 \(date déduite\)$/ });
	await expect(june).toHaveClass(/strip-mark-inferred/);
	await expect(june.locator('rect')).toHaveCount(1);
});

test('a filtered timeline draws only its own entries', async ({ page }) => {
	await page.goto('/fr/chronologie/acteurs/sadyr-japarov/');
	const marks = page.locator('figure.strip a');
	await expect(marks).toHaveCount(await page.locator('.timeline-entry').count());
});

test('with JavaScript, a filter applied in place hides the strip’s other marks too', async ({ page }) => {
	await page.goto('/fr/chronologie/');
	const visibleMarks = page.locator('figure.strip a.strip-mark:not([visibility="hidden"])');
	await expect(visibleMarks).toHaveCount(await page.locator('.timeline-entry').count());
	await page.getByRole('link', { name: 'Sadyr Japarov', exact: true }).click();
	await expect(page).toHaveURL(/\/fr\/chronologie\/acteurs\/sadyr-japarov\/$/);
	await expect(visibleMarks).toHaveCount(await page.locator('.timeline-entry:visible').count());
});
