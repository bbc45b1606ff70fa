/** Country names: the state actor of a country code when the atlas has one, else Intl's name. */
import type { Locale } from '../../schemas/common.ts';
import type { Atlas } from '../atlas.ts';

/** countryName(atlas, "KG", "fr") → "Kirghizistan"; countryName(atlas, "FR", "en") → "France". */
export function countryName(atlas: Atlas, code: string | undefined, locale: Locale): string {
	if (!code) return '—';
	const state = atlas.stateOf.get(code);
	return state?.name[locale] ?? new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
}

/** The state actor of a country code, if the atlas has one. */
export function stateOf(atlas: Atlas, code: string | undefined): string | undefined {
	return code === undefined ? undefined : atlas.stateOf.get(code)?.id;
}
