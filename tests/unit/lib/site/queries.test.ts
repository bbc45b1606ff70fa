import { describe, expect, it } from 'vitest';
import { entryOf, type SourceEntry } from '../../../../src/lib/atlas.ts';
import {
	actorAppearances,
	areasOfActor,
	citedSentences,
	coParticipants,
	factsByParagraph,
	mainActors,
	mainFields,
	meetingsAt,
	mentionsOf,
	neighbours,
	projectsOf,
	relatedToArea,
	sourceParts,
	statementsBy,
} from '../../../../src/lib/site/queries.ts';
import { atlasOf, cite, field, original, person, project, state, world } from '../../atlas-fixture.ts';

const atlas = atlasOf(world);
const recordOf = (id: string) => entryOf(atlas, 'meetings', id).record;

describe('neighbours', () => {
	it('has no previous meeting for the first and no next for the last', () => {
		expect(neighbours(atlas, '2021-03-fort-royal')).toEqual({ previous: undefined, next: '2024-02-02-port-aven' });
		expect(neighbours(atlas, '2024-02-02-port-aven')).toEqual({ previous: '2021-03-fort-royal', next: undefined });
	});

	it('follows the atlas order: by date whatever the articles’ order, a month before its days, then by id', () => {
		const small = atlasOf({ meetings: [original('2025-01-01-b'), original('2024-06-a'), original('2025-01-01-a'), original('2024-06-02-a')] });
		expect(small.meetings.map((meeting) => meeting.id)).toEqual(['2024-06-a', '2024-06-02-a', '2025-01-01-a', '2025-01-01-b']);
		expect(neighbours(small, '2024-06-02-a')).toEqual({ previous: '2024-06-a', next: '2025-01-01-a' });
		expect(neighbours(small, '2025-01-01-a')).toEqual({ previous: '2024-06-02-a', next: '2025-01-01-b' });
	});

	it('has none for the only meeting, and is empty for an unknown one', () => {
		expect(neighbours(atlasOf({ meetings: [original('2024-01-01-only')] }), '2024-01-01-only')).toEqual({ previous: undefined, next: undefined });
		expect(neighbours(atlas, 'nowhere')).toEqual({});
	});
});

describe('citedSentences', () => {
	it('returns the sentence with the words as written', () => {
		expect(citedSentences(atlas, cite('2021-03-fort-royal', 'p3'), 'chemin de fer côtier')).toEqual([{ paragraph: 'p3', text: 'Ils ont convenu de relancer le chemin de fer côtier.' }]);
	});

	it('matches regardless of case, accents and dashes', () => {
		expect(citedSentences(atlas, cite('2021-03-fort-royal', 'p3'), 'CHEMIN DE FER COTIER')).toEqual([{ paragraph: 'p3', text: 'Ils ont convenu de relancer le chemin de fer côtier.' }]);
		expect(citedSentences(atlas, cite('2024-02-02-port-aven', 'p2'), 'ligue des ports')).toEqual([{ paragraph: 'p2', text: 'Les deux ministres ont salué le travail de la Ligue des ports.' }]);
		expect(citedSentences(atlas, cite('2021-03-fort-royal', 'p1'), 'Fort Royal')).toHaveLength(1);
	});

	it('returns every sentence that has the words, paragraph by paragraph', () => {
		expect(citedSentences(atlas, cite('2021-03-fort-royal', 'p2', 'p3'), 'pêche')).toEqual([
			{ paragraph: 'p2', text: 'La Norlande et la Sudrie soutiennent la pêche durable dans la région de Vallorque.' },
			{ paragraph: 'p3', text: '« La pêche nous unit », a déclaré Tomas Vell.' },
		]);
	});

	it('returns the whole paragraph, sentence by sentence, when no sentence has the words', () => {
		expect(citedSentences(atlas, cite('2021-03-fort-royal', 'p2'), 'absent').map((sentence) => sentence.text)).toEqual([
			'Les deux ministres ont rappelé le Traité du port, signé en mai 1998.',
			'La Norlande et la Sudrie soutiennent la pêche durable dans la région de Vallorque.',
		]);
	});

	it('returns nothing for an unknown source, and skips unknown paragraphs', () => {
		expect(citedSentences(atlas, cite('nowhere', 'p1'), 'pêche')).toEqual([]);
		expect(citedSentences(atlas, cite('2021-03-fort-royal', 'p99', 'p3'), 'pêche').map((sentence) => sentence.paragraph)).toEqual(['p3']);
	});
});

