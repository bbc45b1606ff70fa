/**
 * SVG path data for map geometry, as short as it can be: coordinates rounded to whole units of
 * the map's view box, relative commands after the first point, repeated points dropped, and rings
 * smaller than a few square units (islets at this scale) left out. Fed by d3-geo's geoPath as its
 * drawing context.
 */
import { geoPath, type GeoContext, type GeoPermissibleObjects, type GeoStreamWrapper } from 'd3-geo';

type Point = [number, number];

/** A geoPath context that writes compact path data, and its result. */
function compactPath(minRingArea: number): GeoContext & { result(): string } {
	const parts: string[] = [];
	let line: Point[] = [];
	let last: Point = [0, 0];
	// Writes the current line, or drops it when it is a ring too small to see.
	const flush = (closed: boolean) => {
		const points = line;
		line = [];
		if (points.length < 2 || (closed && (points.length < 3 || ringArea(points) < minRingArea))) return;
		let data = '';
		for (const [index, [x, y]] of points.entries()) {
			data += index === 0 ? `M${x} ${y}` : `l${x - last[0]} ${y - last[1]}`;
			last = [x, y];
		}
		parts.push(closed ? `${data}z` : data);
	};
	return {
		moveTo(x, y) {
			flush(false);
			line.push([Math.round(x), Math.round(y)]);
		},
		lineTo(x, y) {
			const point: Point = [Math.round(x), Math.round(y)];
			const previous = line.at(-1);
			if (!previous || previous[0] !== point[0] || previous[1] !== point[1]) line.push(point);
		},
		closePath() {
			flush(true);
		},
		// geoPath draws Point geometries as arcs; maps draw their markers themselves.
		arc() {},
		beginPath() {},
		result() {
			flush(false);
			// "l3 -2" → "l3-2": a minus sign separates numbers by itself.
			return parts.join('').replaceAll(' -', '-');
		},
	};
}

/** The area of a ring of points, in square units. */
function ringArea(ring: Point[]): number {
	let twice = 0;
	for (let index = 0; index < ring.length; index++) {
		const [ax, ay] = ring[index]!;
		const [bx, by] = ring[(index + 1) % ring.length]!;
		twice += ax * by - bx * ay;
	}
	return Math.abs(twice) / 2;
}

/**
 * The path data of a geographic object in a projection, rings under `minRingArea` square units
 * left out: drawPathData(projection, kyrgyzstan) → "M201 187l4-1…z".
 */
export function drawPathData(projection: GeoStreamWrapper, object: GeoPermissibleObjects, minRingArea = 4): string {
	const context = compactPath(minRingArea);
	geoPath(projection, context)(object);
	return context.result();
}
