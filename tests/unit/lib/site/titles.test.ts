import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../../../src/i18n/translate.ts';
import { allPages } from '../../../../src/lib/site/pages.ts';
import type { PageRef } from '../../../../src/lib/site/paths.ts';
import { pageTitle } from '../../../../src/lib/site/titles.ts';
import { atlasOf, loadRealAtlas } from './atlas-fixture.ts';

const atlas = loadRealAtlas();
const fr = (page: PageRef) => pageTitle(atlas, page, 'fr', useTranslations('fr'));
const en = (page: PageRef) => pageTitle(atlas, page, 'en', useTranslations('en'));

// One row per PageKind: the page, then its French and English titles.
const expectedTitles: [PageRef, string, string][] = [
	[{ kind: 'home' }, 'Atlas Chine–Kirghizistan', 'China–Kyrgyzstan Atlas'],
	[{ kind: 'timeline' }, 'Chronologie', 'Timeline'],
	[{ kind: 'timeline-actor', id: 'jeenbek-kulubaev' }, 'Chronologie filtrée : Jeenbek Kouloubaev', 'Timeline filtered: Jeenbek Kulubaev'],
	[{ kind: 'timeline-area', id: 'health' }, 'Chronologie filtrée : Santé', 'Timeline filtered: Health'],
	[
		{ kind: 'meeting', id: '2022-06-nur-sultan' },
		'Rencontre entre Wang Yi et Jeenbek Kouloubaev à Noursoultan (juin 2022)',
		'Meeting between Wang Yi and Jeenbek Kulubaev in Nur-Sultan (June 2022)',
	],
	[{ kind: 'actor', id: 'jeenbek-kulubaev' }, 'Jeenbek Kouloubaev', 'Jeenbek Kulubaev'],
	[{ kind: 'area', id: 'health' }, 'Santé', 'Health'],
	[{ kind: 'place', id: 'taiwan' }, 'Taïwan', 'Taiwan'],
	[{ kind: 'organisation', id: 'sco' }, 'Organisation de coopération de Shanghai', 'Shanghai Cooperation Organisation'],
	[{ kind: 'event', id: 'sco-summit-tianjin-2025' }, "Sommet de l'OCS à Tianjin", 'SCO summit in Tianjin'],
	[
		{ kind: 'source', id: '2025-04-25-almaty' },
		'Texte original : Rencontre entre Wang Yi et Jeenbek Kouloubaev à Almaty (25 avril 2025)',
		'Original text: Meeting between Wang Yi and Jeenbek Kulubaev in Almaty (25 April 2025)',
	],
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

	it('gives every page of the atlas a non-empty title in both languages', () => {
		for (const page of allPages(atlas)) {
			for (const title of [fr(page), en(page)]) {
				expect(title, JSON.stringify(page)).toMatch(/\S/);
				expect(title, JSON.stringify(page)).not.toMatch(/undefined|\{\w+\}/);
			}
		}
	});

	it('titles a source that no meeting draws on by its id', () => {
		const orphan = atlasOf({ sources: [{ id: 'orphan', originalFilename: 'x.txt', sha256: '0'.repeat(64), publisher: null, url: null, blocks: [] }] });
		expect(pageTitle(orphan, { kind: 'source', id: 'orphan' }, 'fr', useTranslations('fr'))).toBe('Source orphan');
		expect(pageTitle(orphan, { kind: 'source', id: 'orphan' }, 'en', useTranslations('en'))).toBe('Source orphan');
	});
});
