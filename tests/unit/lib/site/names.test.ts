import { describe, expect, it } from 'vitest';
import { entityName, joinNames, meetingTitle, placeNameOn, roleIn } from '../../../../src/lib/site/names.ts';
import type { MeetingData } from '../../../../src/lib/site/types.ts';
import { atlasOf, cite, loadRealAtlas, record } from './atlas-fixture.ts';

const atlas = loadRealAtlas();
const meeting = (id: string) => atlas.meetings.find((candidate) => candidate.id === id)!;

describe('entityName', () => {
	it('names an entry of each kind in both languages', () => {
		expect(entityName(atlas, 'actor', 'jeenbek-kulubaev', 'fr')).toBe('Jeenbek Kouloubaev');
		expect(entityName(atlas, 'actor', 'jeenbek-kulubaev', 'en')).toBe('Jeenbek Kulubaev');
		expect(entityName(atlas, 'place', 'taiwan', 'fr')).toBe('Taïwan');
		expect(entityName(atlas, 'place', 'taiwan', 'en')).toBe('Taiwan');
		expect(entityName(atlas, 'organisation', 'sco', 'fr')).toBe('Organisation de coopération de Shanghai');
		expect(entityName(atlas, 'organisation', 'sco', 'en')).toBe('Shanghai Cooperation Organisation');
		expect(entityName(atlas, 'area', 'health', 'fr')).toBe('Santé');
		expect(entityName(atlas, 'area', 'health', 'en')).toBe('Health');
		expect(entityName(atlas, 'event', 'sco-summit-tianjin-2025', 'fr')).toBe("Sommet de l'OCS à Tianjin");
		expect(entityName(atlas, 'event', 'sco-summit-tianjin-2025', 'en')).toBe('SCO summit in Tianjin');
	});

	it('is undefined for an unknown or null id, or an id of another kind', () => {
		expect(entityName(atlas, 'actor', 'nobody', 'fr')).toBeUndefined();
		expect(entityName(atlas, 'place', null, 'en')).toBeUndefined();
		expect(entityName(atlas, 'place', 'wang-yi', 'en')).toBeUndefined();
	});
});

describe('placeNameOn', () => {
	it('uses the name in force at the date', () => {
		expect(placeNameOn(atlas, 'astana', '2022-06', 'fr')).toBe('Noursoultan');
		expect(placeNameOn(atlas, 'astana', '2022-06', 'en')).toBe('Nur-Sultan');
		expect(placeNameOn(atlas, 'astana', '2022-09-16', 'en')).toBe('Nur-Sultan');
	});

	it('uses the current name from the day of the renaming', () => {
		expect(placeNameOn(atlas, 'astana', '2022-09-17', 'fr')).toBe('Astana');
		expect(placeNameOn(atlas, 'astana', '2023-01', 'en')).toBe('Astana');
		expect(placeNameOn(atlas, 'astana', '2025-04-25', 'fr')).toBe('Astana');
	});

	it('uses the name of a place never renamed, and is undefined for an unknown place', () => {
		expect(placeNameOn(atlas, 'almaty', '1990', 'en')).toBe('Almaty');
		expect(placeNameOn(atlas, 'nowhere', '2022-06', 'fr')).toBeUndefined();
		expect(placeNameOn(atlas, null, '2022-06', 'fr')).toBeUndefined();
	});
});

describe('joinNames', () => {
	it('joins names the French way', () => {
		expect(joinNames(['A'], 'fr')).toBe('A');
		expect(joinNames(['A', 'B'], 'fr')).toBe('A et B');
		expect(joinNames(['A', 'B', 'C'], 'fr')).toBe('A, B et C');
	});

	it('joins names the English way', () => {
		expect(joinNames(['A'], 'en')).toBe('A');
		expect(joinNames(['A', 'B'], 'en')).toBe('A and B');
		expect(joinNames(['A', 'B', 'C'], 'en')).toBe('A, B and C');
	});

	it('gives an empty string for no names', () => {
		expect(joinNames([], 'en')).toBe('');
	});
});

