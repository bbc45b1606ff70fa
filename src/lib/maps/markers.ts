/**
 * Markers of places on a map: sized by their number of meetings (the area grows with the count,
 * as a reader compares areas), and grouped when they would sit on one another, so that a map of
 * hundreds of places stays legible and its links stay few.
 */

/** A place on the map, in view box units. */
export interface PlacePoint {
	id: string;
	x: number;
	y: number;
	/** Meetings held there (0 for a place the texts only mention). */
	meetings: number;
}

/** Places drawn as one marker: one place, or several close ones grouped. */
export interface PlaceGroup {
	/** The places, most meetings first. */
	ids: string[];
	/** The meetings-weighted centre of the places. */
	x: number;
	y: number;
	meetings: number;
}

/**
 * The radius of a meeting marker: area proportional to the count, 5 units for one meeting, scaled
 * down so that the largest stays under `maxRadius`, and never under 3 units.
 * radiusScale(4)(1) → 5; radiusScale(100, 16)(100) → 16.
 */
export function radiusScale(maxMeetings: number, maxRadius = 16): (meetings: number) => number {
	const unit = Math.min(5, maxRadius / Math.sqrt(Math.max(1, maxMeetings)));
	return (meetings) => Math.round(Math.max(3, unit * Math.sqrt(meetings)) * 10) / 10;
}

/**
 * Groups places that lie within `distance` units of a group's first (largest) place, largest
 * first, ties by id, so that the same places always give the same groups.
 * groupPlaces([{ id: "a", x: 0, y: 0, meetings: 3 }, { id: "b", x: 4, y: 0, meetings: 1 }], 10)
 * → [{ ids: ["a", "b"], x: 1, y: 0, meetings: 4 }].
 */
export function groupPlaces(places: PlacePoint[], distance: number): PlaceGroup[] {
	const sorted = [...places].sort((a, b) => b.meetings - a.meetings || a.id.localeCompare(b.id));
	const groups: { seed: PlacePoint; members: PlacePoint[] }[] = [];
	for (const place of sorted) {
		const group = groups.find(({ seed }) => Math.hypot(seed.x - place.x, seed.y - place.y) < distance);
		if (group) group.members.push(place);
		else groups.push({ seed: place, members: [place] });
	}
	return groups.map(({ members }) => {
		const meetings = members.reduce((total, member) => total + member.meetings, 0);
		// Places without meetings would weigh nothing: they count as one each.
		const weight = (member: PlacePoint) => (meetings > 0 ? member.meetings : 1);
		const total = members.reduce((sum, member) => sum + weight(member), 0);
		const centre = (axis: 'x' | 'y') => Math.round((members.reduce((sum, member) => sum + member[axis] * weight(member), 0) / total) * 10) / 10;
		return { ids: members.map((member) => member.id), x: centre('x'), y: centre('y'), meetings };
	});
}
