import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { fr, type UiKey } from '../../../src/i18n/fr.ts';
import { pluralOf, useTranslations } from '../../../src/i18n/translate.ts';

const keys = Object.keys(fr) as UiKey[];
const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((found) => found[1]));

describe('the UI dictionaries', () => {
	it('have exactly the same keys in English as in French', () => {
		expect(Object.keys(en).sort()).toEqual([...keys].sort());
	});

	it('have no empty value', () => {
		for (const key of keys) {
			expect(fr[key].trim(), `fr ${key}`).not.toBe('');
			expect(en[key].trim(), `en ${key}`).not.toBe('');
		}
	});

	it('have the same placeholders in both languages', () => {
		for (const key of keys) {
			expect(placeholders(en[key]), key).toEqual(placeholders(fr[key]));
		}
	});

	it('have a one and an other form for every counted string', () => {
		for (const key of keys.filter((candidate) => candidate.endsWith('.one'))) {
			expect(keys, key).toContain(key.replace(/\.one$/, '.other'));
		}
	});
});

describe('useTranslations', () => {
	it('looks up a string in the locale', () => {
		expect(useTranslations('fr')('nav.timeline')).toBe('Chronologie');
		expect(useTranslations('en')('nav.timeline')).toBe('Timeline');
	});

	it('fills every placeholder given', () => {
		expect(useTranslations('en')('count.meetings.other', { count: 2 })).toBe('2 meetings');
		expect(useTranslations('fr')('search.results.other', { count: 3, query: 'Almaty' })).toBe('3 résultats pour « Almaty »');
		expect(useTranslations('en')('statement.and', { first: 'China', last: 'Kyrgyzstan' })).toBe('China and Kyrgyzstan');
	});

	it('fills a placeholder with zero or an empty string', () => {
		expect(useTranslations('fr')('count.meetings.one', { count: 0 })).toBe('0 rencontre');
		expect(useTranslations('en')('meeting.writtenAs', { name: '' })).toBe('written “”');
	});

	it('leaves placeholders it has no value for', () => {
		expect(useTranslations('en')('count.meetings.other')).toBe('{count} meetings');
		expect(useTranslations('fr')('search.results.other', { count: 3 })).toBe('3 résultats pour « {query} »');
	});

	it('ignores values no placeholder asks for', () => {
		expect(useTranslations('en')('nav.home', { count: 1 })).toBe('Home');
	});
});

describe('pluralOf', () => {
	it('treats 0 and 1 as singular in French', () => {
		expect(pluralOf('fr', 0)).toBe('one');
		expect(pluralOf('fr', 1)).toBe('one');
		expect(pluralOf('fr', 2)).toBe('other');
	});

	it('treats only 1 as singular in English', () => {
		expect(pluralOf('en', 0)).toBe('other');
		expect(pluralOf('en', 1)).toBe('one');
		expect(pluralOf('en', 2)).toBe('other');
	});

	it('picks the counted string to use with useTranslations', () => {
		const t = useTranslations('en');
		expect(t(`count.meetings.${pluralOf('en', 1)}`, { count: 1 })).toBe('1 meeting');
		expect(t(`count.meetings.${pluralOf('en', 0)}`, { count: 0 })).toBe('0 meetings');
	});
});
