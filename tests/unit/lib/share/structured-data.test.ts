import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../../../src/i18n/translate.ts';
import { jsonLdText, structuredDataOf } from '../../../../src/lib/share/structured-data.ts';
import { pagePath, type PageRef } from '../../../../src/lib/site/paths.ts';
import { pageDescription } from '../../../../src/lib/site/titles.ts';
import type { Locale } from '../../../../src/schemas/common.ts';
import { atlasOf, cite, original, world } from '../../atlas-fixture.ts';

const atlas = atlasOf(world);
const urlOf = (locale: Locale) => (page: PageRef) => `https://atlas.example${pagePath(page, locale)}`;
const dataOf = (page: PageRef, locale: Locale = 'en') => structuredDataOf(atlas, page, locale, urlOf(locale), `https://atlas.example${pagePath({ kind: 'search' }, locale)}`, 'Atlas') as Record<string, any>;

describe('structuredDataOf', () => {
	it('describes a meeting as an Event at the date’s real precision, with its place and attendees’ roles', () => {
		const march = dataOf({ kind: 'meeting', id: '2021-03-fort-royal' });
		expect(march).toMatchObject({ '@context': 'https://schema.org', '@type': 'Event', name: 'Meeting between Tomas Vell and Mira Saltan in Fort Royal (March 2021)', startDate: '2021-03', url: 'https://atlas.example/en/meetings/2021-03-fort-royal/' });
		// The place under its name at the date, with its page, coordinates and country.
		expect(march.location).toEqual({
			'@type': 'Place',
			name: 'Fort Royal',
			url: 'https://atlas.example/en/places/port-aven/',
			geo: { '@type': 'GeoCoordinates', latitude: 43.25, longitude: 51.5 },
			address: { '@type': 'PostalAddress', addressCountry: 'XS' },
		});
		expect(march.attendee).toEqual([
			{ '@type': 'Person', name: 'Tomas Vell', url: 'https://atlas.example/en/actors/tomas-vell/', jobTitle: 'State Councillor and Minister of Foreign Affairs of Norland' },
			{ '@type': 'Person', name: 'Mira Saltan', url: 'https://atlas.example/en/actors/mira-saltan/', jobTitle: 'Sudrian counterpart' },
		]);
		expect(march.about).toEqual([
			{ '@type': 'Thing', name: 'Fisheries', url: 'https://atlas.example/en/cooperation/fisheries/' },
			{ '@type': 'Thing', name: 'Coastal railway', url: 'https://atlas.example/en/cooperation/coast-railway/' },
		]);
		expect(march.isBasedOn).toBe('https://atlas.example/en/sources/2021-03-fort-royal/');
		expect(dataOf({ kind: 'meeting', id: '2024-02-02-port-aven' }, 'fr')).toMatchObject({ startDate: '2024-02-02', name: 'Tomas Vell et Mira Saltan à Port-Aven', location: { name: 'Port-Aven' } });
	});

	it('describes a place it does not know by the name as written, and an attendee it does not know without a link', () => {
		const unknown = atlasOf({
			...world,
			meetings: [original('2024-03-03-kerro', { place: { id: null, name: 'Kerro', cite: cite('2024-03-03-kerro', 'p1') }, participants: [{ id: null, name: 'Oda Rinn', role: null, cite: cite('2024-03-03-kerro', 'p1') }] })],
		});
		const data = structuredDataOf(unknown, { kind: 'meeting', id: '2024-03-03-kerro' }, 'en', urlOf('en'), '', 'Atlas') as Record<string, any>;
		expect(data.location).toEqual({ '@type': 'Place', name: 'Kerro' });
		expect(data.attendee).toEqual([{ '@type': 'Person', name: 'Oda Rinn' }]);
	});

	it('describes a person with every other spelling as alternateName and the state of their country, and a state as a Country', () => {
		const minister = dataOf({ kind: 'actor', id: 'mira-saltan' }, 'fr');
		expect(minister).toMatchObject({ '@type': 'Person', name: 'Mira Saltane', nationality: { '@type': 'Country', name: 'Sudrie', url: 'https://atlas.example/fr/acteurs/sudria/' }, jobTitle: ['homologue sudrienne', 'ministre sudrienne'] });
		expect(minister.alternateName).toEqual(['Mira Saltan', 'Saltane', 'Saltan', 'Мира Салтан']);
		expect(dataOf({ kind: 'actor', id: 'sudria' })).toMatchObject({ '@type': 'Country', name: 'Sudria', identifier: 'XS' });
		// Ines Hald's country has no state in the atlas: no nationality rather than a guess.
		expect(dataOf({ kind: 'actor', id: 'ines-hald' })).not.toHaveProperty('nationality');
	});

	it('describes a source as a French NewsArticle about its meeting, identified by its hash', () => {
		expect(dataOf({ kind: 'source', id: '2024-02-02-port-aven' })).toEqual({
			'@context': 'https://schema.org',
			'@type': 'NewsArticle',
			headline: 'Tomas Vell et Mira Saltan à Port-Aven',
			url: 'https://atlas.example/en/sources/2024-02-02-port-aven/',
			inLanguage: 'fr',
			publisher: { '@type': 'Organization', name: 'Gazette de Port-Aven' },
			sameAs: 'https://gazette.example/2024/02/02/vell-saltan',
			identifier: `sha256:${'b2c3'.repeat(16)}`,
			about: { '@type': 'Event', name: 'Tomas Vell and Mira Saltan in Port Aven', url: 'https://atlas.example/en/meetings/2024-02-02-port-aven/', startDate: '2024-02-02' },
		});
	});

	it('gives an untitled source its meeting’s French title as headline, and no publisher when unknown', () => {
		const untitled = dataOf({ kind: 'source', id: '2021-03-fort-royal' });
		expect(untitled.headline).toBe('Rencontre entre Tomas Vell et Mira Saltane à Fort-Royal (mars 2021)');
		expect(untitled).not.toHaveProperty('publisher');
		expect(untitled).not.toHaveProperty('sameAs');
	});

	it('describes the site, from its home, with a SearchAction on the search page', () => {
		expect(dataOf({ kind: 'home' }, 'fr')).toMatchObject({
			'@type': 'WebSite',
			url: 'https://atlas.example/fr/',
			potentialAction: { '@type': 'SearchAction', target: { urlTemplate: 'https://atlas.example/fr/recherche/?q={search_term_string}' }, 'query-input': 'required name=search_term_string' },
		});
	});

	it('describes nothing on lists and other pages, or for an unknown entry', () => {
		expect(dataOf({ kind: 'timeline' })).toBeUndefined();
		expect(dataOf({ kind: 'place', id: 'port-aven' })).toBeUndefined();
		expect(dataOf({ kind: 'meeting', id: 'nowhere' })).toBeUndefined();
		expect(dataOf({ kind: 'actor', id: 'nobody' })).toBeUndefined();
		expect(dataOf({ kind: 'source', id: 'nowhere' })).toBeUndefined();
	});
});

