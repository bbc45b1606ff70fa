/**
 * The maps of the pages, as view models that MapFigure.astro only renders: the home map (every
 * place of the atlas), a place's locator (that place among the others) and a meeting's locator.
 * Pure over the atlas and a base map; the layout (markers, groups, which names fit) is computed
 * from the names in every language, so that the French and English maps differ only in their words.
 */
import type { Atlas } from '../atlas.ts';
import { entryOf } from '../atlas.ts';
import type { BaseMap } from '../maps/base-map.ts';
import { placeLabels, type Box, type LabelCandidate } from '../maps/labels.ts';
import { groupPlaces, radiusScale, type PlaceGroup } from '../maps/markers.ts';
import { pointIn } from '../maps/projection.ts';
import { pluralOf, type Translate } from '../../i18n/translate.ts';
import type { Locale } from '../../schemas/common.ts';
import { countryName } from './countries.ts';
import { joinNames, meetingPlaceName } from './names.ts';
import type { PageRef } from './paths.ts';

/** How a marker is drawn: a meeting place, a place only mentioned, close places grouped, or the place of the page. */
export type MarkerKind = 'meeting' | 'mentioned' | 'group' | 'current';

/** A marker: a link to its place (a group's: to the list of places), with its accessible name. */
export interface MapMarker {
	kind: MarkerKind;
	x: number;
	y: number;
	/** Radius, or half the diagonal of a mentioned place's diamond. */
	r: number;
	page: PageRef;
	label: string;
}

/** Where labels show: on wide, medium or narrow screens (larger and fewer as the map shrinks), or always. */
export type LabelTier = 'wide' | 'medium' | 'narrow' | 'all';

/** A name on the map. */
export interface MapLabel {
	kind: 'state' | 'place';
	tier: LabelTier;
	text: string;
	x: number;
	y: number;
	anchor: 'start' | 'end' | 'middle';
	fontSize: number;
}

/** A map as the page shows it. */
export interface MapView {
	/** The map's kind, which also prefixes its element ids. */
	kind: 'home' | 'place' | 'meeting';
	width: number;
	height: number;
	land: string;
	borders: string;
	states: { code: string; path: string }[];
	/** Markers, drawn in this order (largest first, the page's place last, so on top). */
	markers: MapMarker[];
	labels: MapLabel[];
	title: string;
	description: string;
	/** What the legend explains: the kinds of markers present. */
	legend: MarkerKind[];
}

/**
 * The font sizes of each tier, in view box units, for a map 800 units wide: the map is drawn at
 * the width of the page, so a unit is 1.2 px on a wide screen and 0.36 px at 320 px (global.css
 * switches tiers at 48rem and 30rem); each tier keeps names between about 11 and 18 px.
 */
const tiers: { tier: LabelTier; place: number; state: number }[] = [
	{ tier: 'wide', place: 13, state: 11 },
	{ tier: 'medium', place: 20, state: 16 },
	{ tier: 'narrow', place: 32, state: 26 },
];

/**
 * Close places are grouped under this distance, in view box units of a map 800 wide: about the
 * diameter of a large marker, so that markers of a crowded region touch rather than pile up.
 */
const groupDistance = 24;

/** The states the maps shade: the atlas's state actors and the countries of its places, in code order. */
export function statesOfAtlas(atlas: Atlas): string[] {
	return [...new Set([...atlas.stateOf.keys(), ...atlas.places.flatMap((place) => (place.country ? [place.country] : []))])].sort();
}

/** Every place's coordinates, [lon, lat], so that the maps' region holds them all. */
export function placePoints(atlas: Atlas): [number, number][] {
	return atlas.places.map((place) => [place.coordinates.lon, place.coordinates.lat]);
}

const meetingsAtPlace = (atlas: Atlas, id: string) => atlas.meetingsAt.get(id)?.length ?? 0;

/** The label of a marker: "Almaty, 1 meeting", "Tianjin, mentioned, no meeting". */
function markerLabel(atlas: Atlas, ids: string[], locale: Locale, t: Translate, name?: string): string {
	const first = name ?? entryOf(atlas, 'places', ids[0]!).name[locale];
	const meetings = ids.reduce((total, id) => total + meetingsAtPlace(atlas, id), 0);
	if (ids.length > 1) return t('map.marker.group', { name: first, others: t(`map.others.${pluralOf(locale, ids.length - 1)}`, { count: ids.length - 1 }), meetings: t(`count.meetings.${pluralOf(locale, meetings)}`, { count: meetings }) });
	if (meetings === 0) return t('map.marker.mentioned', { name: first });
	return t('map.marker.meetings', { name: first, meetings: t(`count.meetings.${pluralOf(locale, meetings)}`, { count: meetings }) });
}

/** The longest of a place's names across languages, in characters. */
const longest = (names: Record<Locale, string>) => Math.max(names.fr.length, names.en.length);

/** What every map of a base shares: its size, land, borders and states. */
function baseOf(base: BaseMap) {
	return { width: base.frame.width, height: base.frame.height, land: base.land, borders: base.borders, states: base.states.map(({ code, path }) => ({ code, path })) };
}

