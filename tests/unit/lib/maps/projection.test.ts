import { describe, expect, it } from 'vitest';
import { frameOf, pointIn, regionAround } from '../../../../src/lib/maps/projection.ts';

describe('regionAround', () => {
	it('holds every box and point, with the margin', () => {
		expect(regionAround([{ west: 70, south: 40, east: 80, north: 45 }], [[117, 39]], 2)).toEqual({ west: 68, south: 37, east: 119, north: 47 });
	});

	it('stays on the globe', () => {
		expect(regionAround([], [[179, 88], [-179, -88]], 5)).toEqual({ west: -180, south: -89, east: 180, north: 89 });
	});
});

describe('frameOf', () => {
	const region = { west: 45, south: 16, east: 137, north: 57 };
	const frame = frameOf(region, 800);

	it('fits the region to the width, with a height that follows its shape', () => {
		expect(frame.width).toBe(800);
		expect(frame.height).toBeGreaterThan(300);
		expect(frame.height).toBeLessThan(600);
	});

	it('puts the region’s points inside the frame, west on the left and north at the top', () => {
		const [bishkekX, bishkekY] = pointIn(frame, [74.6, 42.9]);
		const [shanghaiX, shanghaiY] = pointIn(frame, [121.5, 31.2]);
		for (const [x, y] of [[bishkekX, bishkekY], [shanghaiX, shanghaiY]] as const) {
			expect(x).toBeGreaterThan(0);
			expect(x).toBeLessThan(frame.width);
			expect(y).toBeGreaterThan(0);
			expect(y).toBeLessThan(frame.height);
		}
		expect(bishkekX).toBeLessThan(shanghaiX);
		expect(bishkekY).toBeLessThan(shanghaiY);
	});
});
