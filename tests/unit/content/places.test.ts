/**
 * The places of the real content on the map's own boundaries (Natural Earth through world-atlas):
 * each place's coordinates fall inside its country, which catches latitude and longitude swapped,
 * a sign lost or a wrong country. It reads the 1:10m boundaries, finer than the site's 1:50m, so
 * that a city on a coast or a border (Hong Kong) is not refused for a simplified coastline.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoContains } from 'd3-geo';
import type { Feature, FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { featuresOf } from '../../../src/lib/maps/country-codes.ts';
import { loadRealAtlas } from './real-atlas.ts';

const atlas = loadRealAtlas();
const world = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-10m.json'), 'utf8')) as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
const countries = (feature(world, world.objects.countries) as FeatureCollection).features;
const land = feature(world, world.objects.land) as FeatureCollection | Feature;

describe('the places of the atlas', () => {
	it('have countries the maps can draw', () => {
		const codes = [...new Set([...atlas.places.flatMap((place) => (place.country ? [place.country] : [])), ...atlas.stateOf.keys()])];
		expect(codes.filter((code) => featuresOf(code).length === 0), 'add these codes to src/lib/maps/country-codes.ts').toEqual([]);
	});

	it('lie inside their country: coordinates neither swapped nor in the wrong country', () => {
		const outside = atlas.places
			.filter((place) => place.country)
			.filter((place) => {
				const point: [number, number] = [place.coordinates.lon, place.coordinates.lat];
				return !countries.some((country) => featuresOf(place.country!).includes(String(country.id)) && geoContains(country, point));
			})
			.map((place) => `${place.id}: ${place.coordinates.lat}, ${place.coordinates.lon} is not in ${place.country}`);
		expect(outside).toEqual([]);
	});

	it('without a country, lie on land', () => {
		const offshore = atlas.places.filter((place) => !place.country && !geoContains(land, [place.coordinates.lon, place.coordinates.lat])).map((place) => place.id);
		expect(offshore).toEqual([]);
	});
});