describe('jsonLdText', () => {
	it('cannot close its script element', () => {
		const text = jsonLdText({ '@context': 'https://schema.org', '@type': 'Thing', name: '</script><script>alert(1)</script>' });
		expect(text).not.toContain('<');
		expect(JSON.parse(text).name).toBe('</script><script>alert(1)</script>');
	});
});

describe('pageDescription', () => {
	it('describes a meeting with its date phrased at its precision, and says when it is inferred', () => {
		expect(pageDescription(atlas, { kind: 'meeting', id: '2021-03-fort-royal' }, 'fr', useTranslations('fr'))).toMatch(/^Rencontre en mars 2021 à Fort-Royal entre Tomas Vell et Mira Saltane\. La date est en partie déduite/);
		expect(pageDescription(atlas, { kind: 'meeting', id: '2024-02-02-port-aven' }, 'en', useTranslations('en'))).toMatch(/^Meeting on 2 February 2024 in Port Aven between Tomas Vell and Mira Saltan\. Every fact/);
	});

	it('describes an actor by name, a source in general, and every other page as the site', () => {
		expect(pageDescription(atlas, { kind: 'actor', id: 'mira-saltan' }, 'fr', useTranslations('fr'))).toMatch(/^Mira Saltane : /);
		expect(pageDescription(atlas, { kind: 'source', id: '2021-03-fort-royal' }, 'en', useTranslations('en'))).toBe(useTranslations('en')('share.sourceDescription'));
		expect(pageDescription(atlas, { kind: 'places' }, 'en', useTranslations('en'))).toBe(useTranslations('en')('site.description'));
		expect(pageDescription(atlas, { kind: 'meeting', id: 'nowhere' }, 'en', useTranslations('en'))).toBe(useTranslations('en')('site.description'));
	});
});
