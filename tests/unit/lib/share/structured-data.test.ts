import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../../../src/i18n/translate.ts';
import { jsonLdText, structuredDataOf } from '../../../../src/lib/share/structured-data.ts';
import { pagePath, type PageRef } from '../../../../src/lib/site/paths.ts';
import { pageDescription } from '../../../../src/lib/site/titles.ts';
import type { Locale } from '../../../../src/schemas/common.ts';
import { loadRealAtlas } from '../site/atlas-fixture.ts';

const atlas = loadRealAtlas();
const urlOf = (locale: Locale) => (page: PageRef) => `https://atlas.example${pagePath(page, locale)}`;
const dataOf = (page: PageRef, locale: Locale = 'en') => structuredDataOf(atlas, page, locale, urlOf(locale), `https://atlas.example${pagePath({ kind: 'search' }, locale)}`, 'Atlas') as Record<string, any>;

describe('structuredDataOf', () => {
	it('describes a meeting as an Event at the date’s real precision, with its place and attendees’ roles', () => {
		const june = dataOf({ kind: 'meeting', id: '2022-06-nur-sultan' });
		expect(june).toMatchObject({ '@context': 'https://schema.org', '@type': 'Event', startDate: '2022-06', url: 'https://atlas.example/en/meetings/2022-06-nur-sultan/' });
		expect(june.location).toMatchObject({ '@type': 'Place', name: 'Nur-Sultan', address: { addressCountry: 'KZ' }, geo: { '@type': 'GeoCoordinates' } });
		expect(june.attendee).toEqual([
			expect.objectContaining({ '@type': 'Person', name: 'Wang Yi', jobTitle: 'State Councilor and Chinese Minister of Foreign Affairs' }),
			expect.objectContaining({ '@type': 'Person', name: 'Jeenbek Kulubaev', jobTitle: 'Kyrgyz counterpart' }),
		]);
		expect(june.isBasedOn).toBe('https://atlas.example/en/sources/2022-06-nur-sultan/');
		expect(dataOf({ kind: 'meeting', id: '2025-04-25-almaty' }, 'fr').startDate).toBe('2025-04-25');
	});

	it('describes a person with every spelling as alternateName, and a state as a Country', () => {
		const minister = dataOf({ kind: 'actor', id: 'jeenbek-kulubaev' }, 'fr');
		expect(minister).toMatchObject({ '@type': 'Person', name: 'Jeenbek Kouloubaev', nationality: { '@type': 'Country', name: 'Kirghizistan' } });
		expect(minister.alternateName).toEqual(expect.arrayContaining(['Jeenbek Kulubaev', 'Kulubayev', 'Кулубаев']));
		expect(minister.alternateName).not.toContain('Jeenbek Kouloubaev');
		expect(dataOf({ kind: 'actor', id: 'kyrgyzstan' })).toMatchObject({ '@type': 'Country', name: 'Kyrgyzstan', identifier: 'KG' });
	});

	it('describes a source as a French NewsArticle about its meeting, identified by its hash', () => {
		const source = dataOf({ kind: 'source', id: '2025-04-25-almaty' });
		expect(source).toMatchObject({ '@type': 'NewsArticle', inLanguage: 'fr', identifier: expect.stringMatching(/^sha256:[0-9a-f]{64}$/), about: { '@type': 'Event', startDate: '2025-04-25' } });
		expect(source.headline).toEqual(expect.any(String));
	});

	it('describes the site, from its home, with a SearchAction on the search page', () => {
		expect(dataOf({ kind: 'home' }, 'fr')).toMatchObject({
			'@type': 'WebSite',
			url: 'https://atlas.example/fr/',
			potentialAction: { '@type': 'SearchAction', target: { urlTemplate: 'https://atlas.example/fr/recherche/?q={search_term_string}' }, 'query-input': 'required name=search_term_string' },
		});
	});

	it('describes nothing on lists and other pages', () => {
		expect(dataOf({ kind: 'timeline' })).toBeUndefined();
		expect(dataOf({ kind: 'meeting', id: 'nowhere' })).toBeUndefined();
	});
});

describe('jsonLdText', () => {
	it('cannot close its script element', () => {
		const text = jsonLdText({ name: '</script><script>alert(1)</script>' });
		expect(text).not.toContain('<');
		expect(JSON.parse(text).name).toBe('</script><script>alert(1)</script>');
	});
});

describe('pageDescription', () => {
	it('describes a meeting with its date phrased at its precision, and says when it is inferred', () => {
		expect(pageDescription(atlas, { kind: 'meeting', id: '2022-06-nur-sultan' }, 'fr', useTranslations('fr'))).toMatch(/^Rencontre en juin 2022 à Noursoultan entre Wang Yi et Jeenbek Kouloubaev\. La date est en partie déduite/);
		expect(pageDescription(atlas, { kind: 'meeting', id: '2025-04-25-almaty' }, 'en', useTranslations('en'))).toMatch(/^Meeting on 25 April 2025 in Almaty between Wang Yi and Jeenbek Kulubaev\. Every fact/);
		expect(pageDescription(atlas, { kind: 'places' }, 'en', useTranslations('en'))).toBe(useTranslations('en')('site.description'));
	});
});
