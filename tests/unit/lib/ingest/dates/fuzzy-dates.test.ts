import { describe, expect, it } from 'vitest';
import { compareDates, datePhrase, findDayDates, findMonthMentions, findYearsAgo, formatFuzzyDate, isoValue, isValidDay } from '../../../../../src/lib/ingest/dates/fuzzy-dates.ts';
import { dateOf } from '../../../atlas-fixture.ts';

describe('findDayDates', () => {
	it('finds a dateline with its month number and original words', () => {
		expect(findDayDates('Le 25 avril 2025, heure locale')).toEqual([{ day: 25, month: 4, year: 2025, monthWord: 'avril', written: '25 avril 2025', index: 3 }]);
	});
	it('reads "1er" and accented months', () => {
		expect(findDayDates('le 1er février 2024')[0]).toMatchObject({ day: 1, month: 2, year: 2024 });
	});
	it('keeps an unknown month word so it can be reported', () => {
		expect(findDayDates('Le 25 avrl 2025')[0]).toMatchObject({ month: undefined, monthWord: 'avrl' });
	});
});

describe('findMonthMentions', () => {
	it('finds "en juin" without a year and "en février 2024" with one', () => {
		expect(findMonthMentions('en marge de la réunion en juin.')).toMatchObject([{ month: 6, year: undefined, written: 'en juin' }]);
		expect(findMonthMentions('En février 2024, il est venu')).toMatchObject([{ month: 2, year: 2024 }]);
	});
	it('does not take a word that merely contains a month', () => {
		expect(findMonthMentions('en maison')).toEqual([]);
	});
});

describe('findYearsAgo', () => {
	it('reads digits and number words', () => {
		expect(findYearsAgo('établi des relations il y a 30 ans')).toEqual({ years: 30, written: 'il y a 30 ans' });
		expect(findYearsAgo('il y a trente ans')).toMatchObject({ years: 30 });
		expect(findYearsAgo('il y a longtemps')).toBeNull();
	});
});

describe('formatFuzzyDate', () => {
	it('shows only the known precision, in each language', () => {
		expect(formatFuzzyDate('2022-06', 'month', 'fr')).toBe('juin 2022');
		expect(formatFuzzyDate('2022-06', 'month', 'en')).toBe('June 2022');
		expect(formatFuzzyDate('2025-04-25', 'day', 'fr')).toBe('25 avril 2025');
		expect(formatFuzzyDate('2025-05-01', 'day', 'fr')).toBe('1er mai 2025');
		expect(formatFuzzyDate('2025-04-25', 'day', 'en')).toBe('25 April 2025');
		expect(formatFuzzyDate('1992', 'year', 'en')).toBe('1992');
	});
	it('makes sentence complements', () => {
		expect(datePhrase('2022-06', 'month', 'fr')).toBe('en juin 2022');
		expect(datePhrase('2025-04-25', 'day', 'en')).toBe('on 25 April 2025');
	});
});

describe('isoValue and isValidDay', () => {
	it('builds ISO values only as precise as known', () => {
		expect(isoValue(2022)).toBe('2022');
		expect(isoValue(2022, 6)).toBe('2022-06');
		expect(isoValue(2025, 4, 25)).toBe('2025-04-25');
	});
	it('rejects impossible days', () => {
		expect(isValidDay(2025, 2, 29)).toBe(false);
		expect(isValidDay(2024, 2, 29)).toBe(true);
	});
});

describe('compareDates', () => {
	it('puts a month before a day of that month, and a year before both', () => {
		expect(compareDates(dateOf('2022-06'), dateOf('2022-06-08'))).toBeLessThan(0);
		expect(compareDates(dateOf('2022-06-08'), dateOf('2022-06'))).toBeGreaterThan(0);
		expect(compareDates(dateOf('2022'), dateOf('2022-06'))).toBeLessThan(0);
	});

	it('orders by date across precisions', () => {
		expect(compareDates(dateOf('2022-06-30'), dateOf('2022-07'))).toBeLessThan(0);
		expect(compareDates(dateOf('1992-01-05'), dateOf('2022'))).toBeLessThan(0);
		expect(compareDates(dateOf('2025-04-25'), dateOf('2025-04-25'))).toBe(0);
	});

	it('puts a missing date last', () => {
		expect(compareDates(dateOf('2025-08-31'), undefined)).toBeLessThan(0);
		expect(compareDates(undefined, dateOf('1992'))).toBeGreaterThan(0);
		expect(compareDates(undefined, undefined)).toBe(0);
	});
});
