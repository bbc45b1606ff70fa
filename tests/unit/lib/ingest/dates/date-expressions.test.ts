/** Date expressions as French wire copy writes them, read without resolving them. */
import { describe, expect, it } from 'vitest';
import { findDateExpressions } from '../../../../../src/lib/ingest/dates/date-expressions.ts';

describe('findDateExpressions', () => {
	it('reads each form as written', () => {
		const read = (text: string) => findDateExpressions(text).map((found) => [found.form, found.written, found.start, found.end]);
		expect(read('Le 3 mars 2019, A a vu B.')).toEqual([['date', '3 mars 2019', { year: 2019, month: 3, day: 3 }, undefined]]);
		expect(read('A a vu lundi 4 mars B.')).toEqual([['date', 'lundi 4 mars', { month: 3, day: 4, weekday: 1 }, undefined]]);
		expect(read('du 5 au 8 avril')).toEqual([['range', 'du 5 au 8 avril', { month: 4, day: 5 }, { month: 4, day: 8 }]]);
		expect(read('du 12 au 14')).toEqual([['range', 'du 12 au 14', { day: 12 }, { day: 14 }]]);
		expect(read('les 15 et 16 septembre')).toEqual([['range', 'les 15 et 16 septembre', { month: 9, day: 15 }, { month: 9, day: 16 }]]);
		expect(read('de vendredi à dimanche')).toEqual([['range', 'de vendredi à dimanche', { weekday: 5 }, { weekday: 7 }]]);
		expect(read('Agence | 07.06.2021 10h39')).toEqual([['numeric', '07.06.2021 10h39', { year: 2021, month: 6, day: 7 }, undefined]]);
		expect(read('mise à jour le 07/06')).toEqual([['numeric', '07/06', { month: 6, day: 7 }, undefined]]);
		expect(read('photo 2004/03/02')).toEqual([['numeric', '2004/03/02', { year: 2004, month: 3, day: 2 }, undefined]]);
		expect(read('en juin, puis en 2010')).toEqual([['month', 'en juin', { month: 6 }, undefined], ['year', 'en 2010', { year: 2010 }, undefined]]);
	});
	it('reads weekdays and relative words without making dates of them', () => {
		const found = findDateExpressions('Arrivé hier, il a parlé dimanche matin ; la veille, la semaine prochaine, jeudi dernier.');
		expect(found.map((item) => [item.form, item.written, item.relative?.offset, item.qualifier])).toEqual([
			['relative', 'hier', -1, undefined],
			['weekday', 'dimanche matin', undefined, undefined],
			['relative', 'la veille', -1, undefined],
			['relative', 'la semaine prochaine', 1, undefined],
			['weekday', 'jeudi dernier', undefined, 'last'],
		]);
		expect(findDateExpressions('Le 12 sommet réunit 70 pays.')).toEqual([]);
	});

	it('does not read a score written with a hyphen as a date', () => {
		expect(findDateExpressions('Lyon a gagné 3-1 contre Turin.')).toEqual([]);
	});
});
