/**
 * The scorer's rules, field by field, on small invented records and truths (invented people,
 * invented cities): never text from the evaluation corpus, which is third-party.
 */
import { editDistance } from '../../../../src/lib/ingest/text/normalize.ts';
import { describe, expect, it } from 'vitest';
import { kindOfTruth, parseGroundTruth, type GroundTruth } from '../../../../src/lib/eval/ground-truth.ts';
import { outcomeOf, runIngest } from '../../../../src/lib/eval/run-ingest.ts';
import {
	countryCode,
	foldName,
	namesMatch,
	scoreRecord,
	scoredFields,
	scoreText,
	summarize,
	type RecordUnderTest,
} from '../../../../src/lib/eval/score-record.ts';
import type { Gazetteer, GazetteerEntry } from '../../../../src/lib/ingest/gazetteer/gazetteer.ts';

/** A truth with every field, overridable: a bilateral meeting in an invented city, no printed date. */
function truthWith(overrides: Partial<GroundTruth> = {}): GroundTruth {
	return {
		date: null,
		date_precision: 'unknown',
		inferred_date: '2031-05-14',
		place: { city: 'Zarkent', country: null },
		participants: ['Aibek Toktosunov', 'Zhou Lanfang'],
		participant_countries: ['KG', 'CN'],
		organizations: [],
		notes: '',
		...overrides,
	};
}

const entry = (collection: GazetteerEntry['collection'], id: string, names: string[], extra: Partial<GazetteerEntry> = {}): GazetteerEntry => ({
	collection,
	id,
	kind: collection === 'places' ? 'city' : collection === 'organisations' ? 'organisation' : 'person',
	name: { fr: names[0]!, en: names[0]! },
	aliases: names,
	keywords: [],
	...extra,
});

const gazetteer: Gazetteer = {
	entries: [
		entry('actors', 'aibek-toktosunov', ['Aibek Toktosunov', 'Aybek Toktosunov', 'Токтосунов'], { country: 'KG' }),
		entry('actors', 'zhou-lanfang', ['Zhou Lanfang'], { country: 'CN' }),
		entry('actors', 'kyrgyzstan', ['Kirghizistan', 'Kirghizstan'], { kind: 'state', country: 'KG' }),
		entry('places', 'zarkent', ['Zarkent', 'Sarkand-Ville'], { country: 'KG' }),
		entry('places', 'nordhaven', ['Nordhaven'], { country: 'CN' }),
		entry('organisations', 'steppe-council', ['Conseil des steppes', 'CDS']),
		entry('organisations', 'silk-corridor', ['Corridor de la soie'], { kind: 'initiative' }),
	],
	events: [],
	notNames: [],
	nationalities: [],
	calendar: [],
};

/** A record that gets every field of truthWith() right. */
function recordWith(overrides: Partial<RecordUnderTest> = {}): RecordUnderTest {
	return {
		date: { value: '2031-05-14', precision: 'day', inferred: true },
		reports: 'meeting',
		place: { id: 'zarkent', name: 'Zarkent' },
		participants: [
			{ id: 'aibek-toktosunov', name: 'Aibek Toktosunov' },
			{ id: 'zhou-lanfang', name: 'Zhou Lanfang' },
		],
		organisations: [],
		...overrides,
	};
}

const fieldsOf = (record: RecordUnderTest | undefined, truth: GroundTruth, withGazetteer: Gazetteer | undefined = gazetteer) => scoreRecord(record, truth, withGazetteer).fields;

describe('a perfect record', () => {
	it('scores 1 on every field, and its mean is 1', () => {
		const score = scoreRecord(recordWith(), truthWith(), gazetteer);
		for (const field of scoredFields) expect(score.fields[field].score, field).toBe(1);
		expect(score.mean).toBe(1);
		expect(score.falseStatedDate).toBe(false);
		expect(score.inferredRightToMonth).toBe(true);
	});
});

