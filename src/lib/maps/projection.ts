/**
 * The region a map shows and its projection: a box of longitudes and latitudes, drawn with an
 * equal-area conic projection whose standard parallels suit the box, fitted to a width.
 */
import { geoConicEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import type { Polygon } from 'geojson';

/** A box of the globe in degrees: west, south, east, north. */
export interface Region {
	west: number;
	south: number;
	east: number;
	north: number;
}

/** A region projected to a width: the projection, clipped to the box [0, width] × [0, height]. */
export interface Frame {
	region: Region;
	width: number;
	height: number;
	projection: GeoProjection;
}

/**
 * The smallest region that holds some boxes and points, with a margin in degrees:
 * regionAround([{ west: 70, south: 40, east: 80, north: 45 }], [[117, 39]], 2) → { west: 68, south: 38, east: 119, north: 47 }.
 */
export function regionAround(boxes: Region[], points: [lon: number, lat: number][], margin: number): Region {
	const west = Math.min(...boxes.map((box) => box.west), ...points.map(([lon]) => lon));
	const east = Math.max(...boxes.map((box) => box.east), ...points.map(([lon]) => lon));
	const south = Math.min(...boxes.map((box) => box.south), ...points.map(([, lat]) => lat));
	const north = Math.max(...boxes.map((box) => box.north), ...points.map(([, lat]) => lat));
	return { west: Math.max(-180, west - margin), south: Math.max(-89, south - margin), east: Math.min(180, east + margin), north: Math.min(89, north + margin) };
}

/** The outline of a region, with its edges sampled so that they bend as the projection bends them. */
export function regionOutline({ west, south, east, north }: Region): Polygon {
	const steps = 24;
	const along = (from: [number, number], to: [number, number]) =>
		Array.from({ length: steps }, (_, step): [number, number] => [from[0] + ((to[0] - from[0]) * step) / steps, from[1] + ((to[1] - from[1]) * step) / steps]);
	// Clockwise on the sphere (d3's winding for a polygon smaller than a hemisphere): west edge up, north edge east…
	const ring = [...along([west, south], [west, north]), ...along([west, north], [east, north]), ...along([east, north], [east, south]), ...along([east, south], [west, south]), [west, south] as [number, number]];
	return { type: 'Polygon', coordinates: [ring] };
}

/**
 * The region projected to a width: an equal-area conic centred on it, with standard parallels at
 * a sixth of its height from each edge, so that areas (and markers' sizes) compare fairly.
 */
export function frameOf(region: Region, width: number): Frame {
	const outline = regionOutline(region);
	const projection = geoConicEqualArea()
		.parallels([region.south + (region.north - region.south) / 6, region.north - (region.north - region.south) / 6])
		.rotate([-(region.west + region.east) / 2, 0])
		.center([0, (region.south + region.north) / 2])
		.fitWidth(width, outline);
	const height = Math.ceil(geoPath(projection).bounds(outline)[1][1]);
	projection.clipExtent([
		[0, 0],
		[width, height],
	]);
	return { region, width, height, projection };
}

/** A point in the frame, rounded to a tenth of a unit: pointIn(frame, [76.89, 43.24]) → [201.3, 187.5]. */
export function pointIn(frame: Frame, [lon, lat]: [number, number]): [number, number] {
	const [x, y] = frame.projection([lon, lat]) ?? [Number.NaN, Number.NaN];
	return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}
