import { describe, expect, it } from 'vitest';
import { classifyReport } from '../../../../../src/lib/ingest/report/classify-report.ts';
import { extractParticipants } from '../../../../../src/lib/ingest/entities/extract-participants.ts';
import { loadNationalities } from '../../../helpers.ts';
import { analyse, gazetteer } from '../analyse.ts';

const nationalities = loadNationalities();

const extract = (...paragraphs: string[]) => {
	const analysed = analyse(paragraphs.join('\n\n'));
	return extractParticipants(analysed, classifyReport(analysed), gazetteer, nationalities, 'test');
};
/** "name | role | country" of each participant. */
const participantsOf = (...paragraphs: string[]) =>
	extract(...paragraphs).participants.map((participant) => `${participant.name} | ${participant.role} | ${participant.country}`);
const leftOutOf = (...paragraphs: string[]) => extract(...paragraphs).leftOut.map((item) => `${item.name}: ${item.reason}`);

describe('extractParticipants: the shapes of a report', () => {
	it('"X a rencontré Y", a known and an unknown person', () => {
		const { participants } = extract('Le 3 mai 2024, Wang Yi a rencontré à Almaty le ministre kirghiz de la Défense Aibek Toktogulov.');
		expect(participants).toEqual([
			{ id: 'wang-yi', name: 'Wang Yi', role: null, country: 'CN', cite: { source: 'test', paragraphs: ['p1'] } },
			{ id: null, name: 'Aibek Toktogulov', role: 'ministre kirghiz de la Défense', country: 'KG', cite: { source: 'test', paragraphs: ['p1'] } },
		]);
	});

	it('"X s\'est entretenu avec Y"', () => {
		expect(participantsOf("Le président kazakh Nurlan Seitkali s'est entretenu lundi avec le vice-président chinois Liu Hanwen.")).toEqual([
			'Nurlan Seitkali | président kazakh | KZ',
			'Liu Hanwen | vice-président chinois | CN',
		]);
	});

	it('"X a reçu Y"', () => {
		expect(participantsOf('Le président kirghiz Bakyt Osmonov a reçu vendredi à Bichkek Wang Yi.')).toEqual([
			'Bakyt Osmonov | président kirghiz | KG',
			'Wang Yi | null | CN',
		]);
	});

	it('"lors de sa rencontre avec Y", the subject after a verb of speech', () => {
		expect(participantsOf("La coopération progresse, a déclaré jeudi le président chinois Liu Hanwen lors de sa rencontre avec l'ancien président kirghiz Bakyt Osmonov.")).toEqual([
			'Liu Hanwen | président chinois | CN',
			'Bakyt Osmonov | ancien président kirghiz | KG',
		]);
	});

	it('"lors de sa rencontre avec Y" in the second sentence, its subject named by surname', () => {
		expect(
			participantsOf(
				'Le président tadjik Sanjar Nazarov a salué la coopération avec la Chine.',
				'Lors de sa rencontre mardi avec Wang Yi, M. Nazarov a évoqué le commerce.',
			),
		).toEqual(['Sanjar Nazarov | président tadjik | TJ', 'Wang Yi | null | CN']);
	});

	it('"son homologue Y" when no verb of meeting names them', () => {
		expect(participantsOf('Le ministre chinois Liu Hanwen et son homologue kazakh Nurlan Seitkali ont signé un accord.')).toEqual([
			'Liu Hanwen | ministre chinois | CN',
			'Nurlan Seitkali | homologue kazakh | KZ',
		]);
	});

	it('an announced visit: the visitor and the inviting hosts, without the spokesperson', () => {
		const paragraphs = [
			"Le Premier ministre chinois, Liu Hanwen, effectuera des visites officielles au Kirghizistan et en Lettonie du 2 au 6 mai, a annoncé mardi le porte-parole du ministère des Affaires étrangères Zhou Minghua.",
			"À Bichkek, M. Liu participera à une réunion régionale au Kirghizistan, à l'invitation de son homologue Bakyt Osmonov.",
			"Il se rendra ensuite à Riga, à l'invitation de son homologue letton, Janis Ozols.",
		];
		expect(participantsOf(...paragraphs)).toEqual([
			'Liu Hanwen | Premier ministre chinois | CN',
			'Bakyt Osmonov | homologue | KG',
			'Janis Ozols | homologue letton | LV',
		]);
		expect(extract(...paragraphs).countries).toEqual(['CN', 'KG', 'LV']);
		expect(leftOutOf(...paragraphs)).toEqual(['Zhou Minghua: spokesperson']);
	});

	it('an announced visit with unnamed hosts: the destination takes part', () => {
		const result = extract('Le Premier ministre chinois Liu Hanwen se rendra au Kirghizstan du 24 au 27 octobre.');
		expect(result.participants.map((participant) => participant.name)).toEqual(['Liu Hanwen']);
		expect(result.countries).toEqual(['CN', 'KG']);
	});

	it('an arrival: the leaders who arrive and the host who welcomes them, not a later meeting', () => {
		const paragraphs = [
			"Le président chinois Liu Hanwen est arrivé mardi au Kazakhstan. Il a été accueilli à l'aéroport par le président kazakh Nurlan Seitkali.",
			'Le président kirghiz Bakyt Osmonov est également arrivé à Astana.',
			'Liu Hanwen rencontrera le président russe Oleg Smirnov lors du sommet.',
		];
		expect(participantsOf(...paragraphs)).toEqual([
			'Liu Hanwen | président chinois | CN',
			'Nurlan Seitkali | président kazakh | KZ',
			'Bakyt Osmonov | président kirghiz | KG',
		]);
		expect(extract(...paragraphs).countries).toEqual(['CN', 'KZ', 'KG']);
		expect(leftOutOf(...paragraphs)).toEqual(['Oleg Smirnov: other-meeting']);
	});

	it('a multilateral meeting: the leaders listed after "Parmi ces dirigeants", each with the adjective before their name', () => {
		expect(
			participantsOf(
				'Le président chinois Liu Hanwen a rencontré samedi trois dirigeants de la région.',
				'Parmi ces dirigeants figurent les présidents ouzbek Timur Rakhimov et tadjik Sanjar Nazarov, ainsi que le président turkmène Serdar Annamoukhammedov.',
			),
		).toEqual([
			'Liu Hanwen | président chinois | CN',
			'Timur Rakhimov | présidents ouzbek | UZ',
			'Sanjar Nazarov | null | TJ',
			'Serdar Annamoukhammedov | président turkmène | TM',
		]);
	});

	it('a summit opened with a leader and "his counterparts of the other members": the members take part', () => {
		const result = extract(
			"Le sommet régional s'est ouvert jeudi à Almaty avec la participation du président chinois Liu Hanwen et de ses homologues des autres pays membres.",
			"L'organisation regroupe la Chine, la Russie, le Kazakhstan et le Kirghizistan.",
		);
		expect(result.participants.map((participant) => participant.name)).toEqual(['Liu Hanwen']);
		expect(result.countries).toEqual(['CN', 'RU', 'KZ', 'KG']);
	});

	it('a virtual meeting has its participants too', () => {
		expect(participantsOf('Le Premier ministre chinois Liu Hanwen a rencontré mardi par liaison vidéo son homologue kazakh Nurlan Seitkali.')).toEqual([
			'Liu Hanwen | Premier ministre chinois | CN',
			'Nurlan Seitkali | homologue kazakh | KZ',
		]);
	});
});

