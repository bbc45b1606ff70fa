/** The kind field: what the text reports, against the truth's kind. */
import type { MeetingKind } from '../ground-truth.ts';
import type { FieldScore, RecordUnderTest } from '../record-under-test.ts';

/** 1 iff the record reports the kind the truth was read as. */
export function scoreKind(record: RecordUnderTest, expected: MeetingKind): FieldScore {
	if (!record.reports) return { score: 0, explanation: `no kind reported; expected ${expected}` };
	return record.reports === expected ? { score: 1, explanation: expected } : { score: 0, explanation: `${record.reports}, expected ${expected}` };
}
