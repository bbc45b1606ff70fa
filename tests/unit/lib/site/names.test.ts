import { describe, expect, it } from 'vitest';
import { entryOf } from '../../../../src/lib/atlas.ts';
import { entityName, joinNames, meetingPlaceName, meetingPlaceState, meetingTitle, placeNameOn, roleIn } from '../../../../src/lib/site/names.ts';
import { atlasOf, cite, original, person, state, world } from '../../atlas-fixture.ts';

const atlas = atlasOf(world);
const meeting = (id: string) => entryOf(atlas, 'meetings', id);

describe('entityName', () => {
	it('names an entry of each kind in both languages', () => {
		expect(entityName(atlas, 'actor', 'mira-saltan', 'fr')).toBe('Mira Saltane');
		expect(entityName(atlas, 'actor', 'mira-saltan', 'en')).toBe('Mira Saltan');
		expect(entityName(atlas, 'place', 'port-aven', 'fr')).toBe('Port-Aven');
		expect(entityName(atlas, 'place', 'port-aven', 'en')).toBe('Port Aven');
		expect(entityName(atlas, 'organisation', 'league-of-ports', 'fr')).toBe('Ligue des ports');
		expect(entityName(atlas, 'organisation', 'league-of-ports', 'en')).toBe('League of Ports');
		expect(entityName(atlas, 'area', 'fisheries', 'fr')).toBe('Pêche');
		expect(entityName(atlas, 'area', 'fisheries', 'en')).toBe('Fisheries');
		expect(entityName(atlas, 'event', 'harbour-treaty', 'fr')).toBe('Traité du port');
		expect(entityName(atlas, 'event', 'harbour-treaty', 'en')).toBe('Harbour Treaty');
	});

	it('is undefined for an unknown or null id, or an id of another kind', () => {
		expect(entityName(atlas, 'actor', 'nobody', 'fr')).toBeUndefined();
		expect(entityName(atlas, 'place', null, 'en')).toBeUndefined();
		expect(entityName(atlas, 'place', 'tomas-vell', 'en')).toBeUndefined();
	});
});

describe('placeNameOn', () => {
	it('uses the former name before the renaming', () => {
		expect(placeNameOn(atlas, 'port-aven', '2021-03', 'fr')).toBe('Fort-Royal');
		expect(placeNameOn(atlas, 'port-aven', '2021-03', 'en')).toBe('Fort Royal');
		expect(placeNameOn(atlas, 'port-aven', '2023-09-16', 'en')).toBe('Fort Royal');
	});

	it('uses the current name from the day of the renaming', () => {
		expect(placeNameOn(atlas, 'port-aven', '2023-09-17', 'fr')).toBe('Port-Aven');
		expect(placeNameOn(atlas, 'port-aven', '2023-10', 'en')).toBe('Port Aven');
		expect(placeNameOn(atlas, 'port-aven', '2024-02-02', 'fr')).toBe('Port-Aven');
	});

	it('uses the name of a place never renamed, and is undefined for an unknown place', () => {
		expect(placeNameOn(atlas, 'vallorca', '1990', 'en')).toBe('Vallorca');
		expect(placeNameOn(atlas, 'nowhere', '2021-03', 'fr')).toBeUndefined();
		expect(placeNameOn(atlas, null, '2021-03', 'fr')).toBeUndefined();
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
		expect(meetingTitle(atlas, meeting('2021-03-fort-royal'), 'fr')).toBe('Rencontre entre Tomas Vell et Mira Saltane à Fort-Royal (mars 2021)');
		expect(meetingTitle(atlas, meeting('2024-02-02-port-aven'), 'fr')).toBe('Tomas Vell et Mira Saltan à Port-Aven');
	});

	it('uses the translation title in English', () => {
		expect(meetingTitle(atlas, meeting('2024-02-02-port-aven'), 'en')).toBe('Tomas Vell and Mira Saltan in Port Aven');
	});

	it('builds an English title from the facts when there is no translation', () => {
		// The English names and the place's name at the date, not the French text's spellings.
		expect(meetingTitle(atlas, meeting('2021-03-fort-royal'), 'en')).toBe('Meeting between Tomas Vell and Mira Saltan in Fort Royal (March 2021)');
		expect(meetingTitle(atlas, { ...meeting('2024-02-02-port-aven'), translations: {} }, 'en')).toBe('Meeting between Tomas Vell and Mira Saltan in Port Aven (2 February 2024)');
	});

	it('falls back to the names as written for entries the atlas lacks', () => {
		const small = atlasOf({
			actors: [person('tomas-vell', 'Tomas Vell', 'XN')],
			meetings: [
				original('2024-03-03-kerro', {
					place: { id: null, name: 'Kerro', cite: cite('2024-03-03-kerro', 'p1') },
					participants: [
						{ id: 'tomas-vell', name: 'T. Vell', role: null, cite: cite('2024-03-03-kerro', 'p1') },
						{ id: null, name: 'Oda Rinn', role: null, cite: cite('2024-03-03-kerro', 'p1') },
					],
				}),
			],
		});
		expect(meetingTitle(small, entryOf(small, 'meetings', '2024-03-03-kerro'), 'en')).toBe('Meeting between Tomas Vell and Oda Rinn in Kerro (3 March 2024)');
	});

	it('says "of", not "between", for a single participant', () => {
		const march = meeting('2021-03-fort-royal');
		const alone = { ...march, record: { ...march.record, participants: march.record.participants.slice(0, 1) } };
		expect(meetingTitle(atlas, alone, 'en')).toBe('Meeting of Tomas Vell in Fort Royal (March 2021)');
	});

	it('leaves out who met when no participant is known', () => {
		const small = atlasOf({ meetings: [original('2024-03-03-kerro', { place: { id: null, name: 'Kerro', cite: cite('2024-03-03-kerro', 'p1') } })] });
		expect(meetingTitle(small, entryOf(small, 'meetings', '2024-03-03-kerro'), 'en')).toBe('Meeting in Kerro (3 March 2024)');
	});
});

