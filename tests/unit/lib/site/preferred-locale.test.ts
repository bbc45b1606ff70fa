import { describe, expect, it } from 'vitest';
import { preferredLocale } from '../../../../src/lib/site/preferred-locale.ts';

describe('preferredLocale', () => {
	it('takes the first of our languages in the browser’s order', () => {
		expect(preferredLocale(['fr', 'en'])).toBe('fr');
		expect(preferredLocale(['en', 'fr'])).toBe('en');
		expect(preferredLocale(['de-CH', 'fr-FR', 'en'])).toBe('fr');
	});

	it('ignores region and script subtags', () => {
		expect(preferredLocale(['en-GB'])).toBe('en');
		expect(preferredLocale(['fr-CA'])).toBe('fr');
		expect(preferredLocale(['fr-Latn-BE'])).toBe('fr');
	});

	it('ignores case', () => {
		expect(preferredLocale(['EN-us'])).toBe('en');
		expect(preferredLocale(['FR'])).toBe('fr');
	});

	it('does not take a language that only starts like ours', () => {
		expect(preferredLocale(['fri', 'enm', 'en'])).toBe('en');
		expect(preferredLocale(['fy-NL'])).toBeUndefined();
	});

	it('is undefined when none of our languages is there', () => {
		expect(preferredLocale(['de', 'ru-RU'])).toBeUndefined();
		expect(preferredLocale([])).toBeUndefined();
	});
});
