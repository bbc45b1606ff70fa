import { describe, expect, it } from 'vitest';
import { placeSchema } from '../../../src/schemas/place.ts';
import { issuesOf } from './issues.ts';

const astana = {
	kind: 'city',
	name: { fr: 'Astana', en: 'Astana' },
	formerNames: [{ name: { fr: 'Noursoultan', en: 'Nur-Sultan' }, until: '2022-09-17' }],
	aliases: ['Astana', 'Noursoultan'],
	country: 'KZ',
	coordinates: { lat: 51.1694, lon: 71.4491 },
};

describe('placeSchema', () => {
	it('accepts a city with a former name', () => {
		expect(issuesOf(placeSchema, astana)).toEqual([]);
	});

	it('accepts a region without country, and no former names', () => {
		const { country, formerNames, ...region } = { ...astana, kind: 'region' };
		expect(placeSchema.parse(region).formerNames).toEqual([]);
	});

	it.each([
		[{ lat: 91, lon: 71 }, 'coordinates.lat'],
		[{ lat: -90.5, lon: 71 }, 'coordinates.lat'],
		[{ lat: 51, lon: 181 }, 'coordinates.lon'],
		[{ lat: 51, lon: '71' }, 'coordinates.lon'],
		[{ lat: 51 }, 'coordinates.lon'],
	])('rejects the coordinates %j, on %s', (coordinates, path) => {
		expect(issuesOf(placeSchema, { ...astana, coordinates }).map((issue) => issue.path)).toEqual([path]);
	});

	it('rejects a lower-case country code, saying what a code looks like', () => {
		expect(issuesOf(placeSchema, { ...astana, country: 'kz' })).toEqual([
			{ path: 'country', message: 'must be an ISO 3166-1 alpha-2 code such as "KG"' },
		]);
	});

	it('rejects a former name whose end is not an ISO day', () => {
		expect(issuesOf(placeSchema, { ...astana, formerNames: [{ ...astana.formerNames[0], until: '2022-09' }] })).toEqual([
			{ path: 'formerNames.0.until', message: 'must be an ISO date "YYYY-MM-DD"' },
		]);
	});

	it('rejects a place without aliases, on aliases', () => {
		expect(issuesOf(placeSchema, { ...astana, aliases: [] }).map((issue) => issue.path)).toEqual(['aliases']);
	});
});