describe('extractParticipants: who is left out', () => {
	it('a spokesperson who announces the meeting', () => {
		const paragraphs = ["Wang Yi a rencontré lundi Jeenbek Kulubaev à Almaty, a indiqué le porte-parole du ministère, Zhou Minghua."];
		expect(participantsOf(...paragraphs)).toEqual(['Wang Yi | null | CN', 'Jeenbek Kulubaev | null | KG']);
		expect(leftOutOf(...paragraphs)).toEqual(['Zhou Minghua: spokesperson']);
	});

	it('a spokesperson stays out when a later mention by title and surname reports speech', () => {
		const paragraphs = [
			"Le président kazakh Nurlan Seitkali effectuera une visite d'État en Chine du 4 au 6 juin, a annoncé la porte-parole du ministère, Zhou Minghua.",
			'Les deux présidents signeront plusieurs accords, a précisé Mme Zhou.',
		];
		expect(participantsOf(...paragraphs)).toEqual(['Nurlan Seitkali | président kazakh | KZ']);
		expect(leftOutOf(...paragraphs)).toEqual(['Zhou Minghua: spokesperson']);
	});

	it('a person quoted in the lead', () => {
		const paragraphs = ['Wang Yi a rencontré mardi Jeenbek Kulubaev, qui a salué « la vision du président Liu Hanwen ».'];
		expect(participantsOf(...paragraphs)).toEqual(['Wang Yi | null | CN', 'Jeenbek Kulubaev | null | KG']);
		expect(leftOutOf(...paragraphs)).toEqual(['Liu Hanwen: quoted']);
	});

	it('a person of another meeting the same day', () => {
		const paragraphs = [
			'Le président kirghiz Bakyt Osmonov a rencontré jeudi Wang Yi.',
			'Plus tôt dans la journée, le ministre kirghiz de la Défense Aibek Toktogulov a eu un entretien avec M. Wang.',
		];
		expect(participantsOf(...paragraphs)).toEqual(['Bakyt Osmonov | président kirghiz | KG', 'Wang Yi | null | CN']);
		expect(leftOutOf(...paragraphs)).toEqual(['Aibek Toktogulov: other-meeting']);
	});

	it('a person only mentioned, and the countries of an organisation member list', () => {
		const result = extract(
			'Wang Yi a rencontré mardi Jeenbek Kulubaev à Almaty.',
			"Les deux ministres ont salué la direction du président chinois Liu Hanwen. L'organisation regroupe la Chine, la Russie, le Kazakhstan et le Kirghizistan.",
		);
		expect(result.participants.map((participant) => participant.name)).toEqual(['Wang Yi', 'Jeenbek Kulubaev']);
		expect(result.countries).toEqual(['CN', 'KG']);
		expect(result.leftOut.map((item) => `${item.name}: ${item.reason}`)).toEqual(['Liu Hanwen: mentioned']);
	});

	it('people in a photo caption and in a link line, even with the shape of a report', () => {
		const paragraphs = [
			'Wang Yi a rencontré mardi Jeenbek Kulubaev à Almaty.',
			'>> Le président chinois Liu Hanwen a reçu le président russe Oleg Smirnov',
			'Le ministre kazakh Nurlan Seitkali prend la parole lors d’une réunion à Astana.',
			'Photo : Xinhua/Zhang Wei',
			'Les deux ministres ont évoqué le commerce.',
		];
		expect(participantsOf(...paragraphs)).toEqual(['Wang Yi | null | CN', 'Jeenbek Kulubaev | null | KG']);
		// The link, caption and credit lines are not paragraphs (blocks.ts): nobody in them is even considered.
		expect(leftOutOf(...paragraphs)).toEqual([]);
	});

	it('no capitalised common noun or place as a person', () => {
		expect(participantsOf('Le Premier ministre chinois Liu Hanwen a rencontré au Grand Palais du Peuple le Président ouzbek Timur Rakhimov.')).toEqual([
			'Liu Hanwen | Premier ministre chinois | CN',
			'Timur Rakhimov | Président ouzbek | UZ',
		]);
	});
});

