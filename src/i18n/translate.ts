/** Looks up UI strings for a locale and fills their {placeholders}. */
import type { Locale } from '../schemas/common.ts';
import { en } from './en.ts';
import { fr, type UiKey } from './fr.ts';

const dictionaries: Record<Locale, Record<UiKey, string>> = { fr, en };

/** A translator for one locale: useTranslations("en")("home.meetingCount", { count: 2 }) → "2 meetings". */
export function useTranslations(locale: Locale) {
	return (key: UiKey, values: Record<string, string | number> = {}): string =>
		dictionaries[locale][key].replace(/\{(\w+)\}/g, (placeholder, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : placeholder));
}

/** The plural category of a count in a locale: pluralOf("fr", 1) → "one"; pluralOf("en", 0) → "other". */
export function pluralOf(locale: Locale, count: number): 'one' | 'other' {
	return new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
}

/** A translator's type, for components that receive one. */
export type Translate = ReturnType<typeof useTranslations>;
