/**
 * Small invented atlases for the unit tests, built by the site's own toAtlas: helpers that make
 * one entry each, as the collections hand them over ({ id, data }, references as ids), and
 * `world`, a two-meeting atlas between two invented states. Every name and text here is made up,
 * so that a test states the rule it checks rather than a fact of the real content.
 */
import { toAtlas, type ArticleEntry, type AtlasEntries } from '../../src/lib/atlas.ts';
import { statementFingerprint } from '../../src/lib/ingest/statements/fingerprint.ts';
import type { Actor } from '../../src/schemas/actor.ts';
import type { Area } from '../../src/schemas/area.ts';
import type { Citation, LocalizedText } from '../../src/schemas/common.ts';
import type { FuzzyDate } from '../../src/schemas/date.ts';
import type { Event } from '../../src/schemas/event.ts';
import type { MeetingRecord } from '../../src/schemas/meeting.ts';
import type { Organisation } from '../../src/schemas/organisation.ts';
import type { Place } from '../../src/schemas/place.ts';
import type { Source } from '../../src/schemas/source.ts';

/** An entry as a collection hands it to toAtlas. */
type EntryOf<Data> = { id: string; data: Data };

/** The same name in both languages, or a name per language: bilingual("Tomas Vell") → { fr: "Tomas Vell", en: "Tomas Vell" }. */
const bilingual = (name: string | LocalizedText): LocalizedText => (typeof name === 'string' ? { fr: name, en: name } : name);

/** A citation: cite("2021-03-fort-royal", "p2", "p3"). */
export function cite(source: string, ...paragraphs: string[]): Citation {
	return { source, paragraphs };
}

/** A date at the precision its value shows: dateOf("2021-03") → { value: "2021-03", precision: "month", inferred: false }. */
export function dateOf(value: string, inferred?: { basis: LocalizedText }): FuzzyDate {
	const precision = value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
	return inferred ? { value, precision, inferred: true, basis: inferred.basis } : { value, precision, inferred: false };
}

/** A person: person("tomas-vell", "Tomas Vell", "XN", { roles: […] }). Aliases default to the French name. */
export function person(id: string, name: string | LocalizedText, country: string, more: Partial<Actor> = {}): EntryOf<Actor> {
	return { id, data: { kind: 'person', name: bilingual(name), aliases: [bilingual(name).fr], country, roles: [], ...more } };
}

/** A state, the actor of its country code: state("norland", { fr: "Norlande", en: "Norland" }, "XN"). */
export function state(id: string, name: string | LocalizedText, country: string, more: Partial<Actor> = {}): EntryOf<Actor> {
	return { id, data: { kind: 'state', name: bilingual(name), aliases: [bilingual(name).fr], country, roles: [], ...more } };
}

/** A city: place("port-aven", "Port-Aven", { formerNames: […] }). */
export function place(id: string, name: string | LocalizedText, more: Partial<Place> = {}): EntryOf<Place> {
	return { id, data: { kind: 'city', name: bilingual(name), formerNames: [], aliases: [bilingual(name).fr], coordinates: { lat: 44, lon: 50 }, ...more } };
}

/** An organisation: organisation("league-of-ports", { fr: "Ligue des ports", en: "League of Ports" }). */
export function organisation(id: string, name: string | LocalizedText, more: Partial<Organisation> = {}): EntryOf<Organisation> {
	return { id, data: { kind: 'organisation', name: bilingual(name), aliases: [bilingual(name).fr], ...more } };
}

/** A field of cooperation, found in texts by its French keywords: field("fisheries", { fr: "Pêche", en: "Fisheries" }, { fr: ["pêche"] }). */
export function field(id: string, name: string | LocalizedText, keywords: { fr: string[]; en?: string[] }, more: Partial<Area> = {}): EntryOf<Area> {
	return { id, data: { kind: 'field', name: bilingual(name), aliases: [], keywords: { en: [], ...keywords }, ...more } };
}

