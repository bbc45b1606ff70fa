import { describe, expect, it } from 'vitest';
import {
	actorAppearances,
	areasOfActor,
	citedSentences,
	coParticipants,
	factsByParagraph,
	meetingsAt,
	mentionsOf,
	neighbours,
	relatedToArea,
	sortedMeetings,
	statementsBy,
} from '../../../../src/lib/site/queries.ts';
import type { MeetingData } from '../../../../src/lib/site/types.ts';
import { atlasOf, cite, loadRealAtlas, record } from './atlas-fixture.ts';

const atlas = loadRealAtlas();
const recordOf = (id: string) => atlas.meetings.find((meeting) => meeting.id === id)!.record;

const railway2022 =
	"Ils prévoient également d'établir un mécanisme de communication et de contact au niveau local, d'étudier la question de ports supplémentaires pour le commerce, de progresser dans la construction du chemin de fer Chine-Kirghizistan-Ouzbékistan, et de créer des centres culturels dans chacun des pays.";
const railway2025 =
	'Les deux parties ont passé en revue les principaux projets de coopération dans le cadre de l’Initiative « la Ceinture et la Route », et ont convenu de faire progresser régulièrement la construction du chemin de fer Chine-Kirghizstan-Ouzbékistan, d’explorer davantage les domaines d’intérêt commun, d’enrichir le contenu des relations bilatérales et de faciliter les échanges entre les peuples.';

function meetingOn(id: string, value: string): MeetingData {
	return { id, record: record({ date: { value, precision: value.length === 7 ? 'month' : 'day', inferred: false, cite: cite('p1') } }), translations: {} };
}

describe('sortedMeetings', () => {
	it('orders the atlas meetings oldest first', () => {
		expect(sortedMeetings(atlas).map((meeting) => meeting.id)).toEqual(['2022-06-nur-sultan', '2025-04-25-almaty']);
	});

	it('orders by date whatever the input order, then by id, without changing the input', () => {
		const meetings = [meetingOn('c', '2025-01-01'), meetingOn('b', '2024-06'), meetingOn('a', '2025-01-01')];
		const small = atlasOf({ meetings });
		expect(sortedMeetings(small).map((meeting) => meeting.id)).toEqual(['b', 'a', 'c']);
		expect(small.meetings.map((meeting) => meeting.id)).toEqual(['c', 'b', 'a']);
	});
});

describe('neighbours', () => {
	it('has no previous meeting for the first and no next for the last', () => {
		expect(neighbours(atlas, '2022-06-nur-sultan')).toEqual({ previous: undefined, next: '2025-04-25-almaty' });
		expect(neighbours(atlas, '2025-04-25-almaty')).toEqual({ previous: '2022-06-nur-sultan', next: undefined });
	});

	it('gives both neighbours of a meeting in the middle', () => {
		const small = atlasOf({ meetings: [meetingOn('late', '2025-01-01'), meetingOn('early', '2023-01-01'), meetingOn('middle', '2024-01-01')] });
		expect(neighbours(small, 'middle')).toEqual({ previous: 'early', next: 'late' });
	});

	it('has none for the only meeting', () => {
		expect(neighbours(atlasOf({ meetings: [meetingOn('only', '2024-01-01')] }), 'only')).toEqual({ previous: undefined, next: undefined });
	});
});