describe('actorAppearances', () => {
	it('follows an actor under each spelling, as a participant with the role each text gives', () => {
		expect(actorAppearances(atlas, 'mira-saltan')).toEqual([
			{ meeting: '2021-03-fort-royal', participant: true, name: 'Mira Saltane', role: 'homologue sudrienne', cite: cite('2021-03-fort-royal', 'p1') },
			{ meeting: '2024-02-02-port-aven', participant: true, name: 'Mira Saltan', role: 'ministre sudrienne', cite: cite('2024-02-02-port-aven', 'p1') },
		]);
	});

	it('marks an actor who is only named as not a participant, with the role the text gives them', () => {
		expect(actorAppearances(atlas, 'karl-ostrem')).toEqual([{ meeting: '2024-02-02-port-aven', participant: false, name: 'Karl Ostrem', role: 'président norlandais', cite: cite('2024-02-02-port-aven', 'p2') }]);
	});

	it('is empty for an actor no meeting names', () => {
		expect(actorAppearances(atlas, 'ines-hald')).toEqual([]);
	});
});

describe('statementsBy', () => {
	it('lists an actor’s statements with their meeting and index', () => {
		expect(statementsBy(atlas, 'mira-saltan').map(({ meeting, index, statement }) => [meeting, index, statement.verb])).toEqual([
			['2024-02-02-port-aven', 0, 'a souligné'],
			['2024-02-02-port-aven', 2, 'a déclaré'],
		]);
	});

	it('includes joint statements, oldest meeting first', () => {
		const statements = statementsBy(atlas, 'sudria');
		expect(statements.map(({ meeting, index }) => [meeting, index])).toEqual([
			['2021-03-fort-royal', 0],
			['2024-02-02-port-aven', 1],
		]);
		expect(statements[0]?.statement.speakers).toEqual(['norland', 'sudria']);
	});

	it('is empty for an actor who said nothing', () => {
		expect(statementsBy(atlas, 'karl-ostrem')).toEqual([]);
	});
});

describe('coParticipants', () => {
	it('finds who an actor met, at which meetings, and the other way round', () => {
		expect(coParticipants(atlas, 'tomas-vell')).toEqual([{ id: 'mira-saltan', meetings: ['2021-03-fort-royal', '2024-02-02-port-aven'] }]);
		expect(coParticipants(atlas, 'mira-saltan')).toEqual([{ id: 'tomas-vell', meetings: ['2021-03-fort-royal', '2024-02-02-port-aven'] }]);
	});

	it('is empty for an actor who is only named', () => {
		expect(coParticipants(atlas, 'karl-ostrem')).toEqual([]);
	});
});

describe('mentionsOf', () => {
	const summary = (list: Parameters<typeof mentionsOf>[1], id: string) =>
		mentionsOf(atlas, list, id).map(({ meeting, mention, sentences }) => [meeting, mention.name, sentences.map((sentence) => sentence.text)]);

	it('follows an area meeting after meeting, under each spelling, with the sentence that carries it', () => {
		expect(summary('areas', 'coast-railway')).toEqual([
			['2021-03-fort-royal', 'chemin de fer côtier', ['Ils ont convenu de relancer le chemin de fer côtier.']],
			['2024-02-02-port-aven', 'ligne ferroviaire côtière', ['Mira Saltan a souligné que la ligne ferroviaire côtière avancerait.']],
		]);
	});

	it('finds an organisation with its sentence', () => {
		expect(summary('organisations', 'league-of-ports')).toEqual([['2024-02-02-port-aven', 'Ligue des ports', ['Les deux ministres ont salué le travail de la Ligue des ports.']]]);
	});

	it('finds a place named in passing with its sentence', () => {
		expect(summary('places', 'vallorca')).toEqual([['2021-03-fort-royal', 'Vallorque', ['La Norlande et la Sudrie soutiennent la pêche durable dans la région de Vallorque.']]]);
	});

	it('finds an event in each meeting that refers to it', () => {
		expect(summary('events', 'harbour-treaty')).toEqual([
			['2021-03-fort-royal', 'Traité du port', ['Les deux ministres ont rappelé le Traité du port, signé en mai 1998.']],
			['2024-02-02-port-aven', 'Traité du port', ['Tomas Vell a rappelé le Traité du port.']],
		]);
	});

	it('is empty for an entry no meeting mentions, and for the place where a meeting was held', () => {
		expect(mentionsOf(atlas, 'areas', 'culture')).toEqual([]);
		expect(mentionsOf(atlas, 'places', 'port-aven')).toEqual([]);
	});
});

describe('meetingsAt', () => {
	it('lists the meetings held at a place under its current id, whatever it was called then', () => {
		expect(meetingsAt(atlas, 'port-aven')).toEqual(['2021-03-fort-royal', '2024-02-02-port-aven']);
	});

	it('ignores places only named in a text', () => {
		expect(meetingsAt(atlas, 'vallorca')).toEqual([]);
	});
});