/** A project within a field, found in texts by its aliases: project("coast-railway", "Chemin de fer côtier", "transport", ["chemin de fer côtier"]). */
export function project(id: string, name: string | LocalizedText, fieldId: string, aliases: string[], more: Partial<Area> = {}): EntryOf<Area> {
	return { id, data: { kind: 'project', name: bilingual(name), aliases, keywords: { fr: [], en: [] }, field: fieldId, ...more } };
}

/** An event the texts refer to, with its own (editorial) date or none: event("ports-summit", "Sommet des ports"). */
export function event(id: string, name: string | LocalizedText, more: Partial<Event> = {}): EntryOf<Event> {
	return { id, data: { name: bilingual(name), cues: [[id]], ...more } };
}

/** A French press text: its header, its body paragraphs (p1, p2…) and byline, one block per line pair as splitBlocks gives them. */
export function source(
	id: string,
	text: { tags?: string[]; title?: string; paragraphs: string[]; byline?: string },
	more: Partial<Source> = {},
): EntryOf<Source> {
	let line = 1;
	const block = (kind: Source['blocks'][number]['kind'], blockText: string, blockId: string | null = null) => {
		const made = { id: blockId, kind, text: blockText, line };
		line += 2;
		return made;
	};
	const blocks = [
		...(text.tags ?? []).map((tag) => block('tag', tag)),
		...(text.title ? [block('title', text.title)] : []),
		...text.paragraphs.map((paragraph, index) => block('paragraph', paragraph, `p${index + 1}`)),
		...(text.byline ? [block('byline', text.byline)] : []),
	];
	return { id, data: { language: 'fr', originalFilename: `${id}.txt`, sha256: '0'.repeat(64), publisher: null, url: null, blocks, ...more } };
}

/**
 * The French original of a meeting, "fr/<id>", drawn from the source of the same id, dated by its
 * id: original("2024-03-03-port-aven", { participants: […] }) is dated 2024-03-03, with no other fact.
 */
export function original(id: string, facts: Partial<MeetingRecord> = {}, paragraphs: string[] = []): ArticleEntry & { data: MeetingRecord } {
	const value = /^\d{4}(?:-\d{2}){0,2}(?=-[a-z])/.exec(id)?.[0] ?? '2024-03-03';
	const record: MeetingRecord = {
		kind: 'original',
		reports: 'meeting',
		title: `Rencontre ${id}`,
		titleGenerated: true,
		source: id,
		sourceSha256: '0'.repeat(64),
		tags: [],
		author: null,
		date: { ...dateOf(value), cite: cite(id, 'p1') },
		place: { id: null, name: 'Lieu inconnu', cite: cite(id, 'p1') },
		participants: [],
		actors: [],
		places: [],
		organisations: [],
		areas: [],
		events: [],
		statements: [],
		unresolved: [],
		...facts,
	};
	return { id: `fr/${id}`, data: record, paragraphs };
}

/** The English translation of a meeting, "en/<id>": its title and paragraphs, in the original's order, and the statements it translates ([French, English]). */
export function translation(id: string, title: string, paragraphs: string[], statements: [string, string][] = []): ArticleEntry {
	const translated = statements.map(([french, text]) => ({ fingerprint: statementFingerprint(french), text }));
	return { id: `en/${id}`, data: { kind: 'translation', title, translator: 'Fixture translator (human)', statements: translated }, paragraphs };
}

/** An atlas of the given entries only: atlasOf({ actors: [person("tomas-vell", "Tomas Vell", "XN")] }). */
export function atlasOf(entries: Partial<AtlasEntries>) {
	return toAtlas({ meetings: [], actors: [], places: [], organisations: [], areas: [], events: [], sources: [], ...entries });
}

// The invented world: Norland (XN) and Sudria (XS), whose foreign ministers met twice in the
// Sudrian port city of Port-Aven, called Fort-Royal until 17 September 2023.

