import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { drawBaseMap, statesBoxes } from '../../../../src/lib/maps/base-map.ts';
import { regionAround } from '../../../../src/lib/maps/projection.ts';
import { worldTopology } from '../../../../src/lib/maps/world.ts';

const topology = worldTopology();
const states = ['CN', 'KG', 'KZ', 'UZ'];
const region = regionAround(statesBoxes(topology, states), [], 2);

describe('statesBoxes', () => {
	it('boxes a state’s territory, China with Hong Kong and Macao', () => {
		const [kyrgyzstan] = statesBoxes(topology, ['KG']);
		expect(kyrgyzstan!.west).toBeCloseTo(69.2, 0);
		expect(kyrgyzstan!.north).toBeCloseTo(43.2, 0);
		expect(statesBoxes(topology, ['CN'])).toHaveLength(3);
	});
});

describe('drawBaseMap', () => {
	const map = drawBaseMap(topology, region, 800, states);

	it('draws land, borders and each state, with its label inside the frame', () => {
		expect(map.land).toMatch(/^M\d/);
		expect(map.borders).toMatch(/^M\d/);
		expect(map.states.map((state) => state.code)).toEqual(states);
		for (const state of map.states) {
			expect(state.path).toMatch(/z$/);
			expect(state.labelAt[0]).toBeGreaterThan(0);
			expect(state.labelAt[0]).toBeLessThan(800);
			expect(state.labelAt[1]).toBeGreaterThan(0);
			expect(state.labelAt[1]).toBeLessThan(map.frame.height);
		}
	});

	it('costs a few kilobytes compressed, and half as much at half the width', () => {
		const weigh = (drawn: typeof map) => gzipSync([drawn.land, drawn.borders, ...drawn.states.map((state) => state.path)].join('')).length;
		expect(weigh(map)).toBeLessThan(6000);
		expect(weigh(drawBaseMap(topology, region, 400, states))).toBeLessThan(3500);
	});

	it('keeps every coordinate inside the frame: the geometry is clipped to the region', () => {
		const absolute = [...`${map.land}${map.borders}`.matchAll(/M(-?\d+) (-?\d+)/g)].map((match) => [Number(match[1]), Number(match[2])]);
		for (const [x, y] of absolute) {
			expect(x).toBeGreaterThanOrEqual(0);
			expect(x).toBeLessThanOrEqual(800);
			expect(y).toBeGreaterThanOrEqual(0);
			expect(y).toBeLessThanOrEqual(map.frame.height);
		}
	});
});
