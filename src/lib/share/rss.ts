/**
 * An RSS 2.0 feed of meetings, written by @astrojs/rss (escaping, guids, the channel's layout).
 * RSS rather than Atom: Atom requires an "updated" timestamp per entry, which the atlas does not
 * have and would have to make up; RSS dates are optional.
 */
import { getRssString } from '@astrojs/rss';
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

/** The feed's XML; items keep the given order (newest first) and carry no date the sources do not give. */
export function rssXml(feed: Feed): Promise<string> {
	return getRssString({
		title: feed.title,
		description: feed.description,
		// The channel's link: the timeline, the page the feed follows.
		site: feed.link,
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: `<language>${escapeXml(feed.language)}</language><atom:link href="${escapeXml(feed.selfUrl)}" rel="self" type="application/rss+xml"/>`,
		items: feed.items.map(({ title, link, description, categories }) => ({ title, link, description, categories })),
	});
}
