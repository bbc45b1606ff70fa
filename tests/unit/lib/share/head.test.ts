import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../../../src/i18n/translate.ts';
import { headTags, type HeadInput, type HeadTag } from '../../../../src/lib/share/head.ts';

const site = new URL('https://atlas.example.org');

function head(overrides: Partial<HeadInput> = {}): HeadTag[] {
	return headTags({
		page: { kind: 'actor', id: 'aibek-osmonov' },
		locale: 'en',
		title: 'Aibek Osmonov',
		description: 'An invented minister.',
		card: '/cards/en/site.png',
		site,
		base: '/',
		t: useTranslations('en'),
		...overrides,
	});
}

/** The value of the first tag whose attributes include `match`. */
const valueOf = (tags: HeadTag[], match: Record<string, string>, attribute: string) =>
	tags.find((tag) => Object.entries(match).every(([name, value]) => tag.attrs[name] === value))?.attrs[attribute];

describe('headTags', () => {
	it('titles a page with the site name after its own, and the home page with the site name alone', () => {
		expect(head()[0]).toEqual({ tag: 'title', attrs: {}, content: 'Aibek Osmonov · China–Kyrgyzstan Atlas' });
		expect(head({ page: { kind: 'home' }, title: 'ignored' })[0]?.content).toBe('China–Kyrgyzstan Atlas');
		expect(valueOf(head({ page: { kind: 'home' } }), { property: 'og:type' }, 'content')).toBe('website');
	});

	it('escapes markup in the title', () => {
		expect(head({ title: 'A <b> & c' })[0]?.content).toBe('A &lt;b&gt; &amp; c · China–Kyrgyzstan Atlas');
	});

	it('gives the canonical URL and reciprocal alternates with the localised section names', () => {
		const tags = head();
		expect(valueOf(tags, { rel: 'canonical' }, 'href')).toBe('https://atlas.example.org/en/actors/aibek-osmonov/');
		expect(valueOf(tags, { rel: 'alternate', hreflang: 'fr' }, 'href')).toBe('https://atlas.example.org/fr/acteurs/aibek-osmonov/');
		expect(valueOf(tags, { rel: 'alternate', hreflang: 'en' }, 'href')).toBe('https://atlas.example.org/en/actors/aibek-osmonov/');
		expect(valueOf(tags, { rel: 'alternate', hreflang: 'x-default' }, 'href')).toBe('https://atlas.example.org/');
		expect(valueOf(tags, { property: 'og:url' }, 'content')).toBe('https://atlas.example.org/en/actors/aibek-osmonov/');
	});

	it('puts the base folder in every address', () => {
		const tags = head({ base: '/atlas/', locale: 'fr', t: useTranslations('fr') });
		expect(valueOf(tags, { rel: 'canonical' }, 'href')).toBe('https://atlas.example.org/atlas/fr/acteurs/aibek-osmonov/');
		expect(valueOf(tags, { rel: 'alternate', hreflang: 'x-default' }, 'href')).toBe('https://atlas.example.org/atlas/');
		expect(valueOf(tags, { property: 'og:image' }, 'content')).toBe('https://atlas.example.org/atlas/cards/en/site.png');
		expect(valueOf(tags, { type: 'application/rss+xml' }, 'href')).toBe('/atlas/fr/feed.xml');
	});

	it('describes the link preview in the page language, with the other as alternate', () => {
		const tags = head({ locale: 'fr', t: useTranslations('fr') });
		expect(valueOf(tags, { property: 'og:locale' }, 'content')).toBe('fr_FR');
		expect(valueOf(tags, { property: 'og:locale:alternate' }, 'content')).toBe('en_GB');
		expect(valueOf(tags, { property: 'og:image:alt' }, 'content')).toContain('Aibek Osmonov');
		expect(valueOf(tags, { name: 'twitter:description' }, 'content')).toBe('An invented minister.');
	});

	it('keeps the not-found page out of indexes: no address, no alternates, noindex', () => {
		const tags = head({ page: { kind: 'not-found' }, title: 'Page not found' });
		expect(tags.some((tag) => tag.attrs.rel === 'canonical' || tag.attrs.hreflang || tag.attrs.property === 'og:url')).toBe(false);
		expect(valueOf(tags, { name: 'robots' }, 'content')).toBe('noindex');
	});

	it('carries JSON-LD when the page has some, with "<" escaped so no text can close the script', () => {
		const script = head({ structuredData: { '@context': 'https://schema.org', '@type': 'Thing', name: '</script><b>' } }).find((tag) => tag.tag === 'script');
		expect(script?.attrs).toEqual({ type: 'application/ld+json' });
		expect(script?.content).toBe('{"@context":"https://schema.org","@type":"Thing","name":"\\u003c/script>\\u003cb>"}');
		expect(head().some((tag) => tag.tag === 'script')).toBe(false);
	});
});
