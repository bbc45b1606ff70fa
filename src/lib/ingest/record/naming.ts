/** Names a meeting: its permanent id and, for texts without a title, a generated title. */
import { formatFuzzyDate } from '../dates/index.ts';
import type { GazetteerEntry } from '../gazetteer/index.ts';
import { fold } from '../text/index.ts';
import type { FuzzyDate } from '../../../schemas/date.ts';
import type { MeetingRecord } from '../../../schemas/meeting.ts';

/** An ASCII kebab slug: slugify("Nur-Sultan") → "nur-sultan"; slugify("Ürümqi") → "urumqi". */
export function slugify(text: string): string {
	return fold(text).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/**
 * The name of a place in force at a date, for a language: Astana in June 2022 was Nur-Sultan.
 * placeNameAt(astana, "2022-06", "en") → "Nur-Sultan"
 */
export function placeNameAt(place: GazetteerEntry, date: string, locale: 'fr' | 'en'): string {
	const former = (place.formerNames ?? [])
		.filter((entry) => date < entry.until)
		.sort((a, b) => a.until.localeCompare(b.until))[0];
	return (former?.name ?? place.name)[locale];
}

/** The permanent id of a meeting, from its date and place: meetingId("2022-06", "Nur-Sultan") → "2022-06-nur-sultan". */
export function meetingId(date: FuzzyDate, placeName: string): string {
	return `${date.value}-${slugify(placeName)}`;
}

/** Joins names the French way: joinFrench(["A", "B", "C"]) → "A, B et C". */
function joinFrench(names: string[]): string {
	return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} et ${names.at(-1)}`;
}

/**
 * A French title for a text that has none; a draft may lack its place or date.
 * generateTitle(["Wang Yi", "Jeenbek Kouloubaev"], "Almaty", date) → "Rencontre entre Wang Yi et Jeenbek Kouloubaev à Almaty (25 avril 2025)"
 */
export function generateTitle(participantNames: string[], placeName: string | undefined, date: Pick<MeetingRecord['date'], 'value' | 'precision'> | undefined): string {
	const who = participantNames.length >= 2 ? ` entre ${joinFrench(participantNames)}` : participantNames.length === 1 ? ` de ${participantNames[0]}` : '';
	return `Rencontre${who}${placeName ? ` à ${placeName}` : ''}${date ? ` (${formatFuzzyDate(date.value, date.precision, 'fr')})` : ''}`;
}
