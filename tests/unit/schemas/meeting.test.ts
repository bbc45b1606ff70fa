import { describe, expect, it } from 'vitest';
import { createMeetingSchema } from '../../../src/schemas/meeting.ts';
import { issuesOf, referenceTo } from './issues.ts';

const meetingSchema = createMeetingSchema(
	referenceTo({ sources: ['2024-03-03-almaty'], actors: ['wang-yi', 'jeenbek-kulubaev', 'china'], places: ['almaty'], areas: ['health'] }),
);

const cite = (...paragraphs: string[]) => ({ source: '2024-03-03-almaty', paragraphs });

/** A small but complete original article, as the ingest writes it. */
function original() {
	return {
		kind: 'original',
		title: 'Rencontre entre Wang Yi et Jeenbek Kouloubaev à Almaty (3 mars 2024)',
		titleGenerated: true,
		source: '2024-03-03-almaty',
		sourceSha256: 'a'.repeat(64),
		tags: [],
		author: null,
		date: { value: '2024-03-03', precision: 'day', inferred: false, cite: cite('p1') },
		place: { id: 'almaty', name: 'Almaty', cite: cite('p1') },
		participants: [
			{ id: 'wang-yi', name: 'Wang Yi', cite: cite('p1'), role: null },
			{ id: 'jeenbek-kulubaev', name: 'Jeenbek Kulubaev', cite: cite('p1'), role: 'homologue kirghize' },
		],
		actors: [],
		places: [],
		organisations: [],
		areas: [{ id: 'health', name: 'santé', cite: cite('p2') }],
		events: [],
		statements: [{ speakers: ['china'], kind: 'reported', verb: 'ont convenu', text: 'Les deux parties ont convenu de renforcer leur coopération.', cite: cite('p2') }],
		unresolved: [],
	};
}

const paths = (value: unknown) => issuesOf(meetingSchema, value).map((issue) => issue.path);

describe('meeting schema: originals', () => {
	it('accepts a complete original article', () => {
		expect(issuesOf(meetingSchema, original())).toEqual([]);
	});

	it('accepts a name the gazetteer lacks, with a null id', () => {
		const meeting = original();
		meeting.place = { ...meeting.place, id: null as unknown as string, name: 'Bichkek' };
		expect(issuesOf(meetingSchema, meeting)).toEqual([]);
	});

	it.each(['para1', 'p0', 'P1', '1'])('rejects the participant paragraph id "%s", on its citation', (paragraph) => {
		const meeting = original();
		meeting.participants[1]!.cite = cite(paragraph);
		expect(issuesOf(meetingSchema, meeting)).toEqual([
			{ path: 'participants.1.cite.paragraphs.0', message: 'must be a paragraph id such as "p3"' },
		]);
	});

	it('rejects a citation of no paragraph', () => {
		const meeting = original();
		meeting.place.cite = cite();
		expect(paths(meeting)).toEqual(['place.cite.paragraphs']);
	});

	it('rejects a participant whose actor does not exist, naming the known ones', () => {
		const meeting = original();
		meeting.participants[0]!.id = 'wang-y';
		expect(issuesOf(meetingSchema, meeting)).toEqual([
			{ path: 'participants.0.id', message: expect.stringContaining('unknown actors id "wang-y" (known: china, jeenbek-kulubaev, wang-yi)') },
		]);
	});

	it('rejects a source that does not exist', () => {
		expect(issuesOf(meetingSchema, { ...original(), source: '2024-03-04-almaty' })).toEqual([
			{ path: 'source', message: expect.stringContaining('unknown sources id "2024-03-04-almaty"') },
		]);
	});

	it('rejects a date inferred without basis, on date.basis', () => {
		const meeting = original();
		meeting.date = { ...meeting.date, inferred: true };
		expect(paths(meeting)).toEqual(['date.basis']);
	});

	it('rejects a meeting date without its citation', () => {
		const { cite: _, ...date } = original().date;
		expect(paths({ ...original(), date })).toEqual(['date.cite']);
	});

	it('rejects a statement without speaker', () => {
		const meeting = original();
		meeting.statements[0]!.speakers = [];
		expect(paths(meeting)).toEqual(['statements.0.speakers']);
	});

	it('rejects a sourceSha256 that is not a hex SHA-256', () => {
		expect(paths({ ...original(), sourceSha256: 'sha256:abc' })).toEqual(['sourceSha256']);
	});

	it('rejects an unresolved name with an unknown reason', () => {
		expect(paths({ ...original(), unresolved: [{ name: 'Bichkek', reason: 'unknown-city', paragraph: 'p1', line: 1 }] })).toEqual(['unresolved.0.reason']);
	});
});

describe('meeting schema: translations', () => {
	const translation = { kind: 'translation', title: 'Meeting between Wang Yi and Jeenbek Kulubaev in Almaty', translator: 'A. Translator' };

	it('accepts a translation without the facts, which come from the original', () => {
		expect(issuesOf(meetingSchema, translation)).toEqual([]);
	});

	it('rejects a translation without translator', () => {
		const { translator, ...anonymous } = translation;
		expect(paths(anonymous)).toEqual(['translator']);
	});

	it('rejects an article that is neither original nor translation, on kind', () => {
		expect(issuesOf(meetingSchema, { ...translation, kind: 'summary' })).toEqual([
			{ path: 'kind', message: expect.stringContaining("'original' | 'translation'") },
		]);
	});
});
