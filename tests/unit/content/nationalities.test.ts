/** The real nationality lexicon, content/ingest/nationalities.yaml: valid, and covering the region. */
import { describe, expect, it } from 'vitest';
import { readNationalities } from '../../../src/io/read-content.ts';
import { nationalitiesSchema } from '../../../src/schemas/nationality.ts';
import { root } from '../helpers.ts';

describe('the nationality lexicon', () => {
	const result = nationalitiesSchema.safeParse(readNationalities(root));

	it('passes its schema: ISO codes, and each form naming one country', () => {
		expect(result.error?.issues ?? []).toEqual([]);
	});

	it('covers Central Asia, China, Russia and the neighbours', () => {
		const countries = result.data!.map((nationality) => nationality.country);
		expect(countries).toEqual(expect.arrayContaining(['KG', 'KZ', 'UZ', 'TJ', 'TM', 'CN', 'RU', 'MN', 'AF', 'PK', 'IN', 'IR']));
		expect(new Set(countries).size).toBe(countries.length);
	});
});