describe('citedSentences', () => {
	it('returns the sentence with the words as written', () => {
		expect(citedSentences(atlas, { source: '2022-06-nur-sultan', paragraphs: ['p7'] }, 'chemin de fer Chine-Kirghizistan-Ouzbékistan')).toEqual([
			{ paragraph: 'p7', text: railway2022 },
		]);
		expect(citedSentences(atlas, { source: '2025-04-25-almaty', paragraphs: ['p4'] }, 'chemin de fer Chine-Kirghizstan-Ouzbékistan')).toEqual([
			{ paragraph: 'p4', text: railway2025 },
		]);
	});

	it('matches regardless of case, accents and dashes', () => {
		expect(citedSentences(atlas, { source: '2022-06-nur-sultan', paragraphs: ['p7'] }, 'CHEMIN DE FER CHINE KIRGHIZISTAN OUZBEKISTAN')).toEqual([
			{ paragraph: 'p7', text: railway2022 },
		]);
	});

	it('returns every sentence that has the words, paragraph by paragraph', () => {
		const sentences = citedSentences(atlas, { source: '2022-06-nur-sultan', paragraphs: ['p4', 'p6'] }, "réunion des chefs de la diplomatie de Chine et d'Asie centrale");
		expect(sentences.map((sentence) => sentence.paragraph)).toEqual(['p4', 'p6']);
		expect(sentences[1]?.text).toBe("La rencontre a eu lieu à Noursoultan, au Kazakhstan, lors de la réunion des chefs de la diplomatie de Chine et d'Asie centrale.");
	});

	it('returns the whole paragraph, sentence by sentence, when no sentence has the words', () => {
		const sentences = citedSentences(atlas, { source: '2022-06-nur-sultan', paragraphs: ['p7'] }, 'absent');
		expect(sentences.map((sentence) => sentence.text)).toEqual([
			'Les deux pays ont convenu de renforcer leur coopération dans divers domaines, notamment les infrastructures, le dédouanement aux frontières, les échanges au niveau local, la santé et la lutte contre les pandémies.',
			railway2022,
		]);
	});

	it('returns nothing for an unknown source, and skips unknown paragraphs', () => {
		expect(citedSentences(atlas, { source: 'nowhere', paragraphs: ['p1'] }, 'Chine')).toEqual([]);
		expect(citedSentences(atlas, { source: '2022-06-nur-sultan', paragraphs: ['p99', 'p7'] }, 'chemin de fer').map((sentence) => sentence.paragraph)).toEqual(['p7']);
	});
});

describe('actorAppearances', () => {
	it('follows Kulubaev under both spellings, as a participant with his role', () => {
		expect(actorAppearances(atlas, 'jeenbek-kulubaev').map(({ meeting, participant, name, role }) => ({ meeting, participant, name, role }))).toEqual([
			{ meeting: '2022-06-nur-sultan', participant: true, name: 'Jeenbek Kouloubaev', role: 'homologue kirghize' },
			{ meeting: '2025-04-25-almaty', participant: true, name: 'Jeenbek Kulubaev', role: 'homologue kirghize' },
		]);
	});

	it('marks an actor who is only named as not a participant', () => {
		expect(actorAppearances(atlas, 'sadyr-japarov')).toEqual([
			{ meeting: '2025-04-25-almaty', participant: false, name: 'Sadyr Japarov', role: 'président kirghize', cite: { source: '2025-04-25-almaty', paragraphs: ['p2', 'p3'] } },
		]);
	});

	it('is empty for an actor no meeting names', () => {
		expect(actorAppearances(atlas, 'uzbekistan')).toEqual([]);
	});
});

describe('statementsBy', () => {
	it('lists an actor’s statements with their meeting and index', () => {
		expect(statementsBy(atlas, 'jeenbek-kulubaev').map(({ meeting, index, statement }) => [meeting, index, statement.verb])).toEqual([
			['2025-04-25-almaty', 4, 'a pour sa part déclaré'],
			['2025-04-25-almaty', 5, 'a-t-il indiqué'],
			['2025-04-25-almaty', 7, 'a souligné'],
		]);
	});

	it('includes joint statements, oldest meeting first', () => {
		const statements = statementsBy(atlas, 'kyrgyzstan');
		expect(statements.map((found) => found.meeting)).toEqual([...Array(8).fill('2022-06-nur-sultan'), ...Array(4).fill('2025-04-25-almaty')]);
		expect(statements[0]?.statement.speakers).toEqual(['china', 'kyrgyzstan']);
	});

	it('is empty for an actor who said nothing', () => {
		expect(statementsBy(atlas, 'sadyr-japarov')).toEqual([]);
	});
});