describe('extractParticipants: a summit and its host', () => {
	it('the host who opens the summit', () => {
		expect(
			participantsOf(
				"Le sommet de l'Union des steppes s'est ouvert jeudi à Almaty avec la participation du président russe Oleg Smirnov.",
				'Le président kazakh Nurlan Seitkali, hôte de la réunion, a ouvert les travaux.',
			),
		).toEqual(['Oleg Smirnov | président russe | RU', 'Nurlan Seitkali | président kazakh | KZ']);
	});

	it('the host who chairs the summit', () => {
		expect(
			participantsOf(
				"Le sommet de l'Union des steppes s'est tenu jeudi à Almaty en présence du président russe Oleg Smirnov.",
				'Les travaux se sont déroulés sous la présidence du président kazakh Nurlan Seitkali.',
			),
		).toEqual(['Oleg Smirnov | président russe | RU', 'Nurlan Seitkali | président kazakh | KZ']);
	});
});

describe('extractParticipants: names, roles and countries', () => {
	it('a given name that is also a place alias, before a surname', () => {
		expect(participantsOf("L'ancien président kazakh Noursoultan Temirov a reçu mardi à Almaty le vice-président chinois Liu Hanwen.")).toEqual([
			'Noursoultan Temirov | ancien président kazakh | KZ',
			'Liu Hanwen | vice-président chinois | CN',
		]);
	});

	it('a role in apposition before a comma, with its country adjective, that does not run back over the subject', () => {
		expect(
			participantsOf("Le ministre chinois Liu Hanwen a rencontré vendredi le vice-Premier ministre et ministre kazakh de l'Énergie, Nurlan Seitkali, à Almaty."),
		).toEqual(['Liu Hanwen | ministre chinois | CN', "Nurlan Seitkali | vice-Premier ministre et ministre kazakh de l'Énergie | KZ"]);
	});

	it('no role from a headline in the present tense', () => {
		expect(
			participantsOf(
				'Le chef de la diplomatie chinoise rencontre Nurlan Seitkali à Almaty',
				"Le ministre chinois Liu Hanwen a rencontré vendredi à Almaty le ministre kazakh de l'Énergie, Nurlan Seitkali.",
			),
		).toEqual(['Liu Hanwen | ministre chinois | CN', "Nurlan Seitkali | ministre kazakh de l'Énergie | KZ"]);
	});

	it('merges two spellings of one person, keeping the first full mention', () => {
		const result = extract(
			'Le président turkmène Serdar Annamoukhammedov a reçu mardi Wang Yi.',
			'Serdar Annamoukhamedov a rappelé les liens entre les deux pays, a ajouté M. Annamoukhamedov.',
		);
		expect(result.participants.map((participant) => [participant.name, participant.cite.paragraphs])).toEqual([
			['Serdar Annamoukhammedov', ['p1', 'p2']],
			['Wang Yi', ['p1']],
		]);
	});

	it('takes the role written in apposition, before or after the name, and the country it names', () => {
		expect(
			participantsOf(
				"Wang Yi, conseiller d'État et ministre des Affaires étrangères de la Chine, a rencontré mercredi le vice-Premier ministre et ministre des Affaires étrangères du Turkménistan, Batyr Orazov.",
			),
		).toEqual([
			"Wang Yi | conseiller d'État et ministre des Affaires étrangères de la Chine | CN",
			'Batyr Orazov | vice-Premier ministre et ministre des Affaires étrangères du Turkménistan | TM',
		]);
	});

	it('reads "président par intérim" and a former president\'s country from their roles', () => {
		expect(participantsOf("Wang Yi a rencontré à Astana le président par intérim du Kazakhstan, Nurlan Seitkali.")).toEqual([
			'Wang Yi | null | CN',
			'Nurlan Seitkali | président par intérim du Kazakhstan | KZ',
		]);
	});

	it('gives the gazetteer entry\'s country to a known person', () => {
		expect(extract('Jeenbek Kulubaev a rencontré lundi le ministre russe Oleg Smirnov.').participants.map((participant) => participant.country)).toEqual(['KG', 'RU']);
	});
});
