import { describe, expect, it } from 'vitest';
import { countryName, stateOf } from '../../../../src/lib/site/countries.ts';
import { atlasOf, person, state, world } from '../../atlas-fixture.ts';

const atlas = atlasOf(world);

describe('countryName', () => {
	it('uses the name of the state actor of the country', () => {
		expect(countryName(atlas, 'XS', 'fr')).toBe('Sudrie');
		expect(countryName(atlas, 'XS', 'en')).toBe('Sudria');
		expect(countryName(atlas, 'XN', 'fr')).toBe('Norlande');
	});

	it('ignores people of the country, whatever their order', () => {
		// Karl Ostrem is of XN too, and both his id and his place in the list come before Norland's.
		const peopleFirst = atlasOf({ actors: [person('karl-ostrem', 'Karl Ostrem', 'XN'), state('norland', { fr: 'Norlande', en: 'Norland' }, 'XN')] });
		expect(countryName(peopleFirst, 'XN', 'en')).toBe('Norland');
		const peopleOnly = atlasOf({ actors: [person('karl-ostrem', 'Karl Ostrem', 'FR')] });
		expect(countryName(peopleOnly, 'FR', 'en')).toBe('France');
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
		expect(stateOf(atlas, 'XN')).toBe('norland');
		expect(stateOf(atlas, 'XS')).toBe('sudria');
	});

	it('is undefined for a country without one, or no country', () => {
		// Ines Hald is of FR, but a person is not a state.
		expect(stateOf(atlas, 'FR')).toBeUndefined();
		expect(stateOf(atlas, undefined)).toBeUndefined();
	});
});