describe('meetingTitle', () => {
	it('uses the French record title in French', () => {
		expect(meetingTitle(atlas, meeting('2022-06-nur-sultan'), 'fr')).toBe('Rencontre entre Wang Yi et Jeenbek Kouloubaev à Noursoultan (juin 2022)');
		expect(meetingTitle(atlas, meeting('2025-04-25-almaty'), 'fr')).toBe('Rencontre entre Wang Yi et Jeenbek Kouloubaev à Almaty (25 avril 2025)');
	});

	it('uses the translation title in English', () => {
		const translated = { ...meeting('2025-04-25-almaty'), translations: { en: { title: 'A translated title', translator: 'test', paragraphs: [] } } };
		expect(meetingTitle(atlas, translated, 'en')).toBe('A translated title');
		expect(meetingTitle(atlas, meeting('2022-06-nur-sultan'), 'en')).toBe('Meeting between Wang Yi and Jeenbek Kulubaev in Nur-Sultan (June 2022)');
	});

	it('builds an English title from the facts when there is no translation', () => {
		expect(meetingTitle(atlas, { ...meeting('2025-04-25-almaty'), translations: {} }, 'en')).toBe('Meeting between Wang Yi and Jeenbek Kulubaev in Almaty (25 April 2025)');
		// The English names and the place's name at the date, not the French text's spellings.
		expect(meetingTitle(atlas, { ...meeting('2022-06-nur-sultan'), translations: {} }, 'en')).toBe('Meeting between Wang Yi and Jeenbek Kulubaev in Nur-Sultan (June 2022)');
	});

	it('falls back to the names as written for entries the atlas lacks', () => {
		const unknown: MeetingData = {
			id: 'test',
			record: record({
				place: { id: null, name: 'Tachkent', cite: cite('p1') },
				participants: [
					{ id: 'wang-yi', name: 'Wang Yi', role: null, cite: cite('p1') },
					{ id: null, name: 'Bakhtiyor Saidov', role: null, cite: cite('p1') },
				],
			}),
			translations: {},
		};
		expect(meetingTitle(atlas, unknown, 'en')).toBe('Meeting between Wang Yi and Bakhtiyor Saidov in Tachkent (3 March 2024)');
	});

	it('leaves out "between" when no participant is known', () => {
		expect(meetingTitle(atlasOf({}), { id: 'test', record: record(), translations: {} }, 'en')).toBe('Meeting in Almaty (3 March 2024)');
	});
});

describe('roleIn', () => {
	const councillor = 'State Councilor and Chinese Minister of Foreign Affairs';

	it('translates a known role into English', () => {
		expect(roleIn(atlas, 'jeenbek-kulubaev', 'homologue kirghize', 'en')).toBe('Kyrgyz counterpart');
		expect(roleIn(atlas, 'wang-yi', "conseiller d'État et ministre chinois des Affaires étrangères", 'en')).toBe(councillor);
	});

	it('matches after normalising apostrophes and case', () => {
		expect(roleIn(atlas, 'wang-yi', 'conseiller d’État et ministre chinois des Affaires étrangères', 'en')).toBe(councillor);
		expect(roleIn(atlas, 'wang-yi', "Conseiller d'État et ministre chinois des affaires étrangères", 'en')).toBe(councillor);
	});

	it('matches a role written with a decomposed accent', () => {
		expect(roleIn(atlas, 'sadyr-japarov', 'président kirghize'.normalize('NFD'), 'en')).toBe('President of Kyrgyzstan');
	});

	it('keeps the French role when it is unknown, the actor is unknown, or the page is French', () => {
		expect(roleIn(atlas, 'wang-yi', 'rôle inconnu', 'en')).toBe('rôle inconnu');
		expect(roleIn(atlas, 'nobody', 'homologue kirghize', 'en')).toBe('homologue kirghize');
		expect(roleIn(atlas, 'jeenbek-kulubaev', 'homologue kirghize', 'fr')).toBe('homologue kirghize');
	});

	it('keeps a missing role missing', () => {
		expect(roleIn(atlas, 'china', null, 'en')).toBeNull();
		expect(roleIn(atlas, 'china', null, 'fr')).toBeNull();
	});

	it('uses only the roles of the actor in question', () => {
		// Japarov's role belongs to his file; Kulubaev's file cannot translate it.
		expect(roleIn(atlas, 'jeenbek-kulubaev', 'président kirghize', 'en')).toBe('président kirghize');
	});
});

describe('meetingTitle with a single known participant', () => {
	it('says "of", not "between"', () => {
		const atlas = loadRealAtlas();
		const meeting = atlas.meetings.find((candidate) => candidate.id === '2025-04-25-almaty')!;
		const alone = { ...meeting, translations: {}, record: { ...meeting.record, participants: meeting.record.participants.slice(0, 1) } };
		expect(meetingTitle(atlas, alone, 'en')).toBe('Meeting of Wang Yi in Almaty (25 April 2025)');
	});
});
