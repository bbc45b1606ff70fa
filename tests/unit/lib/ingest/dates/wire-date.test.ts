/**
 * The dates of wire texts: one short invented text per form and per trap. Each checks the date
 * given to the meeting, whether it is marked as stated, and the basis in words.
 */
import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../../../../src/lib/ingest/text/blocks.ts';
import type { EventCueEntry } from '../../../../../src/lib/ingest/gazetteer/gazetteer.ts';
import { normalizeRawText } from '../../../../../src/lib/ingest/text/normalize.ts';
import { analyseWireDates, extractWireDate, type WireDateOptions } from '../../../../../src/lib/ingest/dates/wire-date.ts';

const leagueOfPorts: EventCueEntry = {
	id: 'league-of-ports',
	name: { fr: 'Fondation de la Ligue des ports', en: 'Founding of the League of Ports' },
	cues: [['Ligue des ports']],
	date: { value: '2001-05-04', precision: 'day', inferred: false },
};

function meetingOf(text: string, options: Partial<WireDateOptions> = {}, events: EventCueEntry[] = []) {
	return analyseWireDates(splitBlocks(normalizeRawText(text)), events, { source: 'test', ...options });
}

function dateOf(text: string, options: Partial<WireDateOptions> = {}, events: EventCueEntry[] = []) {
	const { meeting } = meetingOf(text, options, events);
	if (!meeting.found) throw new Error(`no date: ${meeting.reason.en}`);
	return meeting.date;
}

