/** The participant fields of the scorer. Invented records and truths only: the corpus is third-party. */
import { describe, expect, it } from 'vitest';
import { namesMatch } from '../../../../../src/lib/eval/fields/matching.ts';
import { fieldsOf, recordWith, truthWith } from '../invented-scoring.ts';

describe('participants', () => {
	it('folds names and tolerates transliteration: one letter in a surname, a given-name initial', () => {
		expect(namesMatch('Aibek Toktosunov', 'Aïbek TOKTOSSUNOV')).toBe(true);
		expect(namesMatch('A. Toktosunov', 'Aibek Toktosunov')).toBe(true);
		expect(namesMatch('Toktosunov', 'Aibek Toktossunov')).toBe(true);
		expect(namesMatch('Berdyshevamuradov', 'Berdychevamurodov')).toBe(true);
	});

	it('does not confuse close names: short surnames must be equal, given names must share their initial', () => {
		expect(namesMatch('Zhou Lanfang', 'Zhou Lanfeng')).toBe(true);
		expect(namesMatch('Zhou Fang', 'Zhou Keqfang')).toBe(false);
		expect(namesMatch('Li Yan', 'Li Yun')).toBe(false);
		expect(namesMatch('Bolot Toktosunov', 'Aibek Toktosunov')).toBe(false);
	});

	it('computes recall over the truth and precision over the record', () => {
		const record = recordWith({ participants: [{ id: null, name: 'Aybek Toktossunov' }, { id: null, name: 'Marat Spokesman' }, { id: null, name: 'Ivan Bystander' }] });
		const fields = fieldsOf(record, truthWith());
		expect(fields.participantsRecall.score).toBe(0.5);
		expect(fields.participantsPrecision.score).toBe(0.333);
	});

	it('matches a linked participant through any alias of its entry, even in another script', () => {
		const truth = truthWith({ participants: ['Токтосунов'] });
		expect(fieldsOf(recordWith({ participants: [{ id: 'aibek-toktosunov', name: 'Aibek Toktosunov' }] }), truth).participantsRecall.score).toBe(1);
		expect(fieldsOf(recordWith({ participants: [{ id: null, name: 'Aibek Toktosunov' }] }), truth).participantsRecall.score).toBe(0);
	});

	it('matches one to one: the same person twice in the record counts once', () => {
		const record = recordWith({ participants: [{ id: null, name: 'Aibek Toktosunov' }, { id: null, name: 'A. Toktosunov' }] });
		const fields = fieldsOf(record, truthWith());
		expect(fields.participantsRecall.score).toBe(0.5);
		expect(fields.participantsPrecision.score).toBe(0.5);
	});

	it('gives silence no precision: an empty record scores 0 on both', () => {
		const fields = fieldsOf(recordWith({ participants: [] }), truthWith());
		expect([fields.participantsRecall.score, fields.participantsPrecision.score]).toEqual([0, 0]);
	});
});

describe('participant countries', () => {
	it('takes codes from the participants (own, else gazetteer) and the venue', () => {
		const record = recordWith({ participants: [{ id: null, name: 'Zhou Lanfang', country: 'CN' }], place: { id: 'zarkent', name: 'Zarkent' } });
		expect(fieldsOf(record, truthWith()).participantCountries.score).toBe(1);
	});

	it('is the F1 of the two sets, naming what is missing and extra', () => {
		const record = recordWith({ participants: [{ id: 'zhou-lanfang', name: 'Zhou Lanfang' }, { id: null, name: 'Someone Else', country: 'RU' }], place: null });
		const field = fieldsOf(record, truthWith()).participantCountries;
		expect(field.score).toBe(0.5);
		expect(field.explanation).toContain('missing KG');
		expect(field.explanation).toContain('extra RU');
	});

	it('counts a neutral venue\'s country as extra: the truth lists only the countries taking part', () => {
		expect(fieldsOf(recordWith({ place: { id: 'nordhaven', name: 'Nordhaven', country: 'KZ' } }), truthWith({ place: { city: 'Nordhaven', country: null } })).participantCountries.score).toBe(0.8);
	});
});