describe('stated date', () => {
	const printed = truthWith({ date: '2031-05-14', date_precision: 'day' });

	it('is right when the record states the printed date', () => {
		expect(fieldsOf(recordWith({ date: { value: '2031-05-14', precision: 'day', inferred: false } }), printed).statedDate.score).toBe(1);
	});

	it('is wrong when the record only infers the printed date, or states it less precisely', () => {
		expect(fieldsOf(recordWith(), printed).statedDate.score).toBe(0);
		expect(fieldsOf(recordWith({ date: { value: '2031-05', precision: 'month', inferred: false } }), printed).statedDate.score).toBe(0);
	});

	it('compares at the truth\'s precision: a day inside a printed month is right', () => {
		const month = truthWith({ date: '2031-05', date_precision: 'month' });
		expect(fieldsOf(recordWith({ date: { value: '2031-05-14', precision: 'day', inferred: false } }), month).statedDate.score).toBe(1);
	});

	it('the trap: a date claimed as stated when the text prints none scores 0 and is counted apart', () => {
		const score = scoreRecord(recordWith({ date: { value: '2031-05-16', precision: 'day', inferred: false } }), truthWith(), gazetteer);
		expect(score.fields.statedDate).toMatchObject({ score: 0, explanation: expect.stringContaining('prints no date') });
		expect(score.falseStatedDate).toBe(true);
	});

	it('the same date marked inferred, or no date at all, is right when the text prints none', () => {
		expect(fieldsOf(recordWith(), truthWith()).statedDate.score).toBe(1);
		expect(fieldsOf(recordWith({ date: undefined }), truthWith()).statedDate.score).toBe(1);
	});
});

describe('inferred date', () => {
	it('is 1 for the exact day and 0.5 for another day of the right month', () => {
		expect(fieldsOf(recordWith(), truthWith()).inferredDate.score).toBe(1);
		const score = scoreRecord(recordWith({ date: { value: '2031-05-13', precision: 'day', inferred: true } }), truthWith(), gazetteer);
		expect(score.fields.inferredDate.score).toBe(0.5);
		expect(score.inferredRightToMonth).toBe(true);
	});

	it('counts a month-precision answer in the right month as right to the month, not exact', () => {
		const score = scoreRecord(recordWith({ date: { value: '2031-05', precision: 'month', inferred: true } }), truthWith(), gazetteer);
		expect(score.fields.inferredDate.score).toBe(0.5);
		expect(score.inferredRightToMonth).toBe(true);
	});

	it('is 0 for the wrong month, a year alone, or no date', () => {
		for (const date of [{ value: '2031-06-14', precision: 'day' as const, inferred: true }, { value: '2031', precision: 'year' as const, inferred: true }, undefined]) {
			const score = scoreRecord(recordWith({ date }), truthWith(), gazetteer);
			expect(score.fields.inferredDate.score).toBe(0);
			expect(score.inferredRightToMonth).toBe(false);
		}
	});

	it('wants both ends of an interval for 1; its start alone is right to the month', () => {
		const visit = truthWith({ inferred_date: '2031-10-24/2031-10-27' });
		expect(fieldsOf(recordWith({ date: { value: '2031-10-24', end: '2031-10-27', precision: 'day', inferred: true } }), visit).inferredDate.score).toBe(1);
		expect(fieldsOf(recordWith({ date: { value: '2031-10-24', end: '2031-10-26', precision: 'day', inferred: true } }), visit).inferredDate.score).toBe(0.5);
		expect(fieldsOf(recordWith({ date: { value: '2031-10-24', precision: 'day', inferred: true } }), visit).inferredDate.score).toBe(0.5);
	});

	it('has no month verdict when the truth has no date at all', () => {
		const score = scoreRecord(recordWith({ date: undefined }), truthWith({ inferred_date: null }), gazetteer);
		expect(score.fields.inferredDate.score).toBe(1);
		expect(score.inferredRightToMonth).toBeNull();
	});
});

describe('kind', () => {
	it('reads an explicit kind field first', () => {
		expect(kindOfTruth({ kind: 'arrival', notes: 'An ANNOUNCEMENT.' })).toBe('arrival');
	});

	it('reads the notes\' sentences that describe the text, in the order announcement, arrival, virtual, multilateral', () => {
		expect(kindOfTruth({ notes: 'Date: only a weekday. An ANNOUNCEMENT of a tour of three capitals.' })).toBe('announced-visit');
		expect(kindOfTruth({ notes: 'An arrival report: leaders land for the summit.' })).toBe('arrival');
		expect(kindOfTruth({ notes: 'Invented. A VIRTUAL meeting by video link.' })).toBe('virtual-meeting');
		expect(kindOfTruth({ notes: 'A collective meeting: one host, four guests.' })).toBe('multilateral-meeting');
		expect(kindOfTruth({ notes: 'A multilateral summit of the council.' })).toBe('multilateral-meeting');
	});

	it('ignores cue words outside a describing sentence: a summit mentioned in passing is still a meeting', () => {
		expect(kindOfTruth({ notes: 'The only city is the venue of a FUTURE summit (trap). Place: null.' })).toBe('meeting');
		expect(kindOfTruth({ notes: '' })).toBe('meeting');
	});

	it('scores record.reports against it, and an absent kind as not answered', () => {
		const announcement = truthWith({ notes: 'An ANNOUNCEMENT.' });
		expect(fieldsOf(recordWith({ reports: 'announced-visit' }), announcement).kind.score).toBe(1);
		expect(fieldsOf(recordWith({ reports: 'meeting' }), announcement).kind.score).toBe(0);
		expect(fieldsOf(recordWith({ reports: undefined }), announcement).kind).toMatchObject({ score: 0, explanation: expect.stringContaining('no kind') });
		expect(scoreRecord(recordWith(), announcement).truthKind).toEqual({ kind: 'announced-visit', from: 'notes' });
	});
});

