import { describe, expect, it } from 'vitest';
import { dateSpanPhrase, formatDateSpan, isCuratorDate } from '../../../../../src/lib/ingest/dates/fuzzy-dates.ts';

describe('formatDateSpan', () => {
	it('formats a single date as formatFuzzyDate does', () => {
		expect(formatDateSpan({ value: '2022-06', precision: 'month' }, 'fr')).toBe('juin 2022');
		expect(formatDateSpan({ value: '2025-04-25', precision: 'day', end: '2025-04-25' }, 'en')).toBe('25 April 2025');
	});

	it('shares the month and year of an interval within one month', () => {
		expect(formatDateSpan({ value: '2016-11-02', end: '2016-11-09', precision: 'day' }, 'fr')).toBe('2–9 novembre 2016');
		expect(formatDateSpan({ value: '2016-11-01', end: '2016-11-09', precision: 'day' }, 'fr')).toBe('1er–9 novembre 2016');
		expect(formatDateSpan({ value: '2016-11-02', end: '2016-11-09', precision: 'day' }, 'en')).toBe('2–9 November 2016');
	});

	it('spaces the dash between ends that differ in more than the day', () => {
		expect(formatDateSpan({ value: '2016-10-30', end: '2016-11-02', precision: 'day' }, 'en')).toBe('30 October – 2 November 2016');
		expect(formatDateSpan({ value: '2016-12-30', end: '2017-01-02', precision: 'day' }, 'fr')).toBe('30 décembre 2016 – 2 janvier 2017');
		expect(formatDateSpan({ value: '2016-10', end: '2016-11', precision: 'month' }, 'fr')).toBe('octobre–novembre 2016');
	});
});

describe('dateSpanPhrase', () => {
	it('says an interval as a sentence does, in each language', () => {
		expect(dateSpanPhrase({ value: '2016-11-02', end: '2016-11-09', precision: 'day' }, 'fr')).toBe('du 2 au 9 novembre 2016');
		expect(dateSpanPhrase({ value: '2016-10-30', end: '2016-11-02', precision: 'day' }, 'fr')).toBe('du 30 octobre au 2 novembre 2016');
		expect(dateSpanPhrase({ value: '2016-10', end: '2016-11', precision: 'month' }, 'fr')).toBe("d'octobre à novembre 2016");
		expect(dateSpanPhrase({ value: '2016-11-02', end: '2016-11-09', precision: 'day' }, 'en')).toBe('from 2 to 9 November 2016');
	});

	it('says a single date as datePhrase does', () => {
		expect(dateSpanPhrase({ value: '2022-06', precision: 'month' }, 'fr')).toBe('en juin 2022');
	});
});

describe('isCuratorDate', () => {
	it('accepts a real day or month and nothing else', () => {
		expect(['2024-03-03', '2024-03', '2024-02-29'].map(isCuratorDate)).toEqual([true, true, true]);
		expect(['2023-02-29', '2024-13', '2024-3-3', '3 mars 2024', '2024'].map(isCuratorDate)).toEqual([false, false, false, false, false]);
	});
});
