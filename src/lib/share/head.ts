/**
 * The tags of a page's <head> that describe it to other sites: description, link previews (Open
 * Graph, read by most sites and apps, and Twitter/X) in the page's language, JSON-LD, canonical
 * URL and language alternates. Pure, so that every page's head is tested without a build.
 */
import type { Locale } from '../../schemas/common.ts';
import type { Translate } from '../../i18n/translate.ts';
import { cardSize } from './card.ts';
import { jsonLdText, type JsonLd } from './structured-data.ts';
import { feedPath, otherLocale, pagePath, withBase, type PageRef } from '../site/paths.ts';

/** One element of the head: { tag: "meta", attrs: { name: "description", content: "…" } }. */
export interface HeadTag {
	tag: 'title' | 'meta' | 'link' | 'script';
	attrs: Record<string, string>;
	/** The element's text (a title, a JSON-LD script), already safe to write as HTML. */
	content?: string;
}

/** What a page tells about itself. */
export interface HeadInput {
	page: PageRef;
	locale: Locale;
	/** The page's own title, without the site's name. */
	title: string;
	description: string;
	/** The path of the page's social card (share/card.ts, cardPath). */
	card: string;
	/** schema.org JSON-LD describing the page (share/structured-data.ts). */
	structuredData?: JsonLd;
	/** The site's public address and base folder. */
	site: URL;
	base: string;
	t: Translate;
}

const ogLocale = { fr: 'fr_FR', en: 'en_GB' } as const;

/**
 * The head tags of a page, in order:
 * headTags({ page: { kind: "actor", id: "wang-yi" }, locale: "en", title: "Wang Yi", … })
 * → [{ tag: "title", content: "Wang Yi · China–Kyrgyzstan Atlas" }, …, { tag: "link", attrs: { rel: "canonical", … } }, …].
 */
export function headTags({ page, locale, title, description, card, structuredData, site, base, t }: HeadInput): HeadTag[] {
	const absolute = (path: string) => new URL(withBase(path, base), site).href;
	const isHome = page.kind === 'home';
	const hasAddress = page.kind !== 'not-found';
	const shownTitle = isHome ? t('site.name') : title;
	const image = absolute(card);
	const meta = (attrs: Record<string, string>): HeadTag => ({ tag: 'meta', attrs });
	const link = (attrs: Record<string, string>): HeadTag => ({ tag: 'link', attrs });
	return [
		{ tag: 'title', attrs: {}, content: escapeHtml(isHome ? t('site.name') : `${title} · ${t('site.name')}`) },
		meta({ name: 'description', content: description }),
		meta({ property: 'og:site_name', content: t('site.name') }),
		meta({ property: 'og:title', content: shownTitle }),
		meta({ property: 'og:description', content: description }),
		meta({ property: 'og:type', content: isHome ? 'website' : 'article' }),
		meta({ property: 'og:locale', content: ogLocale[locale] }),
		meta({ property: 'og:locale:alternate', content: ogLocale[otherLocale(locale)] }),
		...(hasAddress ? [meta({ property: 'og:url', content: absolute(pagePath(page, locale)) })] : []),
		meta({ property: 'og:image', content: image }),
		meta({ property: 'og:image:type', content: 'image/png' }),
		meta({ property: 'og:image:width', content: String(cardSize.width) }),
		meta({ property: 'og:image:height', content: String(cardSize.height) }),
		meta({ property: 'og:image:alt', content: t('card.alt', { title: shownTitle }) }),
		meta({ name: 'twitter:card', content: 'summary_large_image' }),
		meta({ name: 'twitter:image', content: image }),
		meta({ name: 'twitter:title', content: shownTitle }),
		meta({ name: 'twitter:description', content: description }),
		...(structuredData ? [{ tag: 'script', attrs: { type: 'application/ld+json' }, content: jsonLdText(structuredData) } satisfies HeadTag] : []),
		...(hasAddress
			? [
					link({ rel: 'canonical', href: absolute(pagePath(page, locale)) }),
					link({ rel: 'alternate', hreflang: 'fr', href: absolute(pagePath(page, 'fr')) }),
					link({ rel: 'alternate', hreflang: 'en', href: absolute(pagePath(page, 'en')) }),
					link({ rel: 'alternate', hreflang: 'x-default', href: new URL(base, site).href }),
				]
			: [meta({ name: 'robots', content: 'noindex' })]),
		link({ rel: 'alternate', type: 'application/rss+xml', title: t('feed.title'), href: withBase(feedPath(locale), base) }),
	];
}

/** Escapes text for an element's content: escapeHtml("a < b & c") → "a &lt; b &amp; c". */
function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