const fortRoyal = '2021-03-fort-royal';
const portAven = '2024-02-02-port-aven';

const fortRoyalText = source(fortRoyal, {
	tags: ['Norlande', 'Sudrie'],
	paragraphs: [
		"Tomas Vell, conseiller d'État et ministre norlandais des Affaires étrangères, a rencontré en mars à Fort-Royal son homologue sudrienne Mira Saltane.",
		'Les deux ministres ont rappelé le Traité du port, signé en mai 1998. La Norlande et la Sudrie soutiennent la pêche durable dans la région de Vallorque.',
		'Ils ont convenu de relancer le chemin de fer côtier. « La pêche nous unit », a déclaré Tomas Vell.',
	],
}, { sha256: 'f0a1'.repeat(16) });

const portAvenText = source(portAven, {
	tags: ['Sudrie'],
	title: 'Tomas Vell et Mira Saltan à Port-Aven',
	paragraphs: [
		'Port-Aven, 2 février 2024 — Le ministre norlandais Tomas Vell a rencontré vendredi la ministre sudrienne Mira Saltan.',
		'Le président norlandais Karl Ostrem avait proposé cette rencontre. Les deux ministres ont salué le travail de la Ligue des ports.',
		'Ils préparent le sommet des ports, prévu en juin 2024. Mira Saltan a souligné que la ligne ferroviaire côtière avancerait. La Sudrie souhaite développer les transports.',
		'« Nos ports sont ouverts », a déclaré Mira Saltan. Tomas Vell a rappelé le Traité du port.',
	],
	byline: 'Anna Kiel',
}, { sha256: 'b2c3'.repeat(16), publisher: 'Gazette de Port-Aven', url: 'https://gazette.example/2024/02/02/vell-saltan' });

/** The meeting of March 2021, known to the month only (the year inferred), with no translation. */
const fortRoyalMeeting = original(fortRoyal, {
	title: 'Rencontre entre Tomas Vell et Mira Saltane à Fort-Royal (mars 2021)',
	titleGenerated: true,
	sourceSha256: 'f0a1'.repeat(16),
	tags: ['Norlande', 'Sudrie'],
	date: {
		...dateOf('2021-03', { basis: { fr: 'Le texte dit « en mars » ; l’année est celle de sa publication.', en: 'The text says "in March"; the year is that of its publication.' } }),
		cite: cite(fortRoyal, 'p1'),
	},
	place: { id: 'port-aven', name: 'Fort-Royal', cite: cite(fortRoyal, 'p1') },
	participants: [
		{ id: 'tomas-vell', name: 'Tomas Vell', role: "conseiller d'État et ministre norlandais des Affaires étrangères", cite: cite(fortRoyal, 'p1') },
		{ id: 'mira-saltan', name: 'Mira Saltane', role: 'homologue sudrienne', cite: cite(fortRoyal, 'p1') },
	],
	actors: [
		{ id: 'norland', name: 'Norlande', role: null, cite: cite(fortRoyal, 'p2') },
		{ id: 'sudria', name: 'Sudrie', role: null, cite: cite(fortRoyal, 'p2') },
	],
	places: [{ id: 'vallorca', name: 'Vallorque', cite: cite(fortRoyal, 'p2') }],
	areas: [
		{ id: 'fisheries', name: 'pêche', cite: cite(fortRoyal, 'p2', 'p3') },
		{ id: 'coast-railway', name: 'chemin de fer côtier', cite: cite(fortRoyal, 'p3') },
	],
	events: [{ id: 'harbour-treaty', name: 'Traité du port', cite: cite(fortRoyal, 'p2'), date: dateOf('1998-05') }],
	statements: [
		{ speakers: ['norland', 'sudria'], kind: 'reported', verb: 'soutiennent', text: 'La Norlande et la Sudrie soutiennent la pêche durable dans la région de Vallorque.', cite: cite(fortRoyal, 'p2') },
		{ speakers: ['tomas-vell'], kind: 'direct', verb: 'a déclaré', text: '« La pêche nous unit », a déclaré Tomas Vell.', cite: cite(fortRoyal, 'p3') },
	],
});