describe('the meeting date', () => {
	it('takes a dateline-led first paragraph as stated', () => {
		const date = dateOf('Le 3 mars 2019, le maire A a reçu son homologue B à Lyon.\n\nIls ont parlé du port.');
		expect(date).toEqual({ value: '2019-03-03', precision: 'day', inferred: false, cite: { source: 'test', paragraphs: ['p1'] } });
	});

	it('anchors a weekday on the publication stamp: the latest such weekday on or before it', () => {
		const date = dateOf('Le maire A rencontre B\n\nAgence | 02.08.2014 10h00\n\nLe maire A a rencontré jeudi son homologue B.');
		expect(date).toMatchObject({ value: '2014-07-31', precision: 'day', inferred: true });
		expect(date.basis).toEqual({
			fr: 'Le texte dit « jeudi » (p1) sans autre date ; l\'horodatage de publication « 02.08.2014 10h00 » date du 2 août 2014, et le jeudi le plus récent à cette date est le 31 juillet 2014.',
			en: 'The text says “jeudi” (p1) with no other date; the publication stamp “02.08.2014 10h00” dates from 2 August 2014, and the latest Thursday on or before it is 31 July 2014.',
		});
	});

	it('takes the year of a weekday, day and month from the stamp, and checks the weekday', () => {
		const date = dateOf('07.06.2021 à 18h05\n\nLe maire A a rencontré lundi 7 juin son homologue B.');
		expect(date).toMatchObject({ value: '2021-06-07', precision: 'day', inferred: true });
		expect(date.basis!.fr).toBe('Le texte dit « lundi 7 juin » (p1) sans l\'année ; l\'horodatage de publication « 07.06.2021 à 18h05 » date du 7 juin 2021, d\'où 2021. Le 7 juin 2021 est bien un lundi.');
	});

	it('does not take the publication stamp for the meeting date', () => {
		const { meeting, anchor } = meetingOf('Agence | 02.08.2014 10h00\n\nLe maire A a longuement parlé du port.');
		expect(anchor).toMatchObject({ from: 'stamp', year: 2014, month: 8, day: 2 });
		expect(meeting.found).toBe(false);
	});

	it('counts "hier" from the publication day, and does not date the meeting by "la veille"', () => {
		const text = '15.05.2019 08h00\n\nLe maire A est arrivé hier à Lyon, où il a été accueilli par son homologue B. La veille, il avait écrit une lettre.';
		expect(dateOf(text)).toMatchObject({ value: '2019-05-14', precision: 'day', inferred: true });
		const { meeting } = meetingOf('La veille, le maire A a rencontré son homologue B.');
		expect(meeting.found).toBe(false);
		if (!meeting.found) expect(meeting.reason.en).toContain('counts from another event');
		const noStamp = meetingOf('Le maire A est arrivé hier à Lyon.');
		if (!noStamp.meeting.found) expect(noStamp.meeting.reason.fr).toBe('Le texte dit « hier » (p1) : ce mot compte à partir du jour de publication, que le texte ne donne pas.');
	});

	it('resolves ranges: "du 5 au 8 avril", "du 12 au 14", "les 15 et 16 septembre", "de vendredi à dimanche"', () => {
		expect(dateOf('28.03.2017 09h00\n\nLe maire A se rendra à Lyon du 5 au 8 avril.')).toMatchObject({ value: '2017-04-05', end: '2017-04-08', inferred: true });
		const noMonth = dateOf('03.05.2017 09h00\n\nLe maire A participera au forum du 12 au 14.');
		expect(noMonth).toMatchObject({ value: '2017-05-12', end: '2017-05-14' });
		expect(noMonth.basis!.fr).toContain('(le mois est celui de l\'horodatage de publication « 03.05.2017 09h00 »)');
		expect(dateOf('20.05.2017 09h00\n\nLe maire A participera au forum du 12 au 14.')).toMatchObject({ value: '2017-06-12', end: '2017-06-14' });
		expect(dateOf('01.09.2020 12h00\n\nLe maire A participera au sommet des ports les 15 et 16 septembre.')).toMatchObject({ value: '2020-09-15', end: '2020-09-16', precision: 'day' });
		expect(dateOf('01.09.2020 12h00\n\nLe maire A effectuera une visite à Lyon de vendredi à dimanche.')).toMatchObject({ value: '2020-09-04', end: '2020-09-06' });
	});

	it('dates an announced visit by its dates, not by the day of the announcement', () => {
		const text = '29.12.2016 10h00\n\nLe maire A effectuera une visite à Lyon du 2 au 4 janvier, a annoncé jeudi la porte-parole B.';
		const date = dateOf(text);
		expect(date).toMatchObject({ value: '2017-01-02', end: '2017-01-04', inferred: true });
		expect(date.basis!.en).toContain('the date is ahead at that time, hence 2017');
		const { expressions } = meetingOf(text);
		expect(expressions.find((found) => found.written === 'jeudi')?.role).toBe('announcement');
		const reported = meetingOf('Le 20 mai, la porte-parole B a annoncé que le maire A se rendrait à Lyon du 24 au 26 mai.', { year: 2018 });
		expect(reported.expressions.map((found) => [found.written, found.role])).toEqual([['20 mai', 'announcement'], ['du 24 au 26 mai', 'meeting']]);
	});

	it('prefers the dates a later sentence gives to a visit "la semaine prochaine"', () => {
		const date = dateOf('10.06.2019 09h00\n\nLe maire A devrait se rendre à Lyon la semaine prochaine.\n\nLa porte-parole a précisé que le maire A se rendrait à Lyon du 17 au 19 juin.');
		expect(date).toMatchObject({ value: '2019-06-17', end: '2019-06-19', cite: { paragraphs: ['p2'] } });
		expect(dateOf('10.06.2019 09h00\n\nLe maire A devrait se rendre à Lyon la semaine prochaine.')).toMatchObject({ value: '2019-06-17', end: '2019-06-23' });
	});

	it('does not date the meeting by a past visit the same sentence mentions', () => {
		const date = dateOf('Agence | 09.06.2019 10h00\n\nLe maire A est arrivé dimanche à Lyon, après sa visite d\'État en mai 2018.');
		expect(date).toMatchObject({ value: '2019-06-09', precision: 'day', inferred: true });
	});

	it('infers the year of a day and month from an event of known date ("il y a 17 ans")', () => {
		const text = 'Le maire A a rencontré mardi 8 mai son homologue B.\n\nLa Ligue des ports a été fondée il y a 17 ans.';
		const date = dateOf(text, {}, [leagueOfPorts]);
		expect(date).toMatchObject({ value: '2018-05-08', precision: 'day', inferred: true, cite: { paragraphs: ['p1', 'p2'] } });
		expect(date.basis!.fr).toBe("Année déduite : le texte date la rencontre « mardi 8 mai » sans année (p1) et situe l'événement « Fondation de la Ligue des ports » « il y a 17 ans » (p2) ; cet événement date de 2001, d'où 2001 + 17 = 2018. Le 8 mai 2018 est bien un mardi.");
		expect(date.basis!.en).toBe('Year inferred: the text dates the meeting "mardi 8 mai" (in May) with no year (p1) and places the event "Founding of the League of Ports" "il y a 17 ans" (17 years ago) (p2); that event dates from 2001, hence 2001 + 17 = 2018. 8 May 2018 is indeed a Tuesday.');
	});

	it('lists the years that fit a weekday, day and month when there is no stamp, narrowed by the past events of the text', () => {
		const { meeting } = meetingOf('Le maire A a rencontré mardi 8 mai son homologue B.');
		expect(meeting.found).toBe(false);
		if (!meeting.found) {
			expect(meeting.candidates).toEqual(['2001', '2007', '2012', '2018', '2029', '2035', '2040']);
			expect(meeting.supply.en).toContain('--date YYYY-MM-DD');
		}
		const narrowed = dateOf('Le maire A a rencontré mardi 8 mai son homologue B. En 2016, B avait visité le port de A.\n\nLa Ligue des ports a signé un accord en 2017.', { years: { from: 1991, to: 2028 } });
		expect(narrowed).toMatchObject({ value: '2018-05-08', inferred: true });
		expect(narrowed.basis!.fr).toContain('ce qui laisse 2018');
	});

	it('is absent with a reason when nothing dates the meeting, and takes the curator\'s date', () => {
		const { meeting } = meetingOf('Le maire A a rencontré jeudi son homologue B.');
		expect(meeting.found).toBe(false);
		if (!meeting.found) expect(meeting.reason.fr).toBe('Le texte dit « jeudi » (p1), un jour de la semaine sans date ; le texte ne donne aucune date de publication, et aucune année ne peut en être déduite.');
		const given = dateOf('Le maire A a rencontré jeudi son homologue B.', { date: '2014-07-31' });
		expect(given).toEqual({
			value: '2014-07-31', precision: 'day', inferred: true,
			basis: { fr: 'Date fournie par la personne qui a importé le texte : 31 juillet 2014 ; le texte dit « jeudi » (p1).', en: 'Date given by the curator who imported the text: 31 July 2014; the text says “jeudi” (p1).' },
			cite: { source: 'test', paragraphs: ['p1'] },
		});
		expect(meetingOf('Le maire A a rencontré B.', { date: '2014-02-30' }).problems[0]?.message).toContain('not a real date');
	});

	it('quotes the curator\'s reason for the date they give, in both languages', () => {
		const given = dateOf('Le maire A a rencontré jeudi son homologue B.', { date: '2014-07-31', dateBasis: 'the city hall dated the meeting that day' });
		expect(given.basis!.fr).toMatch(/31 juillet 2014 ; le texte dit « jeudi » \(p1\)\. Raison donnée : « the city hall dated the meeting that day »\.$/);
		expect(given.basis!.en).toMatch(/The curator's reason: “the city hall dated the meeting that day”\.$/);
	});

	it('uses an update stamp without year only with a year known otherwise', () => {
		const text = 'Dernière mise à jour à 08h57 le 01/04\n\nLe maire A a rencontré mercredi son homologue B.';
		expect(meetingOf(text).meeting.found).toBe(false);
		const date = dateOf(text, { year: 2022 });
		expect(date).toMatchObject({ value: '2022-03-30', precision: 'day', inferred: true });
		expect(date.basis!.fr).toContain("l'année 2022 est fournie par la personne qui a importé le texte");
	});

	it('dates a weekday from the publication day in the article\'s address', () => {
		expect(dateOf('Le maire A a rencontré mercredi son homologue B.', { url: 'http://example.org/n3/2018/0412/c1-2.html' })).toMatchObject({ value: '2018-04-11' });
	});

	it('never marks as stated a weekday, a relative word, a day and month without year, or a stamp', () => {
		const texts = [
			'Agence | 02.08.2014 10h00\n\nLe maire A a rencontré jeudi son homologue B.',
			'15.05.2019 08h00\n\nLe maire A est arrivé hier à Lyon.',
			'07.06.2021 à 18h05\n\nLe maire A a rencontré lundi 7 juin son homologue B.',
			'Le maire A a rencontré mardi 8 mai son homologue B. La Ligue des ports a été fondée il y a 17 ans.',
		];
		for (const text of texts) {
			const { meeting } = meetingOf(text, {}, [leagueOfPorts]);
			if (meeting.found) expect(meeting.date.inferred).toBe(true);
		}
	});

	it('is pure: the same input gives the same output', () => {
		const text = '10.06.2019 09h00\n\nLe maire A devrait se rendre à Lyon la semaine prochaine.';
		expect(meetingOf(text)).toEqual(meetingOf(text));
	});

	it('says what the curator can supply when the date cannot be found', () => {
		const result = extractWireDate(splitBlocks('Le maire A a rencontré jeudi son homologue B.'), [], { source: 'test' });
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problems[0]!.fix).toContain('--date YYYY-MM-DD');
	});
});

