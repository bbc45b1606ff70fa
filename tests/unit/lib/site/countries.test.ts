import { describe, expect, it } from 'vitest';
import { countryName, stateOf } from '../../../../src/lib/site/countries.ts';
import { atlasOf, loadRealAtlas } from './atlas-fixture.ts';

const atlas = loadRealAtlas();

describe('countryName', () => {
	it('uses the name of the state actor of the country', () => {
		expect(countryName(atlas, 'KG', 'fr')).toBe('Kirghizistan');
		expect(countryName(atlas, 'KG', 'en')).toBe('Kyrgyzstan');
		expect(countryName(atlas, 'UZ', 'fr')).toBe('Ouzbékistan');
	});

	it('ignores people of the country', () => {
		// Wang Yi and Xi Jinping are CN too; listed before China, they must still not name it.
		const peopleFirst = atlasOf({ actors: [...atlas.actors].sort((a, b) => (a.kind === 'person' ? -1 : b.kind === 'person' ? 1 : 0)) });
		expect(countryName(peopleFirst, 'CN', 'en')).toBe('China');
	});

	it('asks Intl for a country without a state actor, in the page language', () => {
		expect(countryName(atlas, 'FR', 'en')).toBe('France');
		expect(countryName(atlas, 'DE', 'fr')).toBe('Allemagne');
		expect(countryName(atlas, 'DE', 'en')).toBe('Germany');
	});

	it('shows a dash for no country', () => {
		expect(countryName(atlas, undefined, 'fr')).toBe('—');
		expect(countryName(atlas, '', 'en')).toBe('—');
	});
});

describe('stateOf', () => {
	it('gives the state actor of a country', () => {
		expect(stateOf(atlas, 'CN')).toBe('china');
		expect(stateOf(atlas, 'KG')).toBe('kyrgyzstan');
		expect(stateOf(atlas, 'KZ')).toBe('kazakhstan');
	});

	it('is undefined for a country without one, or no country', () => {
		expect(stateOf(atlas, 'FR')).toBeUndefined();
		expect(stateOf(atlas, undefined)).toBeUndefined();
	});
});
