import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../../../src/i18n/translate.ts';
import { allPages, locales } from '../../../../src/lib/site/pages.ts';
import type { PageRef } from '../../../../src/lib/site/paths.ts';
import { pageTitle } from '../../../../src/lib/site/titles.ts';
import { atlasOf, source, world } from '../../atlas-fixture.ts';

const atlas = atlasOf(world);
const fr = (page: PageRef) => pageTitle(atlas, page, 'fr', useTranslations('fr'));
const en = (page: PageRef) => pageTitle(atlas, page, 'en', useTranslations('en'));

// One row per PageKind: the page, then its French and English titles.
const expectedTitles: [PageRef, string, string][] = [
	[{ kind: 'home' }, 'Atlas Chine–Kirghizistan', 'China–Kyrgyzstan Atlas'],
	[{ kind: 'timeline' }, 'Chronologie', 'Timeline'],
	[{ kind: 'timeline-actor', id: 'mira-saltan' }, 'Chronologie filtrée : Mira Saltane', 'Timeline filtered: Mira Saltan'],
	[{ kind: 'timeline-area', id: 'fisheries' }, 'Chronologie filtrée : Pêche', 'Timeline filtered: Fisheries'],
	[{ kind: 'meeting', id: '2021-03-fort-royal' }, 'Rencontre entre Tomas Vell et Mira Saltane à Fort-Royal (mars 2021)', 'Meeting between Tomas Vell and Mira Saltan in Fort Royal (March 2021)'],
	[{ kind: 'actor', id: 'mira-saltan' }, 'Mira Saltane', 'Mira Saltan'],
	[{ kind: 'area', id: 'fisheries' }, 'Pêche', 'Fisheries'],
	[{ kind: 'place', id: 'vallorca' }, 'Vallorque', 'Vallorca'],
	[{ kind: 'organisation', id: 'league-of-ports' }, 'Ligue des ports', 'League of Ports'],
	[{ kind: 'event', id: 'harbour-treaty' }, 'Traité du port', 'Harbour Treaty'],
	[{ kind: 'source', id: '2024-02-02-port-aven' }, 'Texte original : Tomas Vell et Mira Saltan à Port-Aven', 'Original text: Tomas Vell and Mira Saltan in Port Aven'],
	[{ kind: 'meetings' }, 'Rencontres', 'Meetings'],
	[{ kind: 'actors' }, 'Acteurs', 'Actors'],
	[{ kind: 'areas' }, 'Coopération : domaines et projets', 'Cooperation: fields and projects'],
	[{ kind: 'places' }, 'Lieux', 'Places'],
	[{ kind: 'organisations' }, 'Organisations et initiatives', 'Organisations and initiatives'],
	[{ kind: 'events' }, 'Événements évoqués', 'Events referred to'],
	[{ kind: 'sources' }, 'Sources', 'Sources'],
	[{ kind: 'search' }, 'Recherche', 'Search'],
	[{ kind: 'data' }, 'Données ouvertes', 'Open data'],
	[{ kind: 'not-found' }, 'Page introuvable', 'Page not found'],
];

describe('pageTitle', () => {
	it.each(expectedTitles)('titles %o in both languages', (page, french, english) => {
		expect(fr(page)).toBe(french);
		expect(en(page)).toBe(english);
	});

	it('has a row above for every kind of page the site builds', () => {
		const kinds = new Set(allPages(atlas).map((page) => page.kind));
		expect(new Set(expectedTitles.map(([page]) => page.kind))).toEqual(kinds);
	});

	it('gives every page of an atlas a non-empty title in both languages', () => {
		for (const page of allPages(atlas)) {
			for (const locale of locales) {
				const title = pageTitle(atlas, page, locale, useTranslations(locale));
				expect(title, JSON.stringify(page)).toMatch(/\S/);
				expect(title, JSON.stringify(page)).not.toMatch(/undefined|\{\w+\}/);
			}
		}
	});

	it('titles a source that no meeting draws on by its id', () => {
		const orphan = atlasOf({ sources: [source('orphan', { paragraphs: ['Un texte sans rencontre.'] })] });
		expect(pageTitle(orphan, { kind: 'source', id: 'orphan' }, 'fr', useTranslations('fr'))).toBe('Source orphan');
		expect(pageTitle(orphan, { kind: 'source', id: 'orphan' }, 'en', useTranslations('en'))).toBe('Source orphan');
	});

	it('throws, naming it, for a filtered timeline or a meeting the atlas lacks', () => {
		expect(() => fr({ kind: 'meeting', id: 'nowhere' })).toThrow(/nowhere/);
		expect(() => en({ kind: 'timeline-actor', id: 'nobody' })).toThrow(/nobody/);
	});
});
