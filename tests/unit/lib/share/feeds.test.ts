import ICAL from 'ical.js';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../../../src/i18n/translate.ts';
import { icalendar, nextDay } from '../../../../src/lib/share/ical.ts';
import { meetingCalendar, meetingFeed } from '../../../../src/lib/share/meeting-feeds.ts';
import { rssXml } from '../../../../src/lib/share/rss.ts';
import { robotsTxt, sitemapXml } from '../../../../src/lib/share/sitemap.ts';
import { escapeXml } from '../../../../src/lib/share/xml.ts';
import { pagePath, type PageRef } from '../../../../src/lib/site/paths.ts';
import type { Locale } from '../../../../src/schemas/common.ts';
import { atlasOf, world } from '../../atlas-fixture.ts';

const atlas = atlasOf(world);
const site = 'https://atlas.example';
const urlOf = (locale: Locale) => (page: PageRef) => `${site}${pagePath(page, locale)}`;

describe('escapeXml', () => {
	it('escapes the five XML characters', () => {
		expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
	});
});

describe('the RSS feed', () => {
	for (const locale of ['fr', 'en'] as const) {
		it(`is well-formed RSS 2.0 with every meeting, newest first, in ${locale}`, async () => {
			const xml = await rssXml(meetingFeed(atlas, locale, urlOf(locale), `${site}/${locale}/feed.xml`, useTranslations(locale)));
			expect(SyntaxValidator.validate(xml)).toBe(true);
			const { rss } = new XMLParser({ ignoreAttributes: false }).parse(xml);
			expect(rss['@_version']).toBe('2.0');
			expect(rss.channel.language).toBe(locale);
			const items = [rss.channel.item].flat();
			expect(items.map((item: { link: string }) => item.link)).toEqual([`${site}${pagePath({ kind: 'meeting', id: '2024-02-02-port-aven' }, locale)}`, `${site}${pagePath({ kind: 'meeting', id: '2021-03-fort-royal' }, locale)}`]);
			expect(items[0].title).toBe(locale === 'fr' ? 'Tomas Vell et Mira Saltan à Port-Aven' : 'Tomas Vell and Mira Saltan in Port Aven');
			expect(items[0].category).toEqual(locale === 'fr' ? ['Chemin de fer côtier', 'Transports'] : ['Coastal railway', 'Transport']);
			expect(items[1].description).toMatch(locale === 'fr' ? /en mars 2021.*déduite/ : /in March 2021.*inferred/);
			expect(items[1]).not.toHaveProperty('pubDate');
		});
	}

	it('stays well-formed with markup and ampersands in titles', async () => {
		const xml = await rssXml({ title: 'A & B', link: 'https://x/?a=1&b=2', selfUrl: 'https://x/feed.xml', description: '<b>', language: 'fr', items: [{ title: '</title><script>', link: 'https://x/1', description: '"&"', categories: ['<c>'] }] });
		expect(SyntaxValidator.validate(xml)).toBe(true);
		expect(new XMLParser().parse(xml).rss.channel.item.title).toBe('</title><script>');
	});
});

