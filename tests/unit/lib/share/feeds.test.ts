import ICAL from 'ical.js';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../../../src/i18n/translate.ts';
import { escapeText, foldLine, icalendar, nextDay } from '../../../../src/lib/share/ical.ts';
import { meetingCalendar, meetingFeed } from '../../../../src/lib/share/meeting-feeds.ts';
import { rssXml } from '../../../../src/lib/share/rss.ts';
import { robotsTxt, sitemapXml } from '../../../../src/lib/share/sitemap.ts';
import { escapeXml } from '../../../../src/lib/share/xml.ts';
import { pagePath, type PageRef } from '../../../../src/lib/site/paths.ts';
import type { Locale } from '../../../../src/schemas/common.ts';
import { loadRealAtlas } from '../site/atlas-fixture.ts';

const atlas = loadRealAtlas();
const site = 'https://atlas.example';
const urlOf = (locale: Locale) => (page: PageRef) => `${site}${pagePath(page, locale)}`;

describe('escapeXml', () => {
	it('escapes the five XML characters', () => {
		expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
	});
});

describe('the RSS feed', () => {
	for (const locale of ['fr', 'en'] as const) {
		it(`is well-formed RSS 2.0 with every meeting, newest first, in ${locale}`, () => {
			const xml = rssXml(meetingFeed(atlas, locale, urlOf(locale), `${site}/${locale}/feed.xml`, useTranslations(locale)));
			expect(SyntaxValidator.validate(xml)).toBe(true);
			const { rss } = new XMLParser({ ignoreAttributes: false }).parse(xml);
			expect(rss['@_version']).toBe('2.0');
			expect(rss.channel.language).toBe(locale);
			const items = [rss.channel.item].flat();
			expect(items.map((item: { link: string }) => item.link)).toEqual([`${site}${pagePath({ kind: 'meeting', id: '2025-04-25-almaty' }, locale)}`, `${site}${pagePath({ kind: 'meeting', id: '2022-06-nur-sultan' }, locale)}`]);
			expect(items[1].description).toMatch(locale === 'fr' ? /en juin 2022.*déduite/ : /in June 2022.*inferred/);
			expect(items[1]).not.toHaveProperty('pubDate');
		});
	}

	it('stays well-formed with markup and ampersands in titles', () => {
		const xml = rssXml({ title: 'A & B', link: 'https://x/?a=1&b=2', selfUrl: 'https://x/feed.xml', description: '<b>', language: 'fr', items: [{ title: '</title><script>', link: 'https://x/1', description: '"&"', categories: ['<c>'] }] });
		expect(SyntaxValidator.validate(xml)).toBe(true);
		expect(new XMLParser().parse(xml).rss.channel.item.title).toBe('</title><script>');
	});
});

describe('the iCalendar feed', () => {
	const parse = (text: string) => new ICAL.Component(ICAL.parse(text));

	it('parses, with the meetings known to the day as all-day events', () => {
		const calendar = parse(icalendar(meetingCalendar(atlas, 'en', urlOf('en'), 'atlas.example', useTranslations('en'))));
		const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
		expect(events.map((event) => event.uid)).toEqual(['2025-04-25-almaty@atlas.example']);
		const [almaty] = events;
		expect(almaty!.startDate.isDate).toBe(true);
		expect(almaty!.startDate.toString()).toBe('2025-04-25');
		expect(almaty!.endDate.toString()).toBe('2025-04-26');
		expect(almaty!.summary).toBe('Meeting between Wang Yi and Jeenbek Kulubaev in Almaty (25 April 2025)');
		expect(almaty!.location).toBe('Almaty');
	});

	it('leaves out a meeting known only to the month, and says so and which', () => {
		const calendar = parse(icalendar(meetingCalendar(atlas, 'fr', urlOf('fr'), 'atlas.example', useTranslations('fr'))));
		const description = calendar.getFirstPropertyValue('x-wr-caldesc') as string;
		expect(description).toContain('la source ne donne pas le jour');
		expect(description).toContain('/fr/rencontres/2022-06-nur-sultan/');
		expect(calendar.getAllSubcomponents('vevent').map((component) => component.getFirstPropertyValue('uid'))).not.toContain('2022-06-nur-sultan@atlas.example');
	});

	it('escapes text and folds long lines at 75 octets without splitting a character', () => {
		expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
		const folded = foldLine(`SUMMARY:${'é'.repeat(60)}`);
		for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'é'.repeat(60)}`);
		const text = icalendar({ name: 'n', description: 'd', language: 'fr', events: [{ uid: 'u@x', day: '2024-02-29', summary: 'Paris, Bichkek; «\u00a0x\u00a0»', description: 'line\nbreak', location: 'L', url: 'https://x/' }] });
		const event = new ICAL.Event(parse(text).getFirstSubcomponent('vevent')!);
		expect(event.summary).toBe('Paris, Bichkek; «\u00a0x\u00a0»');
		expect(event.description).toBe('line\nbreak');
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
