import ICAL from 'ical.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { SyntaxValidator } from 'fast-xml-validator';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { actorDataSchema, areaDataSchema, csvColumns, meetingDataSchema } from '../../src/lib/share/open-data.ts';
import { contentMeetings } from './content.ts';

const site = 'https://atlas-chine-kirghizistan.example';
const meetings = contentMeetings();
/** A site URL as served by the test server. */
const local = (url: string) => url.replace(site, '');

/** The links and metadata of a page's head. */
async function headOf(request: APIRequestContext, path: string) {
	const html = await (await request.get(path)).text();
	const attribute = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
	const tags = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[0]);
	return {
		html,
		lang: /<html lang="([^"]+)"/.exec(html)?.[1],
		canonical: attribute(tags(/<link rel="canonical"[^>]*>/g)[0] ?? '', 'href'),
		alternates: Object.fromEntries(tags(/<link rel="alternate" hreflang[^>]*>/g).map((tag) => [attribute(tag, 'hreflang'), attribute(tag, 'href')])),
		meta: Object.fromEntries(tags(/<meta (property|name)="(og|twitter):[^>]*>/g).map((tag) => [attribute(tag, '(?:property|name)'), attribute(tag, 'content')])),
		jsonLd: tags(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g).map((tag) => JSON.parse(tag.replace(/^<script[^>]*>|<\/script>$/g, ''))),
	};
}

test('every page of the sitemap has a canonical URL and reciprocal, absolute hreflang alternates with x-default', async ({ request }) => {
	const sitemap = await (await request.get('/sitemap.xml')).text();
	expect(SyntaxValidator.validate(sitemap)).toBe(true);
	const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
	expect(locs.length).toBeGreaterThan(100);
	const heads = new Map(await Promise.all(locs.map(async (loc) => [loc, await headOf(request, local(loc))] as const)));
	for (const [loc, head] of heads) {
		expect(head.canonical, loc).toBe(loc);
		expect(Object.keys(head.alternates).sort(), loc).toEqual(['en', 'fr', 'x-default']);
		expect(head.alternates[head.lang!], loc).toBe(loc);
		expect(head.alternates['x-default'], loc).toBe(`${site}/`);
		const twin = heads.get(head.alternates[head.lang === 'fr' ? 'en' : 'fr']!);
		expect(twin, `${loc}: its alternate is in the sitemap`).toBeDefined();
		expect(twin!.alternates, `${loc}: its alternate points back`).toEqual(head.alternates);
	}
	expect(await (await request.get('/robots.txt')).text()).toContain(`Sitemap: ${site}/sitemap.xml`);
});

test('every page has link-preview tags in its language, and its card is a 1200 × 630 PNG', async ({ request }) => {
	for (const path of ['/fr/', '/en/meetings/2025-04-25-almaty/', '/fr/rencontres/2022-06-nur-sultan/', '/en/actors/wang-yi/', '/fr/sources/2025-04-25-almaty/']) {
		const { lang, meta, canonical } = await headOf(request, path);
		expect(meta['og:locale'], path).toBe(lang === 'fr' ? 'fr_FR' : 'en_GB');
		expect(meta['og:url'], path).toBe(canonical);
		expect(meta['og:title'], path).toBeTruthy();
		expect(meta['og:description'], path).toBeTruthy();
		expect(meta['twitter:card'], path).toBe('summary_large_image');
		const card = await request.get(local(meta['og:image']!));
		expect(card.headers()['content-type'], path).toBe('image/png');
		const png = await card.body();
		expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([1200, 630]);
	}
	const meeting = await headOf(request, '/fr/rencontres/2022-06-nur-sultan/');
	expect(meeting.meta['og:image']).toBe(`${site}/cards/fr/2022-06-nur-sultan.png`);
	expect(meeting.meta['og:description']).toMatch(/^Rencontre en juin 2022 à Noursoultan entre Wang Yi et Jeenbek Kouloubaev\./);
});

test('JSON-LD describes meetings, actors, sources and the site with the expected shapes', async ({ request }) => {
	const [event] = (await headOf(request, '/en/meetings/2022-06-nur-sultan/')).jsonLd;
	expect(event).toMatchObject({ '@context': 'https://schema.org', '@type': 'Event', startDate: '2022-06', location: { '@type': 'Place', name: 'Nur-Sultan' } });
	expect(event.attendee).toEqual([expect.objectContaining({ '@type': 'Person', name: 'Wang Yi', jobTitle: expect.any(String) }), expect.objectContaining({ '@type': 'Person', name: 'Jeenbek Kulubaev' })]);
	const [person] = (await headOf(request, '/fr/acteurs/jeenbek-kulubaev/')).jsonLd;
	expect(person).toMatchObject({ '@type': 'Person', name: 'Jeenbek Kouloubaev', alternateName: expect.arrayContaining(['Kulubaev', 'Кулубаев']) });
	const [article] = (await headOf(request, '/en/sources/2025-04-25-almaty/')).jsonLd;
	expect(article).toMatchObject({ '@type': 'NewsArticle', inLanguage: 'fr', about: { '@type': 'Event', startDate: '2025-04-25' } });
	const [website] = (await headOf(request, '/en/')).jsonLd;
	expect(website).toMatchObject({ '@type': 'WebSite', potentialAction: { '@type': 'SearchAction', target: { urlTemplate: `${site}/en/search/?q={search_term_string}` } } });
	expect((await headOf(request, '/en/timeline/')).jsonLd).toEqual([]);
});