/** The labels of every tier: places' names first, then states' names where they still fit (a line lower or higher if need be). */
function labelsOf(atlas: Atlas, base: BaseMap, places: { id: string; x: number; y: number; r: number; names: Record<Locale, string>; always?: boolean }[], markers: MapMarker[], locale: Locale, tierList = tiers): MapLabel[] {
	const scale = base.frame.width / 800;
	const { width, height } = base.frame;
	const obstacles = markers.map((marker, index): Box & { id?: string } => Object.assign([marker.x - marker.r, marker.y - marker.r, marker.x + marker.r, marker.y + marker.r] as Box, { id: `marker-${index}` }));
	const states = base.states.map((state) => ({ state, names: { fr: countryName(atlas, state.code, 'fr'), en: countryName(atlas, state.code, 'en') } }));
	const byId = new Map(places.map((place) => [place.id, place]));
	return tierList.flatMap(({ tier, place: placeSize, state: stateSize }) => {
		const placeFont = Math.round(placeSize * scale);
		const stateFont = Math.round(stateSize * scale);
		const placeCandidates: LabelCandidate[] = places.map((place) => ({ id: `place ${place.id}`, x: place.x, y: place.y, r: place.r, length: longest(place.names), always: place.always }));
		const stateCandidates: LabelCandidate[] = states.map(({ state, names }) => ({ id: `state ${state.code}`, x: state.labelAt[0], y: state.labelAt[1], r: 0, length: longest(names), centred: true, charWidth: 0.75 }));
		const groups: [LabelCandidate[], number][] = [[placeCandidates, placeFont], [stateCandidates, stateFont]];
		const taken: (Box & { id?: string })[] = [...obstacles];
		const labels: MapLabel[] = [];
		for (const [candidates, fontSize] of groups) {
			for (const label of placeLabels(candidates, { fontSize, width, height, obstacles: taken })) {
				const candidate = candidates.find((candidate) => candidate.id === label.id)!;
				const textWidth = candidate.length * (candidate.charWidth ?? 0.58) * fontSize;
				const left = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - textWidth : label.x - textWidth / 2;
				taken.push([left, label.y - fontSize, left + textWidth, label.y + fontSize * 0.3]);
				const kind = label.id.startsWith('state ') ? 'state' : 'place';
				const id = label.id.slice(kind.length + 1);
				const text = kind === 'state' ? states.find(({ state }) => state.code === id)!.names[locale] : byId.get(id)!.names[locale];
				labels.push({ kind, tier, text, x: label.x, y: label.y, anchor: label.anchor, fontSize });
			}
		}
		// States' names under places' in the drawing, whatever order they were placed in.
		return labels.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'state' ? -1 : 1));
	});
}

/** The markers of the atlas's places but one: meeting places grouped when close, mentioned places apart. */
function placeMarkers(atlas: Atlas, base: BaseMap, locale: Locale, t: Translate, except?: string) {
	const scale = base.frame.width / 800;
	const points = atlas.places
		.filter((place) => place.id !== except)
		.map((place) => {
			const [x, y] = pointIn(base.frame, [place.coordinates.lon, place.coordinates.lat]);
			return { id: place.id, x, y, meetings: meetingsAtPlace(atlas, place.id) };
		});
	const groups = groupPlaces(points.filter((point) => point.meetings > 0), groupDistance * scale);
	const radius = radiusScale(Math.max(1, ...groups.map((group) => group.meetings)), 14 * scale);
	const mentioned: PlaceGroup[] = points.filter((point) => point.meetings === 0).map((point) => ({ ids: [point.id], x: point.x, y: point.y, meetings: 0 }));
	// Larger markers first, so that smaller ones stay visible and clickable on top of them.
	const markers = [
		...groups.map((group) => ({ group, marker: { kind: group.ids.length > 1 ? 'group' : 'meeting', x: group.x, y: group.y, r: radius(group.meetings), page: group.ids.length > 1 ? { kind: 'places' } : { kind: 'place', id: group.ids[0]! }, label: markerLabel(atlas, group.ids, locale, t) } as MapMarker })),
		...mentioned.map((group) => ({ group, marker: { kind: 'mentioned', x: group.x, y: group.y, r: 5 * scale, page: { kind: 'place', id: group.ids[0]! }, label: markerLabel(atlas, group.ids, locale, t) } as MapMarker })),
	].sort((a, b) => b.marker.r - a.marker.r);
	// Each marker is named by its largest place; a group's name says how many more it holds.
	const named = markers.map(({ group, marker }) => {
		const place = entryOf(atlas, 'places', group.ids[0]!);
		const more = group.ids.length - 1;
		const names = more > 0 ? { fr: `${place.name.fr} +${more}`, en: `${place.name.en} +${more}` } : place.name;
		return { id: group.ids.join(' '), x: marker.x, y: marker.y, r: marker.r, names, meetings: group.meetings };
	});
	// Labels go to meeting places first, most meetings first, then to mentioned places.
	const labelOrder = [...named].sort((a, b) => b.meetings - a.meetings || b.r - a.r || a.id.localeCompare(b.id));
	return { markers: markers.map(({ marker }) => marker), labelOrder };
}