describe('place', () => {
	it('with no venue in the truth, is right only without a place', () => {
		expect(fieldsOf(recordWith({ place: null }), truthWith({ place: null })).place.score).toBe(1);
		expect(fieldsOf(recordWith(), truthWith({ place: null })).place.score).toBe(0);
	});

	it('folds case, accents and punctuation, but does not equate two spellings', () => {
		expect(fieldsOf(recordWith({ place: { id: null, name: 'ZÂRKENT' } }), truthWith()).place.score).toBe(1);
		expect(fieldsOf(recordWith({ place: { id: null, name: 'Sarkand-Ville' } }), truthWith()).place.score).toBe(0);
	});

	it('equates two spellings when the record\'s gazetteer entry lists both', () => {
		expect(fieldsOf(recordWith({ place: { id: 'zarkent', name: 'Sarkand-Ville' } }), truthWith()).place.score).toBe(1);
	});

	it('scores the country part with the record\'s own code, else its gazetteer entry\'s', () => {
		const tied = truthWith({ place: { city: 'Zarkent', country: 'Kirghizstan' } });
		expect(fieldsOf(recordWith(), tied).place.score).toBe(1);
		expect(fieldsOf(recordWith({ place: { id: null, name: 'Zarkent', country: 'KG' } }), tied).place.score).toBe(1);
		expect(fieldsOf(recordWith({ place: { id: null, name: 'Zarkent' } }), tied).place.score).toBe(0.5);
		expect(fieldsOf(recordWith({ place: { id: null, name: 'Zarkent', country: 'KZ' } }), tied).place.score).toBe(0.5);
	});

	it('with a country and no city in the truth, wants the country, not a city in it', () => {
		const countryOnly = truthWith({ place: { city: null, country: 'Kirghizistan' } });
		expect(fieldsOf(recordWith({ place: { id: null, name: 'Kirghizistan' } }), countryOnly).place.score).toBe(1);
		expect(fieldsOf(recordWith({ place: { id: 'zarkent', name: 'Zarkent' } }), countryOnly).place.score).toBe(0.5);
	});

	it('maps country names to ISO codes through the gazetteer\'s states, then Intl\'s names', () => {
		expect(countryCode('Kirghizstan', gazetteer)).toBe('KG');
		expect(countryCode('Chine')).toBe('CN');
		expect(countryCode('Ouzbékistan')).toBe('UZ');
		expect(countryCode('Zarkent')).toBeUndefined();
	});
});

describe('participants', () => {
	it('folds names and tolerates transliteration: one letter in a surname, a given-name initial', () => {
		expect(namesMatch('Aibek Toktosunov', 'Aïbek TOKTOSSUNOV')).toBe(true);
		expect(namesMatch('A. Toktosunov', 'Aibek Toktosunov')).toBe(true);
		expect(namesMatch('Toktosunov', 'Aibek Toktossunov')).toBe(true);
		expect(namesMatch('Berdyshevamuradov', 'Berdychevamurodov')).toBe(true);
	});

	it('does not confuse close names: short surnames must be equal, given names must share their initial', () => {
		expect(namesMatch('Zhou Lanfang', 'Zhou Lanfeng')).toBe(true);
		expect(namesMatch('Zhou Fang', 'Zhou Keqfang')).toBe(false);
		expect(namesMatch('Li Yan', 'Li Yun')).toBe(false);
		expect(namesMatch('Bolot Toktosunov', 'Aibek Toktosunov')).toBe(false);
	});

	it('computes recall over the truth and precision over the record', () => {
		const record = recordWith({ participants: [{ id: null, name: 'Aybek Toktossunov' }, { id: null, name: 'Marat Spokesman' }, { id: null, name: 'Ivan Bystander' }] });
		const fields = fieldsOf(record, truthWith());
		expect(fields.participantsRecall.score).toBe(0.5);
		expect(fields.participantsPrecision.score).toBe(0.333);
	});

	it('matches a linked participant through any alias of its entry, even in another script', () => {
		const truth = truthWith({ participants: ['Токтосунов'] });
		expect(fieldsOf(recordWith({ participants: [{ id: 'aibek-toktosunov', name: 'Aibek Toktosunov' }] }), truth).participantsRecall.score).toBe(1);
		expect(fieldsOf(recordWith({ participants: [{ id: null, name: 'Aibek Toktosunov' }] }), truth).participantsRecall.score).toBe(0);
	});

	it('matches one to one: the same person twice in the record counts once', () => {
		const record = recordWith({ participants: [{ id: null, name: 'Aibek Toktosunov' }, { id: null, name: 'A. Toktosunov' }] });
		const fields = fieldsOf(record, truthWith());
		expect(fields.participantsRecall.score).toBe(0.5);
		expect(fields.participantsPrecision.score).toBe(0.5);
	});

	it('gives silence no precision: an empty record scores 0 on both', () => {
		const fields = fieldsOf(recordWith({ participants: [] }), truthWith());
		expect([fields.participantsRecall.score, fields.participantsPrecision.score]).toEqual([0, 0]);
	});
});

