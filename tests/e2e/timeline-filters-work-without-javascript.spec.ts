import { expect, test, type Page } from '@playwright/test';
import { contentEvents, contentMeetings, filteredTimelineCount } from './content.ts';

const entries = (page: Page) => page.locator('.timeline-entry:visible');
/** The visible entries that are meetings: they link to a meeting page. */
const meetingEntries = (page: Page) => entries(page).filter({ has: page.locator('a[href*="/meetings/"], a[href*="/rencontres/"]') });
const meetings = contentMeetings();
const everything = meetings.length + contentEvents().length;
const japarov = filteredTimelineCount({ actor: 'sadyr-japarov' }, meetings);
const healthMeetings = meetings.filter((meeting) => meeting.areas.includes('health')).length;

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('an actor filter is a link to the filtered timeline', async ({ page }) => {
		await page.goto('/fr/chronologie/');
		await expect(entries(page)).toHaveCount(everything);
		await page.getByRole('link', { name: 'Sadyr Japarov', exact: true }).click();
		await expect(page).toHaveURL(/\/fr\/chronologie\/acteurs\/sadyr-japarov\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chronologie filtrée : Sadyr Japarov');
		await expect(entries(page)).toHaveCount(japarov);
		// His visit to China, which the April 2025 text refers to, is on it.
		await expect(entries(page).filter({ hasText: 'février 2025' }).first()).toBeVisible();
	});

	test('an area filter is a link to the filtered timeline', async ({ page }) => {
		await page.goto('/en/timeline/');
		await page.getByRole('link', { name: 'Health', exact: true }).click();
		await expect(page).toHaveURL(/\/en\/timeline\/cooperation\/health\/$/);
		await expect(meetingEntries(page)).toHaveCount(healthMeetings);
		await expect(meetingEntries(page).filter({ hasText: /Nur-Sultan \(June 2022\)/ })).toHaveCount(1);
	});
});

test('with JavaScript, filters apply in place and update the address', async ({ page }) => {
	await page.goto('/en/timeline/');
	await page.evaluate(() => ((window as unknown as { marker: boolean }).marker = true));
	await page.getByRole('link', { name: 'Sadyr Japarov', exact: true }).click();
	await expect(page).toHaveURL(/\/en\/timeline\/actors\/sadyr-japarov\/$/);
	await expect(entries(page)).toHaveCount(japarov);
	// The same document: no page load happened.
	expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(true);
	await page.getByRole('link', { name: 'All', exact: true }).click();
	await expect(entries(page)).toHaveCount(everything);
});

test('a filtered timeline holds only its own entries, and its filters load the other pages', async ({ page }) => {
	await page.goto('/fr/chronologie/acteurs/sadyr-japarov/');
	await expect(page.locator('.timeline-entry')).toHaveCount(japarov);
	await page.getByRole('link', { name: 'Santé', exact: true }).click();
	await expect(page).toHaveURL(/\/fr\/chronologie\/cooperation\/health\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chronologie filtrée : Santé');
	await expect(meetingEntries(page)).toHaveCount(healthMeetings);
	await expect(meetingEntries(page).filter({ hasText: /Noursoultan \(juin 2022\)/ })).toHaveCount(1);
});
