import { describe, expect, it } from 'vitest';
import { actorAppearances, citedSentences, coParticipants, factsByParagraph, meetingsAt, mentionsOf, neighbours } from '../../../../src/lib/site/queries.ts';
import { meetingTitle, placeNameOn, roleIn } from '../../../../src/lib/site/names.ts';
import { loadAtlas } from './load-atlas.ts';

const atlas = loadAtlas();
const record = (id: string) => atlas.meetings.find((meeting) => meeting.id === id)!.record;

describe('queries over the atlas', () => {
	it('finds the neighbours of a meeting at both ends', () => {
		expect(neighbours(atlas, '2022-06-nur-sultan')).toEqual({ previous: undefined, next: '2025-04-25-almaty' });
		expect(neighbours(atlas, '2025-04-25-almaty')).toEqual({ previous: '2022-06-nur-sultan', next: undefined });
	});

	it('follows one minister under both spellings', () => {
		expect(actorAppearances(atlas, 'jeenbek-kulubaev').map((appearance) => [appearance.meeting, appearance.name, appearance.role, appearance.participant])).toEqual([
			['2022-06-nur-sultan', 'Jeenbek Kouloubaev', 'homologue kirghize', true],
			['2025-04-25-almaty', 'Jeenbek Kulubaev', 'homologue kirghize', true],
		]);
		expect(coParticipants(atlas, 'wang-yi')).toEqual([{ id: 'jeenbek-kulubaev', meetings: ['2022-06-nur-sultan', '2025-04-25-almaty'] }]);
	});

	it('quotes the sentence of each mention of the railway, meeting after meeting', () => {
		const mentions = mentionsOf(atlas, 'areas', 'china-kyrgyzstan-uzbekistan-railway');
		expect(mentions.map((mention) => [mention.meeting, mention.sentences.map((sentence) => sentence.paragraph)])).toEqual([
			['2022-06-nur-sultan', ['p7']],
			['2025-04-25-almaty', ['p4']],
		]);
		expect(mentions[1]?.sentences[0]?.text).toMatch(/^Les deux parties ont passé en revue .*chemin de fer Chine-Kirghizstan-Ouzbékistan/);
	});

	it('falls back to the whole paragraph when the words are not found in one sentence', () => {
		expect(citedSentences(atlas, { source: '2025-04-25-almaty', paragraphs: ['p1'] }, 'absent')).toHaveLength(1);
	});

	it('lists the meetings held at a place, under its current id', () => {
		expect(meetingsAt(atlas, 'astana')).toEqual(['2022-06-nur-sultan']);
	});

	it('maps each paragraph to the facts it supports', () => {
		const facts = factsByParagraph(record('2022-06-nur-sultan'));
		expect(facts.get('p6')?.map((fact) => fact.kind)).toContain('place');
		expect(facts.get('p4')?.map((fact) => fact.anchor)).toContain('date');
		expect(facts.get('p7')?.filter((fact) => fact.kind === 'statement').map((fact) => fact.anchor)).toEqual(['statement-8', 'statement-9']);
	});
});

describe('names', () => {
	it('names a place as it was called at the date', () => {
		expect(placeNameOn(atlas, 'astana', '2022-06', 'fr')).toBe('Noursoultan');
		expect(placeNameOn(atlas, 'astana', '2022-06', 'en')).toBe('Nur-Sultan');
		expect(placeNameOn(atlas, 'astana', '2023-01-01', 'en')).toBe('Astana');
	});

	it('titles a meeting from its translation, or from its facts when there is none', () => {
		const meeting = atlas.meetings.find((candidate) => candidate.id === '2025-04-25-almaty')!;
		expect(meetingTitle(atlas, meeting, 'fr')).toBe('Rencontre entre Wang Yi et Jeenbek Kouloubaev à Almaty (25 avril 2025)');
		expect(meetingTitle(atlas, { ...meeting, translations: {} }, 'en')).toBe('Meeting between Wang Yi and Jeenbek Kulubaev in Almaty (25 April 2025)');
	});

	it('translates a role as written, whatever its apostrophe', () => {
		expect(roleIn(atlas, 'wang-yi', 'conseiller d’État et ministre chinois des Affaires étrangères', 'en')).toBe('State Councilor and Chinese Minister of Foreign Affairs');
		expect(roleIn(atlas, 'wang-yi', 'rôle inconnu', 'en')).toBe('rôle inconnu');
	});
});
