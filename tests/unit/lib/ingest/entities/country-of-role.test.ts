import { describe, expect, it } from 'vitest';
import { adjectiveBefore, countryOfRole, findCountries } from '../../../../../src/lib/ingest/entities/country-of-role.ts';
import { loadNationalities } from '../../../helpers.ts';

const nationalities = loadNationalities();

describe('countryOfRole', () => {
	it.each([
		['président kirghize', 'KG'],
		['président kirghiz', 'KG'],
		['ancien président kirghiz', 'KG'],
		['ministre chinois des Affaires étrangères', 'CN'],
		['homologue kazakh', 'KZ'],
		['Premier ministre chinois', 'CN'],
		['président par intérim du Kazakhstan', 'KZ'],
		["vice-Premier ministre et ministre des Affaires étrangères du Turkménistan", 'TM'],
		["conseiller d'État et ministre des Affaires étrangères de la Chine", 'CN'],
		['ambassadeur de Chine au Kirghizistan', 'CN'],
		['Présidente ouzbèke', 'UZ'],
		['ministres russes', 'RU'],
	])('%s → %s', (role, country) => {
		expect(countryOfRole(role, nationalities)).toBe(country);
	});

	it('gives no country to a role that names none, or only a destination', () => {
		expect(countryOfRole('homologue', nationalities)).toBeNull();
		expect(countryOfRole('envoyé spécial au Kirghizistan', nationalities)).toBeNull();
	});
});

describe('findCountries', () => {
	it('finds adjectives and names, ignoring case, accents and hyphens', () => {
		expect(findCountries('les relations sino-kirghizes et la CHINE', nationalities).map(({ country, by }) => `${country} ${by}`)).toEqual(['KG adjective', 'CN name']);
	});
});

describe('adjectiveBefore', () => {
	it('reads the adjective written just before a name in a list of leaders', () => {
		expect(adjectiveBefore('les Premiers ministres indien ', nationalities)).toBe('IN');
		expect(adjectiveBefore('et letton ', nationalities)).toBe('LV');
		expect(adjectiveBefore('a vu en Chine ', nationalities)).toBeNull();
	});
});