describe('meetingPlaceName', () => {
	const withPlace = (name: string, country: string | null) =>
		atlasOf({
			actors: [state('norland', { fr: 'Norlande', en: 'Norland' }, 'XN', { aliases: ['Norlande'] })],
			meetings: [original('2024-03-03-x', { place: { id: null, name, country, cite: cite('2024-03-03-x', 'p1') } })],
		});
	const recordOf = (small: ReturnType<typeof atlasOf>) => entryOf(small, 'meetings', '2024-03-03-x').record;

	it("names a venue known only as a country by its state's name in each language, and links it to the state", () => {
		const small = withPlace('Norlande', 'XN');
		expect(meetingPlaceState(small, recordOf(small))).toBe('norland');
		expect(meetingPlaceName(small, recordOf(small), 'en')).toBe('Norland');
		expect(meetingPlaceName(small, recordOf(small), 'fr')).toBe('Norlande');
	});

	it('keeps a city the atlas lacks as written, even when the text ties it to a country', () => {
		const small = withPlace('Kerro', 'XN');
		expect(meetingPlaceState(small, recordOf(small))).toBeUndefined();
		expect(meetingPlaceName(small, recordOf(small), 'en')).toBe('Kerro');
	});
});

describe('roleIn', () => {
	const councillor = 'State Councillor and Minister of Foreign Affairs of Norland';

	it('translates a known role into English', () => {
		expect(roleIn(atlas, 'mira-saltan', 'homologue sudrienne', 'en')).toBe('Sudrian counterpart');
		expect(roleIn(atlas, 'tomas-vell', "conseiller d'État et ministre norlandais des Affaires étrangères", 'en')).toBe(councillor);
	});

	it('matches after normalising apostrophes and case', () => {
		expect(roleIn(atlas, 'tomas-vell', 'conseiller d’État et ministre norlandais des Affaires étrangères', 'en')).toBe(councillor);
		expect(roleIn(atlas, 'tomas-vell', "Conseiller d'État et ministre norlandais des affaires étrangères", 'en')).toBe(councillor);
	});

	it('matches a role written with a decomposed accent', () => {
		expect(roleIn(atlas, 'karl-ostrem', 'président norlandais'.normalize('NFD'), 'en')).toBe('President of Norland');
	});

	it('keeps the French role when it is unknown, the actor is unknown, or the page is French', () => {
		expect(roleIn(atlas, 'tomas-vell', 'rôle inconnu', 'en')).toBe('rôle inconnu');
		expect(roleIn(atlas, 'nobody', 'homologue sudrienne', 'en')).toBe('homologue sudrienne');
		expect(roleIn(atlas, null, 'homologue sudrienne', 'en')).toBe('homologue sudrienne');
		expect(roleIn(atlas, 'mira-saltan', 'homologue sudrienne', 'fr')).toBe('homologue sudrienne');
	});

	it('keeps a missing role missing', () => {
		expect(roleIn(atlas, 'sudria', null, 'en')).toBeNull();
		expect(roleIn(atlas, 'sudria', null, 'fr')).toBeNull();
	});

	it('uses only the roles of the actor in question', () => {
		// Ostrem's role belongs to his file; Saltan's file cannot translate it.
		expect(roleIn(atlas, 'mira-saltan', 'président norlandais', 'en')).toBe('président norlandais');
	});
});
