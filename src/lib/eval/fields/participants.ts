/** The participant fields: recall and precision of the principals, and F1 of the countries taking part. */
import type { Gazetteer } from '../../ingest/gazetteer/index.ts';
import type { GroundTruth } from '../ground-truth.ts';
import type { FieldScore, RecordUnderTest } from '../record-under-test.ts';
import { countMatches, entryOf, foldName, namesMatch, round, setScores, spellingsOf } from './matching.ts';
import { placeCountry } from './place.ts';

/** Recall and precision of the principals, names matched one to one, exact pairs first. */
export function scoreParticipants(record: RecordUnderTest, truth: GroundTruth, gazetteer: Gazetteer | undefined): { recall: FieldScore; precision: FieldScore } {
	const participants = record.participants ?? [];
	const spellings = participants.map((participant) => spellingsOf(participant, entryOf(gazetteer, 'actors', participant.id)));
	const matched = countMatches(
		truth.participants,
		spellings,
		(name, names) => names.some((spelling) => foldName(spelling) === foldName(name)),
		(name, names) => names.some((spelling) => namesMatch(spelling, name)),
	);
	const { recall, precision } = setScores(matched, truth.participants.length, participants.length);
	const written = participants.map((participant) => participant.name).join(', ') || 'none';
	return {
		recall: { score: round(recall), explanation: `${matched} of ${truth.participants.length} principals found (record: ${written})` },
		precision: { score: round(precision), explanation: `${matched} of ${participants.length} named participants are principals` },
	};
}

/** F1 of the ISO codes of the participants and the host country. */
export function scoreParticipantCountries(record: RecordUnderTest, truth: GroundTruth, gazetteer: Gazetteer | undefined): FieldScore {
	const codes = new Set<string>();
	for (const participant of record.participants ?? []) {
		const code = participant.country ?? entryOf(gazetteer, 'actors', participant.id)?.country;
		if (code) codes.add(code);
	}
	const hostCode = record.place ? placeCountry(record.place, gazetteer) : undefined;
	if (hostCode) codes.add(hostCode);
	const expected = new Set(truth.participant_countries);
	const matched = [...codes].filter((code) => expected.has(code)).length;
	const { f1 } = setScores(matched, expected.size, codes.size);
	const missing = [...expected].filter((code) => !codes.has(code));
	const extra = [...codes].filter((code) => !expected.has(code));
	return { score: round(f1), explanation: `${[...codes].sort().join(' ') || 'none'}${missing.length ? `; missing ${missing.join(' ')}` : ''}${extra.length ? `; extra ${extra.join(' ')}` : ''}` };
}