describe('the iCalendar feed', () => {
	const parse = (text: string) => new ICAL.Component(ICAL.parse(text));

	it('parses, with the meetings known to the day as all-day events', () => {
		const calendar = parse(icalendar(meetingCalendar(atlas, 'en', urlOf('en'), 'atlas.example', useTranslations('en'))));
		const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
		expect(events.map((event) => event.uid)).toEqual(['2024-02-02-port-aven@atlas.example']);
		const [portAven] = events;
		expect(portAven!.startDate.isDate).toBe(true);
		expect(portAven!.startDate.toString()).toBe('2024-02-02');
		expect(portAven!.endDate.toString()).toBe('2024-02-03');
		expect(portAven!.summary).toBe('Tomas Vell and Mira Saltan in Port Aven');
		expect(portAven!.location).toBe('Port Aven');
		expect(portAven!.description).toMatch(/^Meeting on 2 February 2024 in Port Aven .* https:\/\/atlas\.example\/en\/meetings\/2024-02-02-port-aven\/$/);
	});

	it('leaves out a meeting known only to the month, and says so and which', () => {
		const calendar = parse(icalendar(meetingCalendar(atlas, 'fr', urlOf('fr'), 'atlas.example', useTranslations('fr'))));
		const description = calendar.getFirstPropertyValue('x-wr-caldesc') as string;
		expect(description).toContain('la source ne donne pas le jour');
		expect(description).toContain('Rencontre entre Tomas Vell et Mira Saltane à Fort-Royal (mars 2021) https://atlas.example/fr/rencontres/2021-03-fort-royal/');
		expect(calendar.getAllSubcomponents('vevent').map((component) => component.getFirstPropertyValue('uid'))).not.toContain('2021-03-fort-royal@atlas.example');
	});

	it('names no meeting as left out when every day is known', () => {
		const daysOnly = atlasOf({ ...world, meetings: world.meetings.filter((article) => !article.id.endsWith('2021-03-fort-royal')) });
		const calendar = meetingCalendar(daysOnly, 'en', urlOf('en'), 'atlas.example', useTranslations('en'));
		expect(calendar.description).toBe(useTranslations('en')('calendar.description'));
		expect(calendar.events).toHaveLength(1);
	});

	it('tags summaries and descriptions with the calendar\'s language, and stamps each event with its own day', () => {
		const calendar = parse(icalendar(meetingCalendar(atlas, 'fr', urlOf('fr'), 'atlas.example', useTranslations('fr'))));
		const event = calendar.getFirstSubcomponent('vevent')!;
		expect(event.getFirstProperty('summary')!.getParameter('language')).toBe('fr');
		expect(event.getFirstProperty('description')!.getParameter('language')).toBe('fr');
		// No "now": two builds of the same atlas give the same bytes.
		expect(event.getFirstPropertyValue('dtstamp')!.toString()).toBe('2024-02-02T00:00:00Z');
		expect(event.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
	});

	it('keeps commas, semicolons, line breaks and long accented lines intact, in CRLF lines of at most 75 octets', () => {
		const long = 'é'.repeat(60);
		const text = icalendar({ name: 'Rencontres, Chine; Kirghizistan', description: `${long}\nsuite`, language: 'fr', events: [{ uid: 'u@x', day: '2024-02-29', summary: `Paris, Bichkek; «\u00a0x\u00a0» ${long}`, description: 'line\nbreak', location: 'Bichkek, Kirghizistan', url: 'https://x/' }] });
		expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
		const lines = text.slice(0, -2).split('\r\n');
		for (const line of lines) {
			expect(line).not.toMatch(/[\r\n]/);
			expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		}
		const calendar = parse(text);
		// ical.js leaves properties it does not know (NAME, X-WR-*) raw; they are TEXT by convention.
		const textOf = (name: string) => ICAL.design.icalendar.value.text.fromICAL(String(calendar.getFirstPropertyValue(name)));
		expect(textOf('name')).toBe('Rencontres, Chine; Kirghizistan');
		expect(textOf('x-wr-calname')).toBe('Rencontres, Chine; Kirghizistan');
		expect(textOf('x-wr-caldesc')).toBe(`${long}\nsuite`);
		const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
		expect(event.summary).toBe(`Paris, Bichkek; «\u00a0x\u00a0» ${long}`);
		expect(event.description).toBe('line\nbreak');
		expect(event.location).toBe('Bichkek, Kirghizistan');
		expect(event.endDate.toString()).toBe('2024-03-01');
	});

	it('counts days across months and years', () => {
		expect(nextDay('2025-04-30')).toBe('2025-05-01');
		expect(nextDay('2025-12-31')).toBe('2026-01-01');
	});
});

describe('the sitemap and robots.txt', () => {
	it('lists each page in both languages with reciprocal alternates and x-default', () => {
		const xml = sitemapXml([{ fr: `${site}/fr/`, en: `${site}/en/`, xDefault: `${site}/` }]);
		expect(SyntaxValidator.validate(xml)).toBe(true);
		const urls = new XMLParser({ ignoreAttributes: false }).parse(xml).urlset.url;
		expect(urls.map((url: { loc: string }) => url.loc)).toEqual([`${site}/fr/`, `${site}/en/`]);
		for (const url of urls) {
			expect(url['xhtml:link'].map((link: Record<string, string>) => [link['@_hreflang'], link['@_href']])).toEqual([['fr', `${site}/fr/`], ['en', `${site}/en/`], ['x-default', `${site}/`]]);
		}
	});

	it('points robots to the sitemap', () => {
		expect(robotsTxt(`${site}/sitemap.xml`)).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${site}/sitemap.xml\n`);
	});
});
