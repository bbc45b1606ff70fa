/** The place field: the venue's city and country; and the ISO code of a country name as written. */
import type { Gazetteer } from '../../ingest/gazetteer/index.ts';
import type { GroundTruth } from '../ground-truth.ts';
import type { FieldScore, MentionUnderTest, RecordUnderTest } from '../record-under-test.ts';
import { entryOf, foldName, mean, spellingsOf } from './matching.ts';

/** Every two-letter code Intl names, for the reverse lookup of French and English country names. */
function intlCountryNames(): Map<string, string> {
	const names = new Map<string, string>();
	const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
	for (const locale of ['fr', 'en']) {
		const display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
		for (const first of letters) {
			for (const second of letters) {
				const code = first + second;
				let name: string | undefined;
				try {
					name = display.of(code);
				} catch {
					name = undefined;
				}
				if (name) names.set(foldName(name), code);
			}
		}
	}
	return names;
}

let intlNames: Map<string, string> | undefined;

/**
 * The ISO code of a country name as written, through the gazetteer's states (every alias) and
 * then Intl's French and English names: countryCode("Kirghizstan", gazetteer) → "KG" when the
 * state entry lists that spelling; countryCode("Chine") → "CN".
 */
export function countryCode(name: string, gazetteer?: Gazetteer): string | undefined {
	const folded = foldName(name);
	const state = gazetteer?.entries.find((entry) => entry.collection === 'actors' && entry.kind === 'state' && spellingsOf({ name: entry.name.fr }, entry).some((alias) => foldName(alias) === folded));
	if (state?.country) return state.country;
	intlNames ??= intlCountryNames();
	return intlNames.get(folded);
}

/** The country of a place: its own, else its entry's, else that of the country it names. */
export function placeCountry(place: MentionUnderTest, gazetteer: Gazetteer | undefined): string | undefined {
	return place.country ?? entryOf(gazetteer, 'places', place.id)?.country ?? countryCode(place.name, gazetteer);
}

/** The mean of the city part and, when the truth ties the city to a country, the country part. */
export function scorePlace(record: RecordUnderTest, truth: GroundTruth, gazetteer: Gazetteer | undefined): FieldScore {
	const place = record.place ?? undefined;
	if (truth.place === null) {
		return place ? { score: 0, explanation: `the text states no venue, the record gives "${place.name}"` } : { score: 1, explanation: 'no venue, as in the truth' };
	}
	const expected = [truth.place.city, truth.place.country].filter((part) => part !== null).join(', ');
	if (!place) return { score: 0, explanation: `no place; expected ${expected}` };
	const parts: number[] = [];
	const notes: string[] = [];
	const namesCountry = countryCode(place.name, gazetteer) !== undefined;
	if (truth.place.city !== null) {
		const city = foldName(truth.place.city);
		const isRight = spellingsOf(place, entryOf(gazetteer, 'places', place.id)).some((spelling) => foldName(spelling) === city);
		parts.push(isRight ? 1 : 0);
		notes.push(isRight ? `city "${place.name}"` : `city "${place.name}", expected "${truth.place.city}"`);
	} else {
		parts.push(namesCountry ? 1 : 0);
		notes.push(namesCountry ? `country only, "${place.name}"` : `"${place.name}" is not the country only ("${truth.place.country}")`);
	}
	if (truth.place.country !== null) {
		const expectedCode = countryCode(truth.place.country, gazetteer);
		const code = placeCountry(place, gazetteer);
		const isRight = expectedCode !== undefined && code === expectedCode;
		parts.push(isRight ? 1 : 0);
		notes.push(isRight ? `country ${code}` : `country ${code ?? 'unknown'}, expected ${expectedCode ?? truth.place.country}`);
	}
	return { score: mean(parts), explanation: notes.join('; ') };
}
