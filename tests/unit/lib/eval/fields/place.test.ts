/** The place field of the scorer. Invented records and truths only: the corpus is third-party. */
import { describe, expect, it } from 'vitest';
import { countryCode } from '../../../../../src/lib/eval/fields/place.ts';
import { fieldsOf, gazetteer, recordWith, truthWith } from '../invented-scoring.ts';

describe('place', () => {
	it('with no venue in the truth, is right only without a place', () => {
		expect(fieldsOf(recordWith({ place: null }), truthWith({ place: null })).place.score).toBe(1);
		expect(fieldsOf(recordWith(), truthWith({ place: null })).place.score).toBe(0);
	});

	it('folds case, accents and punctuation, but does not equate two spellings', () => {
		expect(fieldsOf(recordWith({ place: { id: null, name: 'ZÂRKENT' } }), truthWith()).place.score).toBe(1);
		expect(fieldsOf(recordWith({ place: { id: null, name: 'Sarkand-Ville' } }), truthWith()).place.score).toBe(0);
	});

	it('equates two spellings when the record\'s gazetteer entry lists both', () => {
		expect(fieldsOf(recordWith({ place: { id: 'zarkent', name: 'Sarkand-Ville' } }), truthWith()).place.score).toBe(1);
	});

	it('scores the country part with the record\'s own code, else its gazetteer entry\'s', () => {
		const tied = truthWith({ place: { city: 'Zarkent', country: 'Kirghizstan' } });
		expect(fieldsOf(recordWith(), tied).place.score).toBe(1);
		expect(fieldsOf(recordWith({ place: { id: null, name: 'Zarkent', country: 'KG' } }), tied).place.score).toBe(1);
		expect(fieldsOf(recordWith({ place: { id: null, name: 'Zarkent' } }), tied).place.score).toBe(0.5);
		expect(fieldsOf(recordWith({ place: { id: null, name: 'Zarkent', country: 'KZ' } }), tied).place.score).toBe(0.5);
	});

	it('with a country and no city in the truth, wants the country, not a city in it', () => {
		const countryOnly = truthWith({ place: { city: null, country: 'Kirghizistan' } });
		expect(fieldsOf(recordWith({ place: { id: null, name: 'Kirghizistan' } }), countryOnly).place.score).toBe(1);
		expect(fieldsOf(recordWith({ place: { id: 'zarkent', name: 'Zarkent' } }), countryOnly).place.score).toBe(0.5);
	});

	it('maps country names to ISO codes through the gazetteer\'s states, then Intl\'s names', () => {
		expect(countryCode('Kirghizstan', gazetteer)).toBe('KG');
		expect(countryCode('Chine')).toBe('CN');
		expect(countryCode('Ouzbékistan')).toBe('UZ');
		expect(countryCode('Zarkent')).toBeUndefined();
	});
});