/** The meeting of 2 February 2024, with a title of its own and an English translation. */
const portAvenMeeting = original(portAven, {
	title: 'Tomas Vell et Mira Saltan à Port-Aven',
	titleGenerated: false,
	sourceSha256: 'b2c3'.repeat(16),
	tags: ['Sudrie'],
	author: 'Anna Kiel',
	place: { id: 'port-aven', name: 'Port-Aven', cite: cite(portAven, 'p1') },
	participants: [
		{ id: 'tomas-vell', name: 'Tomas Vell', role: 'ministre norlandais', cite: cite(portAven, 'p1') },
		{ id: 'mira-saltan', name: 'Mira Saltan', role: 'ministre sudrienne', cite: cite(portAven, 'p1') },
	],
	actors: [
		{ id: 'karl-ostrem', name: 'Karl Ostrem', role: 'président norlandais', cite: cite(portAven, 'p2') },
		{ id: 'sudria', name: 'Sudrie', role: null, cite: cite(portAven, 'p3') },
	],
	organisations: [{ id: 'league-of-ports', name: 'Ligue des ports', cite: cite(portAven, 'p2') }],
	areas: [
		{ id: 'coast-railway', name: 'ligne ferroviaire côtière', cite: cite(portAven, 'p3') },
		{ id: 'transport', name: 'transports', cite: cite(portAven, 'p3') },
	],
	events: [
		{ id: 'ports-summit', name: 'sommet des ports', cite: cite(portAven, 'p3'), date: dateOf('2024-06') },
		{ id: 'harbour-treaty', name: 'Traité du port', cite: cite(portAven, 'p4') },
	],
	statements: [
		{ speakers: ['mira-saltan'], kind: 'direct', verb: 'a souligné', text: 'Mira Saltan a souligné que la ligne ferroviaire côtière avancerait.', cite: cite(portAven, 'p3') },
		{ speakers: ['sudria'], kind: 'reported', verb: 'souhaite', text: 'La Sudrie souhaite développer les transports.', cite: cite(portAven, 'p3') },
		{ speakers: ['mira-saltan'], kind: 'direct', verb: 'a déclaré', text: '« Nos ports sont ouverts », a déclaré Mira Saltan.', cite: cite(portAven, 'p4') },
	],
});

const portAvenTranslation = translation(portAven, 'Tomas Vell and Mira Saltan in Port Aven', [
	'Port Aven, 2 February 2024 — Norland minister Tomas Vell met Sudrian minister Mira Saltan on Friday.',
	'Norland President Karl Ostrem had proposed the meeting. The two ministers praised the work of the League of Ports.',
	'They are preparing the ports summit planned for June 2024. Mira Saltan stressed that the coastal railway line would move forward. Sudria wishes to develop transport.',
	'"Our ports are open," said Mira Saltan. Tomas Vell recalled the Harbour Treaty.',
], [
	// The third statement is left untranslated: pages quote it in French.
	['Mira Saltan a souligné que la ligne ferroviaire côtière avancerait.', 'Mira Saltan stressed that the coastal railway line would move forward.'],
	['La Sudrie souhaite développer les transports.', 'Sudria wishes to develop transport.'],
]);

/**
 * The invented world, as the collections would hand it over. Who and what it holds:
 * - states Norland (XN) and Sudria (XS); their ministers Tomas Vell (same name in both languages)
 *   and Mira Saltan ("Mira Saltane" in French), who met at both meetings; Norland's president
 *   Karl Ostrem, only named; Ines Hald (FR, a country without a state actor), named by no text;
 * - Port-Aven, a city called Fort-Royal until 2023-09-17, where both meetings took place;
 *   Vallorca ("Vallorque"), a region only named in passing;
 * - the League of Ports ("LDP" / "LOP"), named in 2024;
 * - the fields Fisheries (2021), Transport (2024) and Culture (never discussed), and the
 *   project Coastal railway in the field Transport, discussed at both meetings under two spellings;
 * - the Harbour Treaty, with an editorial date (1998-05-04) though the 2021 text gives "May 1998",
 *   and the Ports summit, with no date of its own but "June 2024" in the 2024 text.
 */
