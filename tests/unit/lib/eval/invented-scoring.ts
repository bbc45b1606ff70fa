/** Invented truths, records and gazetteer of the scorer's tests: invented people and cities, never corpus text. */
import type { GroundTruth } from '../../../../src/lib/eval/ground-truth.ts';
import type { RecordUnderTest } from '../../../../src/lib/eval/record-under-test.ts';
import { scoreRecord } from '../../../../src/lib/eval/score-record.ts';
import type { Gazetteer, GazetteerEntry } from '../../../../src/lib/ingest/gazetteer/gazetteer.ts';

/** A truth with every field, overridable: a bilateral meeting in an invented city, no printed date. */
export function truthWith(overrides: Partial<GroundTruth> = {}): GroundTruth {
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

export const gazetteer: Gazetteer = {
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
export function recordWith(overrides: Partial<RecordUnderTest> = {}): RecordUnderTest {
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

export const fieldsOf = (record: RecordUnderTest | undefined, truth: GroundTruth, withGazetteer: Gazetteer | undefined = gazetteer) => scoreRecord(record, truth, withGazetteer).fields;