test('the RSS feeds are XML and list the meetings newest first; the calendars parse as iCalendar', async ({ request }) => {
	for (const locale of ['fr', 'en']) {
		const feed = await request.get(`/${locale}/feed.xml`);
		const xml = await feed.text();
		expect(SyntaxValidator.validate(xml)).toBe(true);
		const items = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((match) => match[1]!.replace(/\/$/, '').split('/').at(-1)!);
		expect([...items].sort()).toEqual(meetings.map((meeting) => meeting.id).sort());
		const dates = items.map((id) => meetings.find((meeting) => meeting.id === id)!.date.value);
		expect(dates).toEqual([...dates].sort().reverse());
		const calendar = new ICAL.Component(ICAL.parse(await (await request.get(`/${locale}/calendar.ics`)).text()));
		const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
		// Only the meetings known to the day: a month is not pinned to a made-up day.
		const days = meetings.filter((meeting) => meeting.date.precision === 'day').map((meeting) => meeting.date.value);
		expect(events.map((event) => event.startDate.toString()).sort()).toEqual(days.sort());
		expect(events.every((event) => event.startDate.isDate)).toBe(true);
		const almaty = events.find((event) => String(event.component.getFirstPropertyValue('url')).endsWith('/2025-04-25-almaty/'))!.component;
		expect(almaty.getFirstProperty('summary')!.getParameter('language')).toBe(locale);
		expect(almaty.getFirstPropertyValue('url')).toBe(`${site}/${locale}/${locale === 'fr' ? 'rencontres' : 'meetings'}/2025-04-25-almaty/`);
		expect(String(calendar.getFirstPropertyValue('x-wr-caldesc'))).toContain('2022-06-nur-sultan');
	}
});

test('the open data files match their documented schemas, and the CSV files their columns', async ({ request }) => {
	const json = async (name: string) => (await request.get(`/data/${name}.json`)).json();
	const meetings = meetingDataSchema.array().parse(await json('meetings'));
	actorDataSchema.array().parse(await json('actors'));
	areaDataSchema.array().parse(await json('areas'));
	expect(meetings.every((meeting) => meeting.date.cite.urls.every((url) => url.startsWith(`${site}/fr/sources/`)))).toBe(true);
	for (const name of ['meetings', 'actors', 'areas'] as const) {
		const rows = parseCsv(await (await request.get(`/data/${name}.csv`)).text(), { columns: true }) as Record<string, string>[];
		expect(Object.keys(rows[0]!)).toEqual([...csvColumns[name]]);
		expect((await (await request.get(`/data/${name}.schema.json`)).json()).$schema).toContain('json-schema.org');
	}
});

test('the data page documents the files in each language and links to them', async ({ page }) => {
	await page.goto('/fr/donnees/');
	await expect(page.locator('h1')).toHaveText('Données ouvertes');
	await page.getByRole('link', { name: 'meetings.csv' }).click();
	await page.goto('/en/data/');
	await expect(page.getByRole('heading', { name: 'Licence' })).toBeVisible();
	await page.locator('[data-language-switch]').click();
	await expect(page).toHaveURL(/\/fr\/donnees\/$/);
});

test('a declared redirect takes an old address to its new home on a static host', async ({ page }) => {
	await page.goto('/fr/rencontres/2022-06-noursoultan/');
	await expect(page).toHaveURL(/\/fr\/rencontres\/2022-06-nur-sultan\/$/);
	await expect(page.locator('h1')).toContainText('Noursoultan');
});

test('every paragraph and statement has a link to itself, shown on hover and focus', async ({ page }) => {
	await page.goto('/en/meetings/2025-04-25-almaty/');
	const paragraph = page.locator('#p3');
	const link = paragraph.getByRole('link', { name: 'Link to paragraph 3' });
	await expect(link).toHaveAttribute('href', '#p3');
	await expect(link).toHaveCSS('opacity', '0');
	await paragraph.hover();
	await expect(link).toHaveCSS('opacity', '1');
	await link.click();
	await expect(page).toHaveURL(/#p3$/);
	const statement = page.locator('#statement-2').getByRole('link', { name: 'Link to statement 2' });
	await statement.focus();
	await expect(statement).toHaveCSS('opacity', '1');
});

test('"copy link" copies the permalink and says so', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/fr/rencontres/2025-04-25-almaty/');
	await page.getByRole('link', { name: 'Copier le lien' }).first().click();
	await expect(page).toHaveURL(/\/fr\/rencontres\/2025-04-25-almaty\/$/);
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site}/fr/rencontres/2025-04-25-almaty/`);
	await expect(page.getByRole('status').first()).toHaveText('Lien copié dans le presse-papiers.');
});

test('"cite this" gives a reference and a BibTeX entry with the permalink', async ({ page }) => {
	await page.goto('/en/meetings/2025-04-25-almaty/');
	await page.getByText('Cite this page').click();
	await expect(page.locator('.cite-this pre')).toContainText(`url = {${site}/en/meetings/2025-04-25-almaty/}`);
	await expect(page.locator('.cite-this')).toContainText('China–Kyrgyzstan Atlas, “Meeting between Wang Yi and Jeenbek Kulubaev in Almaty (25 April 2025)”');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('"copy link" is a plain link to the permalink', async ({ page }) => {
		await page.goto('/en/meetings/2022-06-nur-sultan/');
		await expect(page.getByRole('link', { name: 'Copy link' }).first()).toHaveAttribute('href', `${site}/en/meetings/2022-06-nur-sultan/`);
	});
});
