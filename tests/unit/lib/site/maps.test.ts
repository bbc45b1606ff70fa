import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../../../src/i18n/translate.ts';
import { drawBaseMap, statesBoxes } from '../../../../src/lib/maps/base-map.ts';
import { regionAround } from '../../../../src/lib/maps/projection.ts';
import { worldTopology } from '../../../../src/lib/maps/world.ts';
import { homeMap, meetingMap, placeMap, placePoints, placesByMeetings, statesOfAtlas, type MapView } from '../../../../src/lib/site/maps.ts';
import { atlasOf, cite, dateOf, original, place, state } from '../../atlas-fixture.ts';
import type { Place } from '../../../../src/schemas/place.ts';

// Invented places on real countries: the map needs real boundaries, the test none of the real content.
const at = (lon: number, lat: number, country = 'KG'): Partial<Place> => ({ country, coordinates: { lat, lon } });
const meetingAt = (id: string, placeId: string | null, day: string) => original(id, { date: { ...dateOf(day), cite: cite(id, 'p1') }, place: placeId ? { id: placeId, name: placeId, cite: cite(id, 'p1') } : null });
const atlas = atlasOf({
	actors: [state('kyrgyzstan', { fr: 'Kirghizistan', en: 'Kyrgyzstan' }, 'KG'), state('china', { fr: 'Chine', en: 'China' }, 'CN')],
	places: [
		place('ala-tash', 'Ala-Tash', at(78.4, 42.5)),
		place('kok-suu', 'Kok-Suu', at(72.8, 40.5)),
		place('bai-cheng', { fr: 'Baï-Tcheng', en: 'Bai Cheng' }, at(116.4, 39.9, 'CN')),
	],
	meetings: [meetingAt('2020-01-01-ala-tash', 'ala-tash', '2020-01-01'), meetingAt('2021-01-01-ala-tash', 'ala-tash', '2021-01-01'), meetingAt('2022-01-01-kok-suu', 'kok-suu', '2022-01-01'), meetingAt('2023-01-01-nowhere', null, '2023-01-01')],
});
const topology = worldTopology();
const base = drawBaseMap(topology, regionAround(statesBoxes(topology, statesOfAtlas(atlas)), placePoints(atlas), 2), 800, statesOfAtlas(atlas));
const fr = useTranslations('fr');
const en = useTranslations('en');

/** A map with its words taken out: what must be the same in both languages. */
const withoutWords = (map: MapView) => ({ ...map, title: '', description: '', markers: map.markers.map((marker) => ({ ...marker, label: '' })), labels: map.labels.map((label) => ({ ...label, text: '' })) });

describe('statesOfAtlas', () => {
	it('lists the states of the atlas and the countries of its places', () => {
		expect(statesOfAtlas(atlas)).toEqual(['CN', 'KG']);
	});
});

describe('homeMap', () => {
	const map = homeMap(atlas, base, 'en', en);

	it('marks every place, meeting places by their count and the others as mentioned', () => {
		expect(map.markers.map((marker) => [marker.page, marker.kind, marker.label])).toEqual([
			[{ kind: 'place', id: 'ala-tash' }, 'meeting', 'Ala-Tash, 2 meetings'],
			[{ kind: 'place', id: 'kok-suu' }, 'meeting', 'Kok-Suu, 1 meeting'],
			[{ kind: 'place', id: 'bai-cheng' }, 'mentioned', 'Bai Cheng, mentioned, no meeting'],
		]);
		expect(map.markers[0]!.r).toBeGreaterThan(map.markers[1]!.r);
		expect(map.legend).toEqual(['meeting', 'mentioned']);
	});

	it('names the states and the places in the page’s language', () => {
		expect(map.labels.filter((label) => label.tier === 'wide').map((label) => label.text)).toEqual(expect.arrayContaining(['China', 'Ala-Tash', 'Bai Cheng']));
		expect(homeMap(atlas, base, 'fr', fr).labels.map((label) => label.text)).toEqual(expect.arrayContaining(['Chine', 'Baï-Tcheng']));
		expect(map.description).toContain('Ala-Tash (2 meetings)');
	});

	it('is the same drawing in French and English but for its words', () => {
		expect(withoutWords(homeMap(atlas, base, 'fr', fr))).toEqual(withoutWords(map));
	});

	it('groups places that would overlap, and the group leads to the list of places', () => {
		const crowd = atlasOf({
			actors: [state('kyrgyzstan', 'Kirghizistan', 'KG'), state('china', 'Chine', 'CN')],
			places: Array.from({ length: 300 }, (_, index) => place(`c-${index}`, `C${index}`, at(70 + (index % 7), 40 + (index % 10), 'KZ'))),
			meetings: Array.from({ length: 600 }, (_, index) => meetingAt(`m-${index}`, `c-${index % 300}`, '2020-01-01')),
		});
		const crowdBase = drawBaseMap(topology, regionAround(statesBoxes(topology, statesOfAtlas(crowd)), placePoints(crowd), 2), 800, statesOfAtlas(crowd));
		const crowdMap = homeMap(crowd, crowdBase, 'en', en);
		expect(crowdMap.markers.length).toBeLessThan(40);
		expect(crowdMap.markers.some((marker) => marker.kind === 'group' && marker.page.kind === 'places')).toBe(true);
		expect(crowdMap.markers.reduce((total, marker) => total + Number(/(\d+) meetings/.exec(marker.label)?.[1] ?? 0), 0)).toBe(600);
	});
});

describe('placesByMeetings', () => {
	it('lists places with most meetings first', () => {
		expect(placesByMeetings(atlas, 'en')).toEqual([{ id: 'ala-tash', meetings: 2 }, { id: 'kok-suu', meetings: 1 }, { id: 'bai-cheng', meetings: 0 }]);
	});
});

describe('placeMap', () => {
	it('marks the place of the page on top of the others, named first', () => {
		const map = placeMap(atlas, base, 'kok-suu', 'en', en);
		expect(map.markers.at(-1)).toMatchObject({ kind: 'current', page: { kind: 'place', id: 'kok-suu' }, label: 'Kok-Suu, 1 meeting' });
		expect(map.markers.filter((marker) => marker.page.kind === 'place' && marker.page.id === 'kok-suu')).toHaveLength(1);
		expect(map.labels.find((label) => label.kind === 'place' && label.tier === 'wide')?.text).toBe('Kok-Suu');
		expect(map.title).toBe('Kok-Suu on the map');
	});
});

describe('meetingMap', () => {
	it('marks the meeting’s place alone', () => {
		const map = meetingMap(atlas, base, '2022-01-01-kok-suu', 'fr', fr)!;
		expect(map.markers).toEqual([expect.objectContaining({ kind: 'current', page: { kind: 'place', id: 'kok-suu' } })]);
		expect(map.title).toBe('Lieu de la rencontre : Kok-Suu');
	});

	it('has no map when the text states no venue', () => {
		expect(meetingMap(atlas, base, '2023-01-01-nowhere', 'fr', fr)).toBeUndefined();
	});
});