describe('participant countries', () => {
	it('takes codes from the participants (own, else gazetteer) and the venue', () => {
		const record = recordWith({ participants: [{ id: null, name: 'Zhou Lanfang', country: 'CN' }], place: { id: 'zarkent', name: 'Zarkent' } });
		expect(fieldsOf(record, truthWith()).participantCountries.score).toBe(1);
	});

	it('is the F1 of the two sets, naming what is missing and extra', () => {
		const record = recordWith({ participants: [{ id: 'zhou-lanfang', name: 'Zhou Lanfang' }, { id: null, name: 'Someone Else', country: 'RU' }], place: null });
		const field = fieldsOf(record, truthWith()).participantCountries;
		expect(field.score).toBe(0.5);
		expect(field.explanation).toContain('missing KG');
		expect(field.explanation).toContain('extra RU');
	});

	it('counts a neutral venue\'s country as extra: the truth lists only the countries taking part', () => {
		expect(fieldsOf(recordWith({ place: { id: 'nordhaven', name: 'Nordhaven', country: 'KZ' } }), truthWith({ place: { city: 'Nordhaven', country: null } })).participantCountries.score).toBe(0.8);
	});
});

describe('organisations', () => {
	it('matches an acronym given in parentheses to either form', () => {
		const truth = truthWith({ organizations: ['Conseil des steppes (CDS)'] });
		expect(fieldsOf(recordWith({ organisations: [{ id: null, name: 'CDS' }] }), truth).organisations.score).toBe(1);
		expect(fieldsOf(recordWith({ organisations: [{ id: null, name: 'Conseil des Steppes' }] }), truth).organisations.score).toBe(1);
	});

	it('matches an acronym to its expansion only through the gazetteer entry the record links', () => {
		const truth = truthWith({ organizations: ['Conseil des steppes'] });
		expect(fieldsOf(recordWith({ organisations: [{ id: 'steppe-council', name: 'CDS' }] }), truth).organisations.score).toBe(1);
		expect(fieldsOf(recordWith({ organisations: [{ id: null, name: 'CDS' }] }), truth).organisations.score).toBe(0);
	});

	it('tolerates word order and an elided article, and scores F1', () => {
		const truth = truthWith({ organizations: ['ministère zarkentois des Mines', 'CDS'] });
		const record = recordWith({ organisations: [{ id: null, name: 'ministère des Mines zarkentois' }, { id: null, name: "l'Union des ports" }] });
		expect(fieldsOf(record, truth).organisations.score).toBe(0.5);
		expect(fieldsOf(recordWith({ organisations: [{ id: null, name: 'l’CDS' }] }), truthWith({ organizations: ['CDS'] })).organisations.score).toBe(1);
	});

	it('leaves out an initiative of the gazetteer, which the annotators do not count as an organisation', () => {
		const record = recordWith({ organisations: [{ id: 'silk-corridor', name: 'Corridor de la soie' }, { id: null, name: 'CDS' }] });
		expect(fieldsOf(record, truthWith({ organizations: ['CDS'] })).organisations.score).toBe(1);
	});

	it('is 1 when neither names one, 0 when only the record does', () => {
		expect(fieldsOf(recordWith(), truthWith()).organisations.score).toBe(1);
		expect(fieldsOf(recordWith({ organisations: [{ id: null, name: 'CDS' }] }), truthWith()).organisations.score).toBe(0);
	});
});

