import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { fr } from '../../../src/i18n/fr.ts';
import { pluralOf, useTranslations } from '../../../src/i18n/translate.ts';
import { preferredLocale } from '../../../src/lib/site/preferred-locale.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((found) => found[1]).sort();

describe('the UI dictionaries', () => {
	it('have the same keys in both languages', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
	});

	it('have no empty string and the same placeholders in both languages', () => {
		for (const key of Object.keys(fr) as (keyof typeof fr)[]) {
			expect(fr[key].trim(), key).not.toBe('');
			expect(en[key].trim(), key).not.toBe('');
			expect(placeholders(en[key]), key).toEqual(placeholders(fr[key]));
		}
	});

	it('fill placeholders and leave unknown ones', () => {
		const t = useTranslations('en');
		expect(t('count.meetings.other', { count: 3 })).toBe('3 meetings');
		expect(t('count.meetings.other')).toBe('{count} meetings');
	});

	it('choose the plural form of each language', () => {
		expect([0, 1, 2].map((count) => pluralOf('fr', count))).toEqual(['one', 'one', 'other']);
		expect([0, 1, 2].map((count) => pluralOf('en', count))).toEqual(['other', 'one', 'other']);
	});
});

describe('preferredLocale', () => {
	it('takes the first of our languages among the browser’s, ignoring regions and case', () => {
		expect(preferredLocale(['de-CH', 'EN-gb', 'fr'])).toBe('en');
		expect(preferredLocale(['fr-CA'])).toBe('fr');
		expect(preferredLocale(['de', 'ru'])).toBeUndefined();
	});
});