describe('relatedToArea', () => {
	it('gathers the participants and organisations of every meeting discussing an area, once each', () => {
		expect(relatedToArea(atlas, 'coast-railway')).toEqual({ actors: ['tomas-vell', 'mira-saltan'], organisations: ['league-of-ports'] });
	});

	it('has no organisations for an area of a meeting that names none', () => {
		expect(relatedToArea(atlas, 'fisheries')).toEqual({ actors: ['tomas-vell', 'mira-saltan'], organisations: [] });
	});

	it('is empty for an area no meeting discusses', () => {
		expect(relatedToArea(atlas, 'culture')).toEqual({ actors: [], organisations: [] });
	});
});

describe('projectsOf', () => {
	it('lists the projects of a field', () => {
		expect(projectsOf(atlas, 'transport')).toEqual(['coast-railway']);
		const two = atlasOf({ areas: [field('transport', 'Transports', { fr: ['transport*'] }), project('road', 'Route', 'transport', ['route']), project('canal', 'Canal', 'transport', ['canal'])] });
		expect(projectsOf(two, 'transport')).toEqual(['canal', 'road']);
	});

	it('is empty for a field without projects, a project, or an unknown id', () => {
		expect(projectsOf(atlas, 'fisheries')).toEqual([]);
		expect(projectsOf(atlas, 'coast-railway')).toEqual([]);
		expect(projectsOf(atlas, 'nothing')).toEqual([]);
	});
});

describe('mainActors', () => {
	it('counts the meetings each person took part in, leaving out those who only are named', () => {
		expect(mainActors(atlas, 'fr')).toEqual([
			{ id: 'mira-saltan', count: 2 },
			{ id: 'tomas-vell', count: 2 },
		]);
	});

	it('puts the most meetings first, then orders by name in the page’s language', () => {
		// "Ioulia Berg" in French comes before "Mira Saltane"; "Yulia Berg" in English, after "Mira Saltan".
		const meetingWith = (id: string, ...people: string[]) => original(id, { participants: people.map((person) => ({ id: person, name: person, role: null, cite: cite(id, 'p1') })) });
		const small = atlasOf({
			actors: [
				person('tomas-vell', 'Tomas Vell', 'XN'),
				person('mira-saltan', { fr: 'Mira Saltane', en: 'Mira Saltan' }, 'XS'),
				person('yulia-berg', { fr: 'Ioulia Berg', en: 'Yulia Berg' }, 'XS'),
				state('sudria', 'Sudrie', 'XS'),
			],
			meetings: [meetingWith('2024-01-kerro', 'tomas-vell', 'mira-saltan', 'sudria'), meetingWith('2024-02-kerro', 'tomas-vell', 'yulia-berg', 'sudria'), meetingWith('2024-03-kerro', 'tomas-vell', 'sudria')],
		});
		const order = (locale: 'fr' | 'en') => mainActors(small, locale).map(({ id }) => id);
		expect(order('fr')).toEqual(['tomas-vell', 'yulia-berg', 'mira-saltan']);
		expect(order('en')).toEqual(['tomas-vell', 'mira-saltan', 'yulia-berg']);
		// A state taking part as a party is not one of the main actors.
		expect(order('en')).not.toContain('sudria');
	});
});

describe('mainFields', () => {
	it('counts the meetings discussing each field, leaving out projects and fields never discussed', () => {
		expect(mainFields(atlas, 'en')).toEqual([
			{ id: 'fisheries', count: 1 },
			{ id: 'transport', count: 1 },
		]);
	});

	it('puts the most meetings first, then orders by name in the page’s language', () => {
		// Trade and Energy tie: in French "Commerce" comes before "Énergie", in English "Energy" before "Trade".
		const meetingOn = (id: string, ...areas: string[]) => original(id, { areas: areas.map((area) => ({ id: area, name: area, cite: cite(id, 'p1') })) });
		const small = atlasOf({
			areas: [field('fisheries', { fr: 'Pêche', en: 'Fisheries' }, { fr: ['pêche'] }), field('trade', { fr: 'Commerce', en: 'Trade' }, { fr: ['commerc*'] }), field('energy', { fr: 'Énergie', en: 'Energy' }, { fr: ['énergi*'] })],
			meetings: [meetingOn('2024-01-kerro', 'fisheries', 'energy'), meetingOn('2024-02-kerro', 'fisheries', 'trade'), meetingOn('2024-03-kerro', 'fisheries')],
		});
		expect(mainFields(small, 'fr').map(({ id, count }) => [id, count])).toEqual([
			['fisheries', 3],
			['trade', 1],
			['energy', 1],
		]);
		expect(mainFields(small, 'en').map(({ id }) => id)).toEqual(['fisheries', 'energy', 'trade']);
		// "Énergie" sorts as "Energie", before "Pêche", not after every unaccented letter as by code point.
		const accents = atlasOf({ areas: [field('fisheries', 'Pêche', { fr: ['pêche'] }), field('energy', 'Énergie', { fr: ['énergi*'] })], meetings: [meetingOn('2024-01-kerro', 'fisheries', 'energy')] });
		expect(mainFields(accents, 'fr').map(({ id }) => id)).toEqual(['energy', 'fisheries']);
	});
});

