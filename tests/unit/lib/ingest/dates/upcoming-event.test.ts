/**
 * Dating a text that gives no year from a summit it says is still to come. Invented texts and
 * invented summits: one per form (weekday, relative word, day and month) and per trap.
 */
import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../../../../src/lib/ingest/text/blocks.ts';
import type { EventCueEntry } from '../../../../../src/lib/ingest/gazetteer/gazetteer.ts';
import { normalizeRawText } from '../../../../../src/lib/ingest/text/normalize.ts';
import { analyseWireDates } from '../../../../../src/lib/ingest/dates/wire-date.ts';

const summit = (id: string, city: string, value: string): EventCueEntry => ({
	id,
	name: { fr: `Sommet des ports à ${city}`, en: `Ports summit in ${city}` },
	cues: [['sommet', city]],
	date: { value, precision: 'day', inferred: true },
	note: { fr: 'Note éditoriale : dates inventées pour le test.', en: 'Editorial note: dates invented for the test.' },
});
const portoVerde2019 = summit('ports-2019', 'Porto Verde', '2019-06-14');
const portoVerde2011 = summit('ports-2011', 'Porto Verde', '2011-03-10');
const lindenau2017 = summit('ports-2017', 'Lindenau', '2017-09-20');

function meetingOf(text: string, events: EventCueEntry[], options: { url?: string } = {}) {
	return analyseWireDates(splitBlocks(normalizeRawText(text)), events, { source: 'test', ...options }).meeting;
}

describe('a meeting dated from a summit the text says is to come', () => {
	it('dates a weekday to the latest such day on or before the summit, as inferred, with the summit and its note as basis', () => {
		const meeting = meetingOf('Le maire A est arrivé jeudi soir à Porto Verde. Il participera au sommet des ports.', [portoVerde2019]);
		expect(meeting.found && meeting.date).toMatchObject({ value: '2019-06-13', precision: 'day', inferred: true });
		const basis = meeting.found ? meeting.date.basis! : { fr: '', en: '' };
		expect(basis.en).toContain('“jeudi soir” (p1)');
		expect(basis.en).toContain('"Ports summit in Porto Verde"');
		expect(basis.en).toContain('editorial note: dates invented for the test');
		expect(basis.fr).toContain('le jeudi le plus récent à cette date est le 13 juin 2019');
	});

	it('gives a word counted from an unknown publication day only the month of the summit, or its year when the summit opens early in a month', () => {
		const text = (city: string) => `Le ministre A est arrivé hier dans le pays voisin. Après cette visite, il se rendra à ${city} pour le sommet des ports.`;
		expect(meetingOf(text('Lindenau'), [lindenau2017])).toMatchObject({ found: true, date: { value: '2017-09', precision: 'month', inferred: true } });
		expect(meetingOf(text('Porto Verde'), [summit('early', 'Porto Verde', '2018-05-03')])).toMatchObject({ found: true, date: { value: '2018', precision: 'year' } });
	});

	it('gives a day and month without year the year of the summit that follows them within two weeks', () => {
		const meeting = meetingOf('Le ministre A se rendra en visite du 10 au 12 juin, puis assistera au sommet de Porto Verde.', [portoVerde2011, portoVerde2019]);
		expect(meeting).toMatchObject({ found: true, date: { value: '2019-06-10', end: '2019-06-12', precision: 'day', inferred: true } });
	});

	it('keeps only the summit whose date the text gives, when it names two', () => {
		const text = 'Le ministre A est arrivé hier. Il se rendra ensuite à Lindenau pour le sommet, le 20 septembre, et rencontrera B lors du sommet de Porto Verde.';
		expect(meetingOf(text, [portoVerde2019, lindenau2017])).toMatchObject({ found: true, date: { value: '2017-09' } });
	});

	it('leaves out a summit older than a past event of the text', () => {
		const text = 'Le ministre A est arrivé vendredi à Porto Verde, après sa visite de mai 2015. Il assistera au sommet des ports.';
		expect(meetingOf(text, [portoVerde2011, portoVerde2019])).toMatchObject({ found: true, date: { value: '2019-06-14' } });
	});

	it('infers nothing when two summits fit and nothing tells them apart', () => {
		const meeting = meetingOf('Le ministre A est arrivé jeudi à Porto Verde. Il assistera au sommet des ports.', [portoVerde2011, portoVerde2019]);
		expect(meeting.found).toBe(false);
	});

	it('infers nothing from a summit the text reports as past', () => {
		const meeting = meetingOf('Le ministre A a rencontré jeudi B à Porto Verde, où s\'est tenu le sommet des ports.', [portoVerde2019]);
		expect(meeting.found).toBe(false);
	});

	it('prefers the publication day when the text gives one', () => {
		const meeting = meetingOf('Agence | 02.08.2014 10h00\n\nLe ministre A est arrivé jeudi à Porto Verde. Il assistera au sommet des ports.', [portoVerde2019]);
		expect(meeting).toMatchObject({ found: true, date: { value: '2014-07-31' } });
	});
});