/** The kinds of markers a map shows, in the legend's order. */
const legendOf = (markers: MapMarker[]): MarkerKind[] => (['current', 'meeting', 'group', 'mentioned'] as const).filter((kind) => markers.some((marker) => marker.kind === kind));

/** A list of names for a description, the first ten and how many more: "A, B et 3 autres". */
function someNames(names: string[], locale: Locale, t: Translate): string {
	return names.length > 10 ? t('map.andMore', { names: names.slice(0, 10).join(', '), count: names.length - 10 }) : joinNames(names, locale);
}

/** The places of the atlas, those with most meetings first, then by name: the map's text equivalent. */
export function placesByMeetings(atlas: Atlas, locale: Locale): { id: string; meetings: number }[] {
	return atlas.places
		.map((place) => ({ id: place.id, name: place.name[locale], meetings: meetingsAtPlace(atlas, place.id) }))
		.sort((a, b) => b.meetings - a.meetings || a.name.localeCompare(b.name, locale))
		.map(({ id, meetings }) => ({ id, meetings }));
}

/** The home page's map: every place of the atlas on the states it is about. */
export function homeMap(atlas: Atlas, base: BaseMap, locale: Locale, t: Translate): MapView {
	const { markers, labelOrder } = placeMarkers(atlas, base, locale, t);
	const ranked = placesByMeetings(atlas, locale).map(({ id, meetings }) => ({ place: entryOf(atlas, 'places', id), count: meetings }));
	const meetingPlaces = ranked.filter(({ count }) => count > 0).map(({ place, count }) => `${place.name[locale]} (${t(`count.meetings.${pluralOf(locale, count)}`, { count })})`);
	const mentioned = ranked.filter(({ count }) => count === 0).map(({ place }) => place.name[locale]);
	return {
		kind: 'home',
		...baseOf(base),
		markers,
		labels: labelsOf(atlas, base, labelOrder, markers, locale),
		title: t('map.home.title'),
		description: [
			t('map.home.description', { states: joinNames(base.states.map((state) => countryName(atlas, state.code, locale)), locale) }),
			meetingPlaces.length > 0 ? t('map.home.meetingPlaces', { places: someNames(meetingPlaces, locale, t) }) : '',
			mentioned.length > 0 ? t('map.home.mentioned', { places: someNames(mentioned, locale, t) }) : '',
		].filter(Boolean).join(' '),
		legend: legendOf(markers),
	};
}

/** A place's locator: the place marked among the other places of the atlas. */
export function placeMap(atlas: Atlas, base: BaseMap, placeId: string, locale: Locale, t: Translate): MapView {
	const place = entryOf(atlas, 'places', placeId);
	const { markers, labelOrder } = placeMarkers(atlas, base, locale, t, placeId);
	const [x, y] = pointIn(base.frame, [place.coordinates.lon, place.coordinates.lat]);
	const current: MapMarker = { kind: 'current', x, y, r: 7 * (base.frame.width / 800), page: { kind: 'place', id: placeId }, label: markerLabel(atlas, [placeId], locale, t) };
	const all = [...markers, current];
	return {
		kind: 'place',
		...baseOf(base),
		markers: all,
		labels: labelsOf(atlas, base, [{ id: placeId, x, y, r: current.r, names: place.name, always: true }, ...labelOrder], all, locale),
		title: t('map.place.title', { name: place.name[locale] }),
		description: t(place.country ? 'map.place.description' : 'map.place.descriptionNoCountry', { name: place.name[locale], country: countryName(atlas, place.country, locale) }),
		legend: legendOf(all),
	};
}

/** A meeting's locator: its place alone; undefined when the venue is not a place of the atlas (a country, none). */
export function meetingMap(atlas: Atlas, base: BaseMap, meetingId: string, locale: Locale, t: Translate): MapView | undefined {
	const { record } = entryOf(atlas, 'meetings', meetingId);
	const placeId = record.place?.id;
	if (!placeId) return undefined;
	const place = entryOf(atlas, 'places', placeId);
	const names = { fr: meetingPlaceName(atlas, record, 'fr')!, en: meetingPlaceName(atlas, record, 'en')! };
	const [x, y] = pointIn(base.frame, [place.coordinates.lon, place.coordinates.lat]);
	const scale = base.frame.width / 800;
	const current: MapMarker = { kind: 'current', x, y, r: 7 * scale * 2, page: { kind: 'place', id: placeId }, label: markerLabel(atlas, [placeId], locale, t, names[locale]) };
	return {
		kind: 'meeting',
		...baseOf(base),
		markers: [current],
		// A small map shows one size of names: large enough to read at a third of a page's width.
		labels: labelsOf(atlas, base, [{ id: placeId, x, y, r: current.r, names, always: true }], [current], locale, [{ tier: 'all', place: 32, state: 24 }]),
		title: t('map.meeting.title', { name: names[locale] }),
		description: t(place.country ? 'map.place.description' : 'map.place.descriptionNoCountry', { name: names[locale], country: countryName(atlas, place.country, locale) }),
		legend: [],
	};
}
