import { geoIdentity } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { drawPathData } from '../../../../src/lib/maps/path-string.ts';

// The identity projection, y kept upwards as given: path data in the object's own units.
const flat = geoIdentity();
const square = (x: number, y: number, size: number) => ({ type: 'Polygon' as const, coordinates: [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]] });

describe('drawPathData', () => {
	it('writes the first point absolute and the others relative, in whole units', () => {
		expect(drawPathData(flat, square(10.4, 20.2, 10))).toBe('M10 20l10 0l0 10l-10 0z');
	});

	it('drops points that round to the previous one', () => {
		const line = { type: 'LineString' as const, coordinates: [[0, 0], [0.2, 0.1], [5, 0]] };
		expect(drawPathData(flat, line)).toBe('M0 0l5 0');
	});

	it('leaves out rings smaller than the minimum area, keeps the others', () => {
		const islands = { type: 'MultiPolygon' as const, coordinates: [square(0, 0, 1).coordinates, square(10, 10, 5).coordinates] };
		expect(drawPathData(flat, islands, 4)).toBe('M10 10l5 0l0 5l-5 0z');
	});

	it('writes nothing for an empty object', () => {
		expect(drawPathData(flat, { type: 'MultiPolygon', coordinates: [] })).toBe('');
	});
});
