import { describe, expect, it } from 'vitest';
import { actorSchema } from '../../../src/schemas/actor.ts';
import { issuesOf } from './issues.ts';

const wangYi = {
	kind: 'person',
	name: { fr: 'Wang Yi', en: 'Wang Yi' },
	aliases: ['Wang Yi', '王毅'],
	country: 'CN',
	roles: [{ fr: 'ministre chinois des Affaires étrangères', en: 'Chinese Minister of Foreign Affairs' }],
};

describe('actorSchema', () => {
	it('accepts a person with roles', () => {
		expect(issuesOf(actorSchema, wangYi)).toEqual([]);
	});

	it('accepts a state without roles, giving it an empty list', () => {
		const { roles, ...state } = { ...wangYi, kind: 'state', name: { fr: 'Chine', en: 'China' }, aliases: ['Chine'] };
		expect(actorSchema.parse(state).roles).toEqual([]);
	});

	it.each(['China', 'cn', 'CHN', ''])('rejects the country code "%s", on country', (country) => {
		expect(issuesOf(actorSchema, { ...wangYi, country })).toEqual([
			{ path: 'country', message: 'must be an ISO 3166-1 alpha-2 code such as "KG"' },
		]);
	});

	it('rejects an actor without aliases, on aliases', () => {
		expect(issuesOf(actorSchema, { ...wangYi, aliases: [] }).map((issue) => issue.path)).toEqual(['aliases']);
	});

	it('rejects a role without its English translation, on roles.N.en', () => {
		expect(issuesOf(actorSchema, { ...wangYi, roles: [...wangYi.roles, { fr: 'homologue' }] }).map((issue) => issue.path)).toEqual(['roles.1.en']);
	});

	it('rejects a name in one language only, on name.en', () => {
		expect(issuesOf(actorSchema, { ...wangYi, name: { fr: 'Wang Yi' } }).map((issue) => issue.path)).toEqual(['name.en']);
	});

	it('rejects a kind that is neither person nor state', () => {
		expect(issuesOf(actorSchema, { ...wangYi, kind: 'party' }).map((issue) => issue.path)).toEqual(['kind']);
	});
});
