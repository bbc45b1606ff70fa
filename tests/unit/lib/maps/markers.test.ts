import { describe, expect, it } from 'vitest';
import { groupPlaces, radiusScale } from '../../../../src/lib/maps/markers.ts';

describe('radiusScale', () => {
	it('gives one meeting 5 units and grows the area with the count', () => {
		const radius = radiusScale(4);
		expect(radius(1)).toBe(5);
		expect(radius(4)).toBe(10);
	});

	it('keeps the largest marker under the maximum, and none under 3 units', () => {
		const radius = radiusScale(400, 16);
		expect(radius(400)).toBe(16);
		expect(radius(1)).toBe(3);
	});
});

describe('groupPlaces', () => {
	it('groups places close to a larger one, at their meetings-weighted centre', () => {
		expect(groupPlaces([{ id: 'a', x: 0, y: 0, meetings: 3 }, { id: 'b', x: 4, y: 0, meetings: 1 }], 10)).toEqual([{ ids: ['a', 'b'], x: 1, y: 0, meetings: 4 }]);
	});

	it('keeps distant places apart, largest first', () => {
		const groups = groupPlaces([{ id: 'a', x: 0, y: 0, meetings: 1 }, { id: 'b', x: 50, y: 0, meetings: 2 }], 10);
		expect(groups.map((group) => group.ids)).toEqual([['b'], ['a']]);
	});

	it('gives the same groups whatever the order of the places', () => {
		const places = Array.from({ length: 40 }, (_, index) => ({ id: `p${index}`, x: (index * 7) % 60, y: (index * 13) % 40, meetings: (index % 5) + 1 }));
		expect(groupPlaces([...places].reverse(), 12)).toEqual(groupPlaces(places, 12));
	});

	it('bounds the number of markers however many places share a small area', () => {
		const crowd = Array.from({ length: 500 }, (_, index) => ({ id: `p${index}`, x: 100 + (index % 50), y: 100 + Math.floor(index / 50) * 5, meetings: 1 + (index % 3) }));
		expect(groupPlaces(crowd, 12).length).toBeLessThan(40);
	});
});