describe('records absent today', () => {
	it('a record with only some fields is scored without crashing', () => {
		const score = scoreRecord({ date: { value: '2031-05-14', precision: 'day', inferred: true } }, truthWith());
		expect(score.fields.inferredDate.score).toBe(1);
		expect(score.fields.participantsRecall.score).toBe(0);
		expect(score.fields.kind.score).toBe(0);
	});

	it('a refusal or a crash has no record and scores 0 everywhere, even where silence would be right', () => {
		const score = scoreRecord(undefined, truthWith({ place: null }));
		for (const field of scoredFields) expect(score.fields[field]).toEqual({ score: 0, explanation: 'no record' });
		expect(score.falseStatedDate).toBe(false);
		expect(score.inferredRightToMonth).toBe(false);
	});
});

describe('running the ingest', () => {
	it('classifies today\'s result shapes and the coming ones', () => {
		expect(outcomeOf({ ok: false, problems: [{ message: 'no date found', fix: 'pass --year' }] })).toEqual({ status: 'refusal', problems: ['no date found (fix: pass --year)'] });
		expect(outcomeOf({ ok: true, parsed: { record: { participants: [] } } })).toEqual({ status: 'record', record: { participants: [] }, problems: [] });
		expect(outcomeOf({ ok: true, record: { participants: [] }, warnings: ['weekday only'] })).toEqual({ status: 'record', record: { participants: [] }, problems: ['weekday only'] });
		expect(outcomeOf(undefined).status).toBe('crash');
	});

	it('turns a thrown error into a crash instead of stopping the run', () => {
		const outcome = runIngest(() => {
			throw new TypeError('cannot read properties of undefined');
		});
		expect(outcome).toEqual({ status: 'crash', error: 'TypeError: cannot read properties of undefined' });
	});
});

describe('the corpus summary', () => {
	const texts = [
		scoreText('01', { status: 'record', record: recordWith(), problems: [] }, truthWith(), gazetteer),
		scoreText('02', { status: 'record', record: recordWith({ date: { value: '2031-05-16', precision: 'day', inferred: false } }), problems: [] }, truthWith(), gazetteer),
		scoreText('03', { status: 'refusal', problems: ['no date found'] }, truthWith(), gazetteer),
		scoreText('04', { status: 'crash', error: 'RangeError: boom' }, truthWith({ date: '2031-05-14', date_precision: 'day' }), gazetteer),
	];
	const summary = summarize(texts);

	it('counts records, refusals, crashes and false stated dates', () => {
		expect(summary).toMatchObject({ texts: 4, records: 2, refusals: 1, crashes: 1, falseStatedDates: 1 });
		expect(texts[3]!.messages).toEqual(['RangeError: boom']);
	});

	it('counts the month goal over the texts whose date is only inferred', () => {
		expect(summary.inferredRightToMonth).toEqual({ count: 2, of: 3 });
	});

	it('averages the field scores over every text, refusals and crashes as 0', () => {
		expect(summary.meanFieldScore).toBe(Number(((1 + texts[1]!.score.mean) / 4).toFixed(3)));
		expect(summary.fieldMeans.kind).toBe(0.5);
	});

	it('checks each goal', () => {
		expect(summary.goals.map((goal) => [goal.name, goal.isMet])).toEqual([
			['a record for every text', false],
			['mean field score', false],
			['inferred date right at least to the month', false],
			['dates claimed as stated that the text does not state', false],
			['crashes', false],
		]);
		expect(summarize(texts.slice(0, 1)).goals.every((goal) => goal.isMet)).toBe(true);
	});
});

describe('the ground truth file', () => {
	it('accepts an annotated file and rejects a malformed interval', () => {
		const data = { ...truthWith(), source_url: 'https://example.org/x', topics: [], referenced_events: [] };
		expect(parseGroundTruth(data)).toMatchObject({ ok: true });
		const bad = parseGroundTruth({ ...data, inferred_date: '2031-10-24/27' });
		expect(bad).toMatchObject({ ok: false, problems: [expect.stringContaining('inferred_date')] });
	});
});

describe('helpers', () => {
	it('fold names and measure edits', () => {
		expect(foldName('Ch. Mirzaïev-Khan')).toBe('ch mirzaiev khan');
		expect(foldName("l'Union des ports")).toBe('union des ports');
		expect(editDistance('toktosunov', 'toktossunov')).toBe(1);
		expect(editDistance('', 'abc')).toBe(3);
	});
});
