import { describe, expect, it } from 'vitest';
import { parsePressText, type ParsedPressText } from '../../../../src/lib/ingest/parse-press-text.ts';
import { loadGazetteer, readFixture } from '../../helpers.ts';

const gazetteer = loadGazetteer();

function parse(text: string, options: { source?: string; year?: number; id?: string } = {}): ParsedPressText {
	const result = parsePressText(text, gazetteer, { source: options.source ?? 'test', sha256: '0'.repeat(64), ...options });
	if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('; '));
	return result.parsed;
}

/** What blocks publishing a text: its draft's blocking review items. */
function problemsOf(text: string, options: { year?: number } = {}) {
	return parse(text, options).review.filter((item) => item.blocking);
}

describe('a text with names the gazetteer does not know', () => {
	const { record, id } = parse(readFixture('new-actors.txt'));

	it('reports the unknown person and place with their paragraph and line, and drops nothing', () => {
		expect(record.unresolved).toEqual([
			{ name: 'Tachkent', reason: 'unknown-place', paragraph: 'p1', line: 3 },
			{ name: 'Bakhtiyor Saidov', reason: 'unknown-name', paragraph: 'p1', line: 3 },
			{ name: 'Bakhtiyor Saidov', reason: 'unknown-speaker', paragraph: 'p2', line: 5 },
		]);
		expect(record.place).toMatchObject({ id: null, name: 'Tachkent' });
		expect(id).toBe('2024-09-12-tachkent');
	});

	it('attributes nothing to a party when the speaker is unknown', () => {
		expect(record.statements).toEqual([]);
	});

	it('finds the known minister and the unknown counterpart as participants, and the project', () => {
		expect(record.participants.map((participant) => [participant.id, participant.name, participant.country])).toEqual([
			['wang-yi', 'Wang Yi', 'CN'],
			[null, 'Bakhtiyor Saidov', 'UZ'],
		]);
		expect(record.areas.map((area) => area.id)).toEqual(['china-kyrgyzstan-uzbekistan-railway']);
	});
});

describe('inputs that are not what the parser expects', () => {
	it('refuses a text with no date at all', () => {
		expect(problemsOf('Wang Yi a rencontré son homologue kirghize Jeenbek Kulubaev à Almaty.')[0]?.message).toMatch(/no meeting date/);
	});

	it('refuses an unknown month, naming it and its line', () => {
		const [problem] = problemsOf('Le 25 avrl 2025, Wang Yi a rencontré son homologue à Almaty.');
		expect(problem).toMatchObject({ line: 1 });
		expect(problem?.message).toContain('unknown month "avrl"');
	});

	it('refuses an impossible day', () => {
		expect(problemsOf('Le 30 février 2025, Wang Yi a rencontré son homologue à Almaty.')[0]?.message).toContain('not a real date');
	});

	it('asks for --year when a month has no year and none can be inferred, and accepts it', () => {
		const text = 'En juin, Wang Yi a rencontré son homologue kirghize Jeenbek Kulubaev à Almaty.';
		expect(problemsOf(text)[0]?.fix).toContain('--year');
		const { record } = parse(text, { year: 2023 });
		expect(record.date).toMatchObject({ value: '2023-06', precision: 'month', inferred: true });
		expect(record.date?.basis?.en).toContain('supplied by the curator');
	});

	it('refuses a text without a meeting place unless an id is given', () => {
		const text = 'Le 3 mars 2024, Wang Yi a rencontré son homologue kirghize Jeenbek Kulubaev.';
		expect(problemsOf(text)[0]?.message).toMatch(/no meeting place/);
		expect(parse(text, { id: '2024-03-03-visio' }).id).toBe('2024-03-03-visio');
	});

	it('reads Windows and old Mac line endings like Unix ones', () => {
		// One text per layout: blocks between blank lines (with tags, title, byline), one paragraph per line.
		for (const fixture of ['inferred-year.txt', 'hostile.txt']) {
			const text = readFixture(fixture);
			const expected = JSON.stringify(parse(text));
			expect(JSON.stringify(parse(text.replace(/\n/g, '\r\n')))).toBe(expected);
			expect(JSON.stringify(parse(text.replace(/\n/g, '\r')))).toBe(expected);
		}
	});

	it('treats code, markup and braces as words', () => {
		const { record, paragraphs } = parse(readFixture('hostile.txt'));
		expect(paragraphs[1]?.text).toBe("import fs from 'node:fs'");
		expect(record.place?.id).toBe('almaty');
	});

	it('gives the same record for the same input', () => {
		const text = readFixture('inferred-year.txt');
		expect(JSON.stringify(parse(text))).toBe(JSON.stringify(parse(text)));
	});
});

describe('a video call', () => {
	const { record, id, review } = parse('Le 3 mars 2024, Wang Yi s’est entretenu par liaison vidéo avec son homologue kirghize Jeenbek Kulubaev.');

	it('has no venue, is named after what it was, and nothing blocks it', () => {
		expect(record.reports).toBe('virtual-meeting');
		expect(record.place).toBeNull();
		expect(id).toBe('2024-03-03-video-call');
		expect(review.filter((item) => item.blocking)).toEqual([]);
	});
});

describe('an announced visit', () => {
	const { record, review } = parse('Le 3 mars 2024, le ministère a annoncé que Wang Yi se rendra à Almaty du 12 au 14 mars 2024.');

	it('is a draft the write mode will not publish, saying why and what to import instead', () => {
		expect(record.reports).toBe('announced-visit');
		expect(review.filter((item) => item.blocking)).toEqual([expect.objectContaining({ field: 'reports', fix: expect.stringContaining('import the report of the visit') })]);
	});
});
