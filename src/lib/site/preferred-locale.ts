/** Picks the site language a browser prefers, if it prefers one of ours. */
import type { Locale } from '../../schemas/common.ts';

/** preferredLocale(["de-CH", "fr-FR", "en"]) → "fr"; preferredLocale(["de"]) → undefined. */
export function preferredLocale(languages: readonly string[]): Locale | undefined {
	for (const language of languages) {
		const primary = language.toLowerCase().split('-')[0];
		if (primary === 'fr' || primary === 'en') return primary;
	}
	return undefined;
}
