/**
 * Which names a map can show without overlap: candidates in order of importance, each placed to
 * the right of its marker, else to its left, above or below (a state's name: centred, else a line
 * lower or higher), else left out. Text
 * widths are estimated from the number of characters, the map being drawn before any browser
 * measures it, so the estimate is generous.
 */

/** A name that could go on the map. */
export interface LabelCandidate {
	id: string;
	/** The point it names, and the radius of its marker (0 for a name centred on its point). */
	x: number;
	y: number;
	r: number;
	/** Its length in characters: the longest of its languages, so that both languages place the same labels. */
	length: number;
	/** Centred on the point (states' names) rather than beside a marker. */
	centred?: boolean;
	/** Width of one character in em: wider for capitals. */
	charWidth?: number;
	/** Shown even where it overlaps (the place a page is about), at its first position that stays inside the map. */
	always?: boolean;
}

/** A name placed on the map: its anchor point and which way the text runs from it. */
export interface PlacedLabel {
	id: string;
	x: number;
	y: number;
	anchor: 'start' | 'end' | 'middle';
}

/** A box in view box units: left, top, right, bottom. */
export type Box = [number, number, number, number];

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * Places the candidates that fit, in their order, at a font size, inside a width and height,
 * avoiding one another and the obstacles (markers):
 * placeLabels([{ id: "almaty", x: 200, y: 190, r: 5, length: 6 }], { fontSize: 13, width: 800, height: 430 })
 * → [{ id: "almaty", x: 208, y: 194.6, anchor: "start" }].
 */
export function placeLabels(candidates: LabelCandidate[], options: { fontSize: number; width: number; height: number; obstacles?: (Box & { id?: string })[] }): PlacedLabel[] {
	const { fontSize, width, height } = options;
	const taken: (Box & { id?: string })[] = [...(options.obstacles ?? [])];
	const placed: PlacedLabel[] = [];
	const gap = fontSize * 0.3;
	// The baseline sits a third of an em below the point, so that the text is centred on it.
	const baseline = (y: number) => Math.round((y + fontSize * 0.35) * 10) / 10;
	for (const candidate of candidates) {
		const textWidth = candidate.length * (candidate.charWidth ?? 0.58) * fontSize;
		const top = candidate.y - fontSize * 0.65;
		const bottom = candidate.y + fontSize * 0.55;
		// A centred name may move up or down by a line to clear a neighbour's.
		const options: [PlacedLabel, Box][] = candidate.centred
			? [0, 1.2, -1.2].map((shift): [PlacedLabel, Box] => [
					{ id: candidate.id, x: candidate.x, y: baseline(candidate.y + shift * fontSize), anchor: 'middle' },
					[candidate.x - textWidth / 2, top + shift * fontSize, candidate.x + textWidth / 2, bottom + shift * fontSize],
				])
			: [
					[{ id: candidate.id, x: Math.round((candidate.x + candidate.r + gap) * 10) / 10, y: baseline(candidate.y), anchor: 'start' }, [candidate.x + candidate.r + gap, top, candidate.x + candidate.r + gap + textWidth, bottom]],
					[{ id: candidate.id, x: Math.round((candidate.x - candidate.r - gap) * 10) / 10, y: baseline(candidate.y), anchor: 'end' }, [candidate.x - candidate.r - gap - textWidth, top, candidate.x - candidate.r - gap, bottom]],
					// Above, then below the marker.
					...[-1, 1].map((side): [PlacedLabel, Box] => {
						const centre = candidate.y + side * (candidate.r + gap + fontSize * 0.6);
						return [{ id: candidate.id, x: candidate.x, y: baseline(centre), anchor: 'middle' }, [candidate.x - textWidth / 2, centre - fontSize * 0.65, candidate.x + textWidth / 2, centre + fontSize * 0.55]];
					}),
				];
		const inside = ([left, top, right, bottom]: Box) => left >= 0 && top >= 0 && right <= width && bottom <= height;
		const fitting = options.find(([, box]) => inside(box) && !taken.some((other) => other.id !== candidate.id && overlaps(box, other))) ?? (candidate.always ? options.find(([, box]) => inside(box)) : undefined);
		if (!fitting) continue;
		placed.push(fitting[0]);
		taken.push(Object.assign([...fitting[1]] as Box, { id: candidate.id }));
	}
	return placed;
}