describe('coParticipants', () => {
	it('finds that Wang Yi met Kulubaev at both meetings, and the other way round', () => {
		expect(coParticipants(atlas, 'wang-yi')).toEqual([{ id: 'jeenbek-kulubaev', meetings: ['2022-06-nur-sultan', '2025-04-25-almaty'] }]);
		expect(coParticipants(atlas, 'jeenbek-kulubaev')).toEqual([{ id: 'wang-yi', meetings: ['2022-06-nur-sultan', '2025-04-25-almaty'] }]);
	});

	it('is empty for an actor who is only named', () => {
		expect(coParticipants(atlas, 'xi-jinping')).toEqual([]);
	});
});

describe('mentionsOf', () => {
	const summary = (list: Parameters<typeof mentionsOf>[1], id: string) =>
		mentionsOf(atlas, list, id).map(({ meeting, mention, sentences }) => [meeting, mention.name, sentences.map((sentence) => sentence.paragraph)]);

	it('follows an area meeting after meeting, under each spelling', () => {
		expect(summary('areas', 'china-kyrgyzstan-uzbekistan-railway')).toEqual([
			['2022-06-nur-sultan', 'chemin de fer Chine-Kirghizistan-Ouzbékistan', ['p7']],
			['2025-04-25-almaty', 'chemin de fer Chine-Kirghizstan-Ouzbékistan', ['p4']],
		]);
		expect(mentionsOf(atlas, 'areas', 'china-kyrgyzstan-uzbekistan-railway').map((found) => found.sentences[0]?.text)).toEqual([railway2022, railway2025]);
	});

	it('finds an organisation with its sentence', () => {
		const [sco] = mentionsOf(atlas, 'organisations', 'sco');
		expect(sco?.meeting).toBe('2025-04-25-almaty');
		expect(sco?.sentences).toEqual([
			{ paragraph: 'p6', text: 'Les deux parties ont également échangé leurs points de vue sur le renforcement de la coopération dans le cadre de l’Organisation de coopération de Shanghai (OCS).' },
		]);
	});

	it('finds a place named in passing with its sentence', () => {
		expect(summary('places', 'taiwan')).toEqual([['2022-06-nur-sultan', 'Taiwan', ['p5']]]);
		expect(mentionsOf(atlas, 'places', 'taiwan')[0]?.sentences[0]?.text).toMatch(/^Le Kirghizistan soutient .*indépendance de Taiwan/);
	});

	it('finds an event in each paragraph that refers to it', () => {
		expect(summary('events', 'china-central-asia-foreign-ministers-meeting-3')).toEqual([
			['2022-06-nur-sultan', "réunion des chefs de la diplomatie de Chine et d'Asie centrale", ['p4', 'p6']],
		]);
	});

	it('is empty for an entry no meeting mentions', () => {
		expect(mentionsOf(atlas, 'areas', 'culture')).toEqual([]);
		expect(mentionsOf(atlas, 'places', 'almaty')).toEqual([]);
	});
});

describe('meetingsAt', () => {
	it('lists the meetings held at a place under its current id', () => {
		expect(meetingsAt(atlas, 'astana')).toEqual(['2022-06-nur-sultan']);
		expect(meetingsAt(atlas, 'almaty')).toEqual(['2025-04-25-almaty']);
	});

	it('ignores places only named in a text', () => {
		expect(meetingsAt(atlas, 'tianjin')).toEqual([]);
	});
});

describe('relatedToArea', () => {
	it('gathers the participants and organisations of every meeting discussing an area, once each', () => {
		expect(relatedToArea(atlas, 'customs')).toEqual({
			actors: ['wang-yi', 'jeenbek-kulubaev'],
			organisations: ['communist-party-of-china', 'belt-and-road-initiative', 'sco'],
		});
	});

	it('has no organisations for an area of a meeting that names none', () => {
		expect(relatedToArea(atlas, 'health')).toEqual({ actors: ['wang-yi', 'jeenbek-kulubaev'], organisations: [] });
	});

	it('is empty for an area no meeting discusses', () => {
		expect(relatedToArea(atlas, 'culture')).toEqual({ actors: [], organisations: [] });
	});
});

