import { expect, test } from '@playwright/test';
import { contentMeetings, placeName } from './content.ts';

/** How many meetings the content holds at a place. */
const meetingsAt = (place: string) => contentMeetings().filter((meeting) => meeting.place?.id === place).length;
const plural = (count: number, word: string) => `${count} ${word}${count > 1 ? 's' : ''}`;

test('a meeting place on the home map leads to its place page', async ({ page }) => {
	await page.goto('/fr/');
	await page.locator('figure.map').getByRole('link', { name: `Almaty, ${plural(meetingsAt('almaty'), 'rencontre')}` }).click();
	await expect(page).toHaveURL(/\/fr\/lieux\/almaty\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Almaty');
});

test('a place the texts only mention is marked differently and leads to its page too', async ({ page }) => {
	const meetings = contentMeetings();
	const mentioned = meetings.flatMap((meeting) => meeting.places).find((place) => !meetings.some((meeting) => meeting.place?.id === place))!;
	await page.goto('/en/');
	const marker = page.locator('figure.map').getByRole('link', { name: `${placeName(mentioned).en}, mentioned, no meeting` });
	await expect(marker).toHaveClass(/map-marker-mentioned/);
	await marker.click();
	await expect(page).toHaveURL(new RegExp(`/en/places/${mentioned}/$`));
});

test('every marker of the home map, the place maps and the meeting maps leads to a page that exists', async ({ page, request }) => {
	for (const path of ['/fr/', '/en/', '/fr/lieux/astana/', '/en/places/hong-kong/', '/en/meetings/2025-04-25-almaty/']) {
		await page.goto(path);
		const markers = page.locator('figure.map a');
		expect(await markers.count(), path).toBeGreaterThan(0);
		for (const href of await markers.evaluateAll((links) => links.map((link) => link.getAttribute('href')!))) {
			// A place's page, or the list of places for a marker that groups close places.
			expect(href).toMatch(/\/(lieux|places)\/(?:[a-z0-9-]+\/)?$/);
			expect((await request.get(href)).status(), href).toBe(200);
		}
	}
});

test('the meeting page locates its meeting place beside the facts', async ({ page }) => {
	await page.goto('/en/meetings/2022-06-nur-sultan/');
	const map = page.getByRole('link', { name: `Nur-Sultan, ${plural(meetingsAt('astana'), 'meeting')}`, exact: true });
	await expect(map).toBeVisible();
	await map.click();
	await expect(page).toHaveURL(/\/en\/places\/astana\/$/);
});
