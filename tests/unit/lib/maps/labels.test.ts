import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../../../src/lib/maps/labels.ts';

const frame = { fontSize: 10, width: 200, height: 100 };

describe('placeLabels', () => {
	it('puts a name to the right of its marker', () => {
		expect(placeLabels([{ id: 'a', x: 50, y: 50, r: 5, length: 6 }], frame)).toEqual([{ id: 'a', x: 58, y: 53.5, anchor: 'start' }]);
	});

	it('puts it to the left when the right is out of the map', () => {
		expect(placeLabels([{ id: 'a', x: 190, y: 50, r: 5, length: 6 }], frame)).toEqual([{ id: 'a', x: 182, y: 53.5, anchor: 'end' }]);
	});

	it('puts a name to the left when a more important one takes its right', () => {
		const placed = placeLabels(
			[
				{ id: 'first', x: 100, y: 50, r: 3, length: 8 },
				{ id: 'second', x: 104, y: 52, r: 3, length: 8 },
			],
			frame,
		);
		expect(placed.map((label) => [label.id, label.anchor])).toEqual([['first', 'start'], ['second', 'end']]);
	});

	it('puts a name above its marker when both sides are taken', () => {
		expect(placeLabels([{ id: 'a', x: 100, y: 50, r: 3, length: 4 }], { ...frame, obstacles: [[0, 45, 98, 55], [102, 45, 200, 55]] })).toEqual([{ id: 'a', x: 100, y: 41.5, anchor: 'middle' }]);
	});

	it('leaves out a name with no room around its marker', () => {
		expect(placeLabels([{ id: 'a', x: 100, y: 50, r: 3, length: 8 }], { ...frame, obstacles: [[0, 0, 98, 100], [102, 0, 200, 100]] })).toEqual([]);
	});

	it('shows the name of the page’s place even where it overlaps', () => {
		expect(placeLabels([{ id: 'a', x: 100, y: 50, r: 3, length: 8, always: true }], { ...frame, obstacles: [[0, 0, 98, 100], [102, 0, 200, 100]] })).toEqual([{ id: 'a', x: 106, y: 53.5, anchor: 'start' }]);
	});

	it('moves a centred name a line down to clear an obstacle', () => {
		const [label] = placeLabels([{ id: 'state', x: 100, y: 50, r: 0, length: 4, centred: true }], { ...frame, obstacles: [[90, 40, 110, 52]] });
		expect(label).toEqual({ id: 'state', x: 100, y: 65.5, anchor: 'middle' });
	});
});
