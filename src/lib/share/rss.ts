/**
 * An RSS 2.0 feed of meetings. RSS rather than Atom: Atom requires an "updated" timestamp per
 * entry, which the atlas does not have and would have to make up; RSS dates are optional.
 */
import { escapeXml } from './xml.ts';

export interface FeedItem {
	title: string;
	link: string;
	description: string;
	categories: string[];
}

export interface Feed {
	title: string;
	link: string;
	selfUrl: string;
	description: string;
	language: string;
	items: FeedItem[];
}

/** The feed's XML; items keep the given order (newest first). */
export function rssXml(feed: Feed): string {
	const item = (entry: FeedItem) =>
		[
			'<item>',
			`<title>${escapeXml(entry.title)}</title>`,
			`<link>${escapeXml(entry.link)}</link>`,
			`<guid isPermaLink="true">${escapeXml(entry.link)}</guid>`,
			`<description>${escapeXml(entry.description)}</description>`,
			...entry.categories.map((category) => `<category>${escapeXml(category)}</category>`),
			'</item>',
		].join('');
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
		'<channel>',
		`<title>${escapeXml(feed.title)}</title>`,
		`<link>${escapeXml(feed.link)}</link>`,
		`<atom:link href="${escapeXml(feed.selfUrl)}" rel="self" type="application/rss+xml"/>`,
		`<description>${escapeXml(feed.description)}</description>`,
		`<language>${escapeXml(feed.language)}</language>`,
		...feed.items.map(item),
		'</channel>',
		'</rss>',
		'',
	].join('\n');
}
