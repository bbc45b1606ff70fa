import { describe, expect, it } from 'vitest';
import { fuzzyDateSchema } from '../../../src/schemas/date.ts';
import { issuesOf } from './issues.ts';

const basis = { fr: 'Note éditoriale : date connue par ailleurs.', en: 'Editorial note: date known from elsewhere.' };

describe('fuzzyDateSchema', () => {
	it.each([
		[{ value: '2025-04-25', precision: 'day', inferred: false }],
		[{ value: '2022-06', precision: 'month', inferred: false }],
		[{ value: '1992', precision: 'year', inferred: false }],
		[{ value: '2022-06', precision: 'month', inferred: true, basis }],
	])('accepts %j', (date) => {
		expect(issuesOf(fuzzyDateSchema, date)).toEqual([]);
	});

	it.each([
		['2022-06', 'day'],
		['2025-04-25', 'month'],
		['2022-06', 'year'],
		['1992', 'month'],
		['25/04/2025', 'day'],
		['2025-4-25', 'day'],
	])('rejects the value "%s" at precision "%s", on value', (value, precision) => {
		expect(issuesOf(fuzzyDateSchema, { value, precision, inferred: false })).toEqual([
			{ path: 'value', message: expect.stringContaining(`"${value}" does not match precision "${precision}"`) },
		]);
	});

	it('rejects an unknown precision', () => {
		expect(issuesOf(fuzzyDateSchema, { value: '2025-04-25', precision: 'week', inferred: false })).toEqual([
			{ path: 'precision', message: expect.stringContaining('"day"') },
		]);
	});

	it('rejects an inferred date without basis, on basis', () => {
		expect(issuesOf(fuzzyDateSchema, { value: '2022-06', precision: 'month', inferred: true })).toEqual([
			{ path: 'basis', message: 'an inferred date needs a basis explaining the inference (fr and en)' },
		]);
	});

	it('rejects a basis in one language only', () => {
		expect(issuesOf(fuzzyDateSchema, { value: '2022-06', precision: 'month', inferred: true, basis: { fr: basis.fr } })).toEqual([
			{ path: 'basis.en', message: expect.any(String) },
		]);
	});

	it('requires to know whether the date is inferred', () => {
		expect(issuesOf(fuzzyDateSchema, { value: '2022-06', precision: 'month' }).map((issue) => issue.path)).toEqual(['inferred']);
	});
});
