import { describe, expect, it } from 'vitest';
import { nationalitiesSchema } from '../../../src/schemas/nationality.ts';
import { issuesOf } from './issues.ts';

const kyrgyz = { country: 'KG', adjectives: ['kirghiz', 'kirghize'], names: ['Kirghizistan'] };

describe('nationalitiesSchema', () => {
	it('accepts countries with adjectives and names', () => {
		expect(issuesOf(nationalitiesSchema, [kyrgyz, { country: 'KZ', adjectives: ['kazakh'], names: ['Kazakhstan'] }])).toEqual([]);
	});

	it('rejects a code that is not ISO alpha-2, and a country without adjectives', () => {
		expect(issuesOf(nationalitiesSchema, [{ ...kyrgyz, country: 'KGZ' }]).map((issue) => issue.path)).toEqual(['0.country']);
		expect(issuesOf(nationalitiesSchema, [{ ...kyrgyz, adjectives: [] }]).map((issue) => issue.path)).toEqual(['0.adjectives']);
	});

	it('rejects a form given to two countries, even spelt with other accents or case', () => {
		const issues = issuesOf(nationalitiesSchema, [kyrgyz, { country: 'KZ', adjectives: ['Kirghize'], names: ['Kazakhstan'] }]);
		expect(issues).toEqual([{ path: '1', message: '"Kirghize" is already a form of KG; a form names one country only' }]);
	});
});
