import { describe, expect, it } from 'vitest';
import { classifyReport, findShapes } from '../../../../../src/lib/ingest/report/classify-report.ts';
import { analyse } from '../analyse.ts';

const classify = (text: string) => {
	const { kind, cue, paragraph } = classifyReport(analyse(text));
	return { kind, cue, paragraph };
};

describe('classifyReport', () => {
	it('reads a meeting that took place from its lead', () => {
		expect(classify('Le 3 mai 2024, Wang Yi a rencontré à Pékin le ministre kirghiz Aibek Toktogulov.')).toEqual({ kind: 'meeting', cue: 'a rencontré', paragraph: 'p1' });
		expect(classify("Le président kirghiz Bakyt Osmonov a reçu vendredi le ministre chinois de l'Industrie.").kind).toBe('meeting');
		expect(classify('Le ministre chinois Liu Hanwen a discuté lundi des échanges commerciaux et des douanes avec Aibek Toktogulov.').kind).toBe('meeting');
	});

	it('finds the meeting in the second sentence when the text opens with a statement', () => {
		const text = 'Le président tadjik Sanjar Nazarov a salué la coopération avec la Chine.\n\nLors de sa rencontre mardi avec Wang Yi, M. Nazarov a évoqué le commerce.';
		expect(classify(text)).toEqual({ kind: 'meeting', cue: 'Lors de sa rencontre mardi avec', paragraph: 'p2' });
	});

	it('tells an announced visit by its future tense or "est attendu"', () => {
		expect(classify("Le président kazakh Nurlan Seitkali effectuera une visite d'État en Chine du 4 au 6 juin.")).toMatchObject({ kind: 'announced-visit', cue: 'effectuera' });
		expect(classify('Le Premier ministre chinois Liu Hanwen se rendra au Kirghizistan la semaine prochaine.')).toMatchObject({ kind: 'announced-visit', cue: 'se rendra' });
		expect(classify('Le ministre ouzbek Dilshod Karimov est attendu lundi à Almaty.')).toMatchObject({ kind: 'announced-visit', cue: 'est attendu' });
	});

	it('finds who hosts or chairs a meeting, without making a meeting between two a summit', () => {
		const hosts = (text: string) => findShapes(text).filter((shape) => shape.kind === 'host').map((shape) => shape.cue);
		expect(hosts('Le président kazakh Nurlan Seitkali, hôte de la réunion, a ouvert les travaux.')).toEqual(['hôte de la réunion']);
		expect(hosts('La séance s\'est tenue sous la présidence de Nurlan Seitkali.')).toEqual(['sous la présidence d']);
		expect(classify('Wang Yi a rencontré lundi Jeenbek Kulubaev, sous la présidence duquel se tiendra le sommet.').kind).toBe('meeting');
	});

	it('tells an arrival', () => {
		expect(classify('Le président kirghiz Bakyt Osmonov est arrivé mercredi à Astana pour une visite officielle.')).toMatchObject({ kind: 'arrival', cue: 'est arrivé' });
		expect(classify("L'avion du président russe Oleg Smirnov a atterri dimanche à Almaty.")).toMatchObject({ kind: 'arrival', cue: 'a atterri' });
	});

	it('tells a multilateral meeting: a summit with participants, or a meeting with a group', () => {
		expect(classify("Le sommet régional s'est ouvert jeudi à Almaty avec la participation du président chinois Liu Hanwen.").kind).toBe('multilateral-meeting');
		expect(classify("Liu Hanwen a rencontré samedi quatre dirigeants d'Asie centrale.").kind).toBe('multilateral-meeting');
	});

	it('tells a virtual meeting, in the lead or in another sentence about the meeting', () => {
		expect(classify("Wang Yi s'est entretenu lundi par visioconférence avec son homologue kirghize Jeenbek Kulubaev.")).toMatchObject({ kind: 'virtual-meeting', cue: 'par visioconférence' });
		expect(classify('Wang Yi a rencontré mardi par liaison vidéo Jeenbek Kulubaev.')).toMatchObject({ kind: 'virtual-meeting', cue: 'par liaison vidéo' });
	});

	it('keeps a bilateral meeting on the sidelines of a conference a meeting', () => {
		expect(classify('Wang Yi a rencontré mercredi Jeenbek Kulubaev en marge de la réunion des ministres de la région, à Almaty.').kind).toBe('meeting');
	});

	it('does not take its kind from a caption or a link line', () => {
		const text = [
			'La Chine et le Kirghizistan sont voisins.',
			'>> Wang Yi effectuera une visite au Japon',
			'Jeenbek Kulubaev prend la parole à Almaty.',
			'Photo : Xinhua',
			'Wang Yi a rencontré jeudi Jeenbek Kulubaev à Astana.',
		].join('\n\n');
		// The link, caption and credit lines are not paragraphs (blocks.ts): the report is p2.
		expect(classify(text)).toEqual({ kind: 'meeting', cue: 'a rencontré', paragraph: 'p2' });
	});

	it('falls back to a meeting without a cue when no sentence reports one', () => {
		expect(classify('La Chine et le Kirghizistan sont voisins.')).toEqual({ kind: 'meeting', cue: null, paragraph: null });
	});
});

describe('splitSentences', () => {
	it('does not end a sentence after "M." or an initial', async () => {
		const { splitSentences } = await import('../../../../../src/lib/ingest/text/sentences.ts');
		expect(splitSentences('Il a vu M. Li. Puis Ch. Karimov a parlé. Fin.').map((sentence) => sentence.text)).toEqual([
			'Il a vu M. Li.',
			'Puis Ch. Karimov a parlé.',
			'Fin.',
		]);
	});
});