describe('areasOfActor', () => {
	it('gathers the areas of the meetings an actor took part in, once each', () => {
		const areas = areasOfActor(atlas, 'wang-yi');
		expect(areas).toContain('health');
		expect(areas).toContain('trade');
		expect(areas.filter((area) => area === 'customs')).toHaveLength(1);
	});

	it('ignores meetings where the actor is only named', () => {
		expect(areasOfActor(atlas, 'sadyr-japarov')).toEqual([]);
	});
});

describe('factsByParagraph', () => {
	const facts = factsByParagraph(recordOf('2022-06-nur-sultan'));

	it('puts the place under the paragraph that states it', () => {
		expect(facts.get('p6')).toContainEqual({ kind: 'place', id: 'astana', anchor: 'place' });
	});

	it('puts a fact cited from several paragraphs under each', () => {
		expect(facts.get('p4')).toContainEqual({ kind: 'date', id: null, anchor: 'date' });
		expect(facts.get('p5')).toContainEqual({ kind: 'date', id: null, anchor: 'date' });
		expect(facts.get('p4')).toContainEqual({ kind: 'event', id: 'china-central-asia-foreign-ministers-meeting-3', anchor: 'events' });
		expect(facts.get('p6')).toContainEqual({ kind: 'event', id: 'china-central-asia-foreign-ministers-meeting-3', anchor: 'events' });
	});

	it('lists participants, other places and areas with their anchors', () => {
		expect(facts.get('p2')?.filter((fact) => fact.kind === 'participant')).toEqual([
			{ kind: 'participant', id: 'wang-yi', anchor: 'participants' },
			{ kind: 'participant', id: 'jeenbek-kulubaev', anchor: 'participants' },
		]);
		expect(facts.get('p5')?.filter((fact) => fact.kind === 'other-place').map((fact) => fact.id)).toEqual(['taiwan', 'xinjiang', 'hong-kong']);
		expect(facts.get('p7')?.filter((fact) => fact.kind === 'area')).toHaveLength(9);
	});

	it('puts every statement under its paragraph as statement-N, counting from 1', () => {
		for (const meeting of atlas.meetings) {
			const byParagraph = factsByParagraph(meeting.record);
			meeting.record.statements.forEach((statement, index) => {
				for (const paragraph of statement.cite.paragraphs) {
					expect(byParagraph.get(paragraph), `${meeting.id} statement ${index + 1}`).toContainEqual({ kind: 'statement', id: null, anchor: `statement-${index + 1}` });
				}
			});
		}
		expect(facts.get('p7')?.filter((fact) => fact.kind === 'statement').map((fact) => fact.anchor)).toEqual(['statement-8', 'statement-9']);
	});

	it('has only the date and place for a record with no other facts', () => {
		const small = factsByParagraph(record({ place: { id: 'almaty', name: 'Almaty', cite: cite('p2') } }));
		expect([...small]).toEqual([
			['p1', [{ kind: 'date', id: null, anchor: 'date' }]],
			['p2', [{ kind: 'place', id: 'almaty', anchor: 'place' }]],
		]);
	});

	it('keeps an unresolved mention with a null id', () => {
		const small = factsByParagraph(record({ organisations: [{ id: null, name: 'Inconnue', cite: cite('p3') }] }));
		expect(small.get('p3')).toEqual([{ kind: 'organisation', id: null, anchor: 'organisations' }]);
	});
});

describe('neighbours of an unknown meeting', () => {
	it('are none', () => {
		expect(neighbours(loadRealAtlas(), 'nope')).toEqual({});
	});
});