describe('a wire dateline opening the lead', () => {
	it('dates the filing, not the visit: the announced period is resolved from it', () => {
		const text = 'Mis à jour le 12/04/2019\n\nLYON, 12 avril (Agence) -- Le maire A effectuera une visite à Turin du 2 au 4 mai, a annoncé vendredi son porte-parole.';
		const { anchor, meeting } = meetingOf(text);
		expect(anchor).toMatchObject({ from: 'dateline', written: 'LYON, 12 avril (Agence) --', year: 2019, month: 4, day: 12 });
		if (!meeting.found) throw new Error(meeting.reason.en);
		expect(meeting.date).toMatchObject({ value: '2019-05-02', end: '2019-05-04', precision: 'day', inferred: true });
		expect(meeting.date.basis!.fr).toContain('la ligne de date de la dépêche « LYON, 12 avril (Agence) -- » (année tirée de l\'horodatage de mise à jour « 12/04/2019 »)');
	});

	it('anchors a weekday on the dateline, with the year from the address', () => {
		const date = dateOf('TURIN, 5 juin (Agence) – Le maire A a rencontré mardi son homologue B.', { url: 'https://example.org/2024/0605/a.html' });
		expect(date).toMatchObject({ value: '2024-06-04', precision: 'day', inferred: true });
	});

	it('dates a lead with no date of its own from the dateline, as inferred, and says so', () => {
		const date = dateOf('LYON, 3 mars 2019 (Agence) - Le maire A a reçu son homologue B à Lyon.');
		expect(date).toMatchObject({ value: '2019-03-03', precision: 'day', inferred: true });
		expect(date.basis).toEqual({
			fr: 'La dépêche est datée du 3 mars 2019 (« LYON, 3 mars 2019 (Agence) - », p1) ; la phrase qui rapporte la rencontre ne donne pas d\'autre date : la rencontre est supposée du jour même de la dépêche.',
			en: 'The dispatch is dated 3 March 2019 (“LYON, 3 mars 2019 (Agence) -”, p1); the sentence that reports the meeting gives no other date: the meeting is taken to be the day of the dispatch.',
		});
	});

	it('leaves the meeting undated when the dateline gives no year and nothing else does', () => {
		const { meeting } = meetingOf('LYON, 3 mars (Agence) -- Le maire A a reçu son homologue B à Lyon.');
		expect(meeting.found).toBe(false);
	});

	it('does not date an announced visit from the dateline', () => {
		const { meeting } = meetingOf('LYON, 3 mars 2019 (Agence) -- Le maire A se rendra à Turin.');
		expect(meeting.found).toBe(false);
	});

	it('keeps a date phrase that is part of the lead sentence as stated', () => {
		const date = dateOf('Le 24 janvier 2024, le maire A a reçu son homologue B.');
		expect(date).toMatchObject({ value: '2024-01-24', precision: 'day', inferred: false });
	});
});

describe('stamp formats', () => {
	it.each([
		['06-01-2022 | 08:15'],
		['2022-01-06 08:15'],
		['06/01/2022 08h15'],
		['Publié le 6 janvier 2022 à 08h15'],
		['Agence | 06-01-2022 | 08:15'],
		['Publié le 06/01/2022 | Mis à jour le 07/01/2022 à 10h00'],
	])('reads "%s" as the publication stamp, so that "hier" is the day before', (stamp) => {
		const { anchor, meeting } = meetingOf(`${stamp}\n\nLe maire A s'est entretenu hier avec son homologue B.`);
		expect(anchor).toMatchObject({ from: 'stamp', year: 2022, month: 1, day: 6 });
		expect(meeting).toMatchObject({ found: true, date: { value: '2022-01-05', inferred: true } });
	});

	it('reads "Mis à jour le …" with a hyphenated date as an update stamp', () => {
		const { expressions } = meetingOf('Mis à jour le 06-01-2022 | 09:30\n\nLe maire A a vu B le 5 janvier 2022.');
		expect(expressions[0]).toMatchObject({ role: 'update', start: { year: 2022, month: 1, day: 6 }, time: '09:30' });
	});
});
