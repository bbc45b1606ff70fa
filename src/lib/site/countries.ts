/** Country names: the state actor of a country code when the atlas has one, else Intl's name. */
import type { Locale } from '../../schemas/common.ts';
import type { AtlasData } from './types.ts';

/** countryName(atlas, "KG", "fr") → "Kirghizistan"; countryName(atlas, "FR", "en") → "France". */
export function countryName(atlas: AtlasData, code: string | undefined, locale: Locale): string {
	if (!code) return '—';
	const state = atlas.actors.find((actor) => actor.kind === 'state' && actor.country === code);
	return state?.name[locale] ?? new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
}

/** The state actor of a country code, if the atlas has one. */
export function stateOf(atlas: AtlasData, code: string | undefined): string | undefined {
	return atlas.actors.find((actor) => actor.kind === 'state' && actor.country === code)?.id;
}