export const world: AtlasEntries = {
	meetings: [fortRoyalMeeting, portAvenMeeting, portAvenTranslation],
	actors: [
		state('norland', { fr: 'Norlande', en: 'Norland' }, 'XN', { aliases: ['Norlande', 'partie norlandaise'] }),
		state('sudria', { fr: 'Sudrie', en: 'Sudria' }, 'XS', { aliases: ['Sudrie', 'partie sudrienne'] }),
		person('tomas-vell', 'Tomas Vell', 'XN', {
			aliases: ['Tomas Vell', 'Vell', 'Томас Велл'],
			roles: [
				{ fr: "conseiller d'État et ministre norlandais des Affaires étrangères", en: 'State Councillor and Minister of Foreign Affairs of Norland' },
				{ fr: 'ministre norlandais', en: 'Norland minister' },
			],
		}),
		person('mira-saltan', { fr: 'Mira Saltane', en: 'Mira Saltan' }, 'XS', {
			aliases: ['Mira Saltane', 'Mira Saltan', 'Saltane', 'Saltan', 'Мира Салтан'],
			roles: [
				{ fr: 'homologue sudrienne', en: 'Sudrian counterpart' },
				{ fr: 'ministre sudrienne', en: 'Sudrian minister' },
			],
		}),
		person('karl-ostrem', 'Karl Ostrem', 'XN', { aliases: ['Karl Ostrem', 'Ostrem'], roles: [{ fr: 'président norlandais', en: 'President of Norland' }] }),
		person('ines-hald', 'Ines Hald', 'FR'),
	],
	places: [
		place('port-aven', { fr: 'Port-Aven', en: 'Port Aven' }, {
			formerNames: [{ name: { fr: 'Fort-Royal', en: 'Fort Royal' }, until: '2023-09-17' }],
			aliases: ['Port-Aven', 'Port Aven', 'Fort-Royal', 'Fort Royal'],
			country: 'XS',
			coordinates: { lat: 43.25, lon: 51.5 },
		}),
		place('vallorca', { fr: 'Vallorque', en: 'Vallorca' }, { kind: 'region', aliases: ['Vallorque', 'Vallorca'], coordinates: { lat: 45, lon: 49.75 } }),
	],
	organisations: [organisation('league-of-ports', { fr: 'Ligue des ports', en: 'League of Ports' }, { abbreviation: { fr: 'LDP', en: 'LOP' }, aliases: ['Ligue des ports', 'LDP', 'LOP'] })],
	areas: [
		field('fisheries', { fr: 'Pêche', en: 'Fisheries' }, { fr: ['pêche', 'halieuti*'], en: ['fishing'] }),
		field('transport', { fr: 'Transports', en: 'Transport' }, { fr: ['transport*'] }),
		field('culture', 'Culture', { fr: ['cultur*'] }),
		project('coast-railway', { fr: 'Chemin de fer côtier', en: 'Coastal railway' }, 'transport', ['chemin de fer côtier', 'ligne ferroviaire côtière'], { keywords: { fr: ['ferroviaire'], en: ['railway'] } }),
	],
	events: [
		event('harbour-treaty', { fr: 'Traité du port', en: 'Harbour Treaty' }, {
			date: dateOf('1998-05-04', { basis: { fr: 'Le jour de la signature, connu hors des textes.', en: 'The day of signature, known from outside the texts.' } }),
		}),
		event('ports-summit', { fr: 'Sommet des ports', en: 'Ports summit' }, { place: 'port-aven' }),
	],
	sources: [fortRoyalText, portAvenText],
};
