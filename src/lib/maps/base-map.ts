/**
 * The base map of a region: land, borders and the states of the atlas, projected, clipped to the
 * region and simplified for its size, as SVG path data. It is the same for every page and both
 * languages, so the site computes it once per region and size (lib/site/maps.ts).
 */
import { geoBounds, geoPath } from 'd3-geo';
import type { Feature, GeometryObject as GeoJsonGeometry } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { featuresOf } from './country-codes.ts';
import { drawPathData } from './path-string.ts';
import { frameOf, type Frame, type Region } from './projection.ts';

/** Natural Earth's countries as world-atlas ships them: one geometry per country, its ISO numeric code as id. */
export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** A state of the atlas as the map draws it: shaded, with a point for its label. */
export interface MapState {
	/** ISO 3166-1 alpha-2: "KG". */
	code: string;
	/** Path data of its territory. */
	path: string;
	/** Where its name goes: the centroid of its largest part in the frame, in view box units. */
	labelAt: [number, number];
	/** The width of that part in the frame, so that a name wider than its state can be placed with care. */
	span: number;
}

/** The drawing of a region: what every map of it shares. */
export interface BaseMap {
	frame: Frame;
	/** Every land, merged: the coastlines. */
	land: string;
	/** International borders, each drawn once. */
	borders: string;
	/** The states the atlas is about, shaded. */
	states: MapState[];
}

/** The features of some countries of the topology, by their alpha-2 codes: CN brings China, Hong Kong and Macao. */
function geometriesOf(topology: CountriesTopology, codes: readonly string[]) {
	const wanted = new Set(codes.flatMap((code) => featuresOf(code)));
	return topology.objects.countries.geometries.filter((geometry) => geometry.id !== undefined && wanted.has(String(geometry.id)));
}

/** The boxes of some states' territories: statesBoxes(topology, ["KG"]) → [{ west: 69.2, south: 39.2, east: 80.2, north: 43.2 }]. */
export function statesBoxes(topology: CountriesTopology, codes: readonly string[]): Region[] {
	return geometriesOf(topology, codes).map((geometry) => {
		const [[west, south], [east, north]] = geoBounds(feature(topology, geometry) as Feature);
		return { west, south, east, north };
	});
}

/**
 * Draws the base map of a region at a width. Simplification is Visvalingam's (topojson-simplify),
 * with each point's weight measured in the map's own square units, so that what is removed is
 * what would not show at this size; it works on the topology's shared arcs, so neighbours keep a
 * common border. `minArea` is the smallest triangle kept, in square view box units.
 */
export function drawBaseMap(topology: CountriesTopology, region: Region, width: number, states: readonly string[], minArea = 2): BaseMap {
	const frame = frameOf(region, width);
	const { projection } = frame;
	// A point's weight is the area, on the map, of the triangle it makes with its neighbours.
	const simplified = simplify(
		presimplify(topology, ([a, b, c]) => {
			const [pa, pb, pc] = [projection(a), projection(b), projection(c)];
			if (!pa || !pb || !pc) return 0;
			return Math.abs((pa[0] - pc[0]) * (pb[1] - pa[1]) - (pa[0] - pb[0]) * (pc[1] - pa[1])) / 2;
		}),
		minArea,
	) as CountriesTopology;
	const countries = simplified.objects.countries;
	const path = geoPath(projection);
	return {
		frame,
		land: drawPathData(projection, merge(simplified, countries.geometries as never)),
		borders: drawPathData(projection, mesh(simplified, countries, (a, b) => a !== b)),
		states: states.flatMap((code) => {
			const shape = merge(simplified, geometriesOf(simplified, [code]) as never);
			const drawn = drawPathData(projection, shape);
			if (!drawn) return [];
			// The label goes on the largest part: China's mainland, not Hainan or Hong Kong.
			const parts = shape.coordinates.map((polygon): GeoJsonGeometry => ({ type: 'Polygon', coordinates: polygon }));
			const largest = parts.reduce((best, part) => (path.area(part) > path.area(best) ? part : best));
			const [[x0], [x1]] = path.bounds(largest);
			const [x, y] = path.centroid(largest);
			return [{ code, path: drawn, labelAt: [Math.round(x), Math.round(y)] as [number, number], span: Math.round(x1 - x0) }];
		}),
	};
}
