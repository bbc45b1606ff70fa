/**
 * The binding of the maps to Natural Earth's boundaries (world-atlas, 1:50m): loads them once and
 * keeps each base map drawn, by region, width and states, so that a build draws the geometry of
 * a region once for every page and both languages.
 */
import countries from 'world-atlas/countries-50m.json' with { type: 'json' };
import { drawBaseMap, statesBoxes, type BaseMap, type CountriesTopology } from './base-map.ts';
import { regionAround, type Region } from './projection.ts';

const topology = countries as unknown as CountriesTopology;
const boxes = new Map<string, Region[]>();
const drawn = new Map<string, BaseMap>();

/** The countries' topology of the maps. */
export function worldTopology(): CountriesTopology {
	return topology;
}

/**
 * The base map that shows some states and points, with two degrees around them, at a width;
 * drawn on first use: baseMapFor(["CN", "KG", "KZ", "UZ"], [[76.89, 43.24]], 800).
 */
export function baseMapFor(states: readonly string[], points: [number, number][], width: number): BaseMap {
	const statesKey = states.join(' ');
	let box = boxes.get(statesKey);
	if (!box) {
		box = statesBoxes(topology, states);
		boxes.set(statesKey, box);
	}
	const region = regionAround(box, points, 2);
	const key = `${statesKey} ${width} ${region.west} ${region.south} ${region.east} ${region.north}`;
	let map = drawn.get(key);
	if (!map) {
		map = drawBaseMap(topology, region, width, states);
		drawn.set(key, map);
	}
	return map;
}
