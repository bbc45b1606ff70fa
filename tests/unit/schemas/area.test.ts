import { describe, expect, it } from 'vitest';
import { createAreaSchema } from '../../../src/schemas/area.ts';
import { issuesOf, referenceTo } from './issues.ts';

const areaSchema = createAreaSchema(referenceTo({ areas: ['health', 'infrastructure'] }));

const health = { kind: 'field', name: { fr: 'Santé', en: 'Health' }, keywords: { fr: ['santé', 'sanitaire*'], en: ['health'] } };
const railway = {
	kind: 'project',
	name: { fr: 'Chemin de fer Chine–Kirghizistan–Ouzbékistan', en: 'China–Kyrgyzstan–Uzbekistan railway' },
	field: 'infrastructure',
	aliases: ['chemin de fer Chine-Kirghizistan-Ouzbékistan'],
};

describe('area schema', () => {
	it('accepts a field with French keywords', () => {
		expect(issuesOf(areaSchema, health)).toEqual([]);
	});

	it('accepts a project with aliases and a known field, giving it empty keywords', () => {
		expect(areaSchema.parse(railway)).toMatchObject({ field: 'infrastructure', keywords: { fr: [], en: [] } });
	});

	it('rejects a project without aliases, on aliases', () => {
		const { aliases, ...withoutAliases } = railway;
		expect(issuesOf(areaSchema, withoutAliases)).toEqual([
			{ path: 'aliases', message: 'a project needs at least one alias (its name as texts write it)' },
		]);
	});

	it.each([
		['no keywords', {}],
		['English keywords only', { keywords: { en: ['health'] } }],
	])('rejects a field with %s, on keywords.fr', (_, keywords) => {
		expect(issuesOf(areaSchema, { ...health, keywords: undefined, ...keywords })).toEqual([
			{ path: 'keywords.fr', message: 'a field needs French keywords, or the ingest can never find it' },
		]);
	});

	it('rejects a project whose field is unknown, naming the known areas', () => {
		expect(issuesOf(areaSchema, { ...railway, field: 'railways' })).toEqual([
			{ path: 'field', message: expect.stringContaining('unknown areas id "railways" (known: health, infrastructure)') },
		]);
	});

	it('rejects a kind that is neither field nor project', () => {
		expect(issuesOf(areaSchema, { ...health, kind: 'sector' }).map((issue) => issue.path)).toEqual(['kind']);
	});
});