describe('areasOfActor', () => {
	it('gathers the areas of the meetings an actor took part in, once each', () => {
		expect(areasOfActor(atlas, 'tomas-vell')).toEqual(['fisheries', 'coast-railway', 'transport']);
	});

	it('ignores meetings where the actor is only named', () => {
		expect(areasOfActor(atlas, 'karl-ostrem')).toEqual([]);
	});
});

describe('factsByParagraph', () => {
	it('lists, under each paragraph, the facts it states and where they show on the meeting page', () => {
		expect(Object.fromEntries(factsByParagraph(recordOf('2021-03-fort-royal')))).toEqual({
			p1: [
				{ kind: 'date', id: null, anchor: 'date' },
				{ kind: 'place', id: 'port-aven', anchor: 'place' },
				{ kind: 'participant', id: 'tomas-vell', anchor: 'participants' },
				{ kind: 'participant', id: 'mira-saltan', anchor: 'participants' },
			],
			p2: [
				{ kind: 'actor', id: 'norland', anchor: 'actors' },
				{ kind: 'actor', id: 'sudria', anchor: 'actors' },
				{ kind: 'other-place', id: 'vallorca', anchor: 'places' },
				{ kind: 'area', id: 'fisheries', anchor: 'areas' },
				{ kind: 'event', id: 'harbour-treaty', anchor: 'events' },
				{ kind: 'statement', id: null, anchor: 'statement-1' },
			],
			p3: [
				// Fisheries is cited from p2 and p3: it shows under both.
				{ kind: 'area', id: 'fisheries', anchor: 'areas' },
				{ kind: 'area', id: 'coast-railway', anchor: 'areas' },
				{ kind: 'statement', id: null, anchor: 'statement-2' },
			],
		});
	});

	it('numbers statements from 1, in the record’s order', () => {
		const facts = factsByParagraph(recordOf('2024-02-02-port-aven'));
		expect(facts.get('p3')?.filter((fact) => fact.kind === 'statement').map((fact) => fact.anchor)).toEqual(['statement-1', 'statement-2']);
		expect(facts.get('p4')?.filter((fact) => fact.kind === 'statement').map((fact) => fact.anchor)).toEqual(['statement-3']);
	});

	it('has only the date and place for a record with no other facts', () => {
		const small = factsByParagraph(original('2024-03-03-kerro', { place: { id: 'kerro', name: 'Kerro', cite: cite('2024-03-03-kerro', 'p2') } }).data);
		expect([...small]).toEqual([
			['p1', [{ kind: 'date', id: null, anchor: 'date' }]],
			['p2', [{ kind: 'place', id: 'kerro', anchor: 'place' }]],
		]);
	});

	it('keeps an unresolved mention with a null id', () => {
		const small = factsByParagraph(original('2024-03-03-kerro', { organisations: [{ id: null, name: 'Inconnue', cite: cite('2024-03-03-kerro', 'p3') }] }).data);
		expect(small.get('p3')).toEqual([{ kind: 'organisation', id: null, anchor: 'organisations' }]);
	});
});

describe('sourceParts', () => {
	const line = (kind: SourceEntry['blocks'][number]['kind'], text: string, id: string | null = null) => ({ id, kind, text, line: 1 });
	const wire: SourceEntry = {
		id: 'wire',
		language: 'fr',
		originalFilename: 'wire.txt',
		sha256: '0'.repeat(64),
		publisher: null,
		url: null,
		blocks: [
			line('title', 'Le maire reçoit son homologue'),
			line('dateline', '03.05.2024 à 10h15'),
			line('paragraph', 'Le maire a reçu jeudi son homologue.', 'p1'),
			line('caption', 'Les deux maires au port.'),
			line('credit', '(Agence/Photographe)'),
			line('paragraph', 'Ils ont parlé du port.', 'p2'),
			line('link', '>> Un autre article'),
			line('byline', 'Jeanne Martin'),
		],
	};

	it('keeps the lines before the first paragraph as the header, and the asides between paragraphs in the body, in order', () => {
		const parts = sourceParts(wire);
		expect(parts.header.map((block) => block.kind)).toEqual(['title', 'dateline']);
		expect(parts.body.map((block) => block.id ?? block.kind)).toEqual(['p1', 'caption', 'credit', 'p2', 'link']);
		expect(parts.paragraphs.map((block) => block.id)).toEqual(['p1', 'p2']);
		expect(parts.title).toBe('Le maire reçoit son homologue');
		expect(parts.byline?.text).toBe('Jeanne Martin');
	});
});
