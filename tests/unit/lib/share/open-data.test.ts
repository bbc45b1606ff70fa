import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { dataFields } from '../../../../src/i18n/data-fields.ts';
import { actorDataSchema, actorsCsv, actorsData, areaDataSchema, areasCsv, areasData, csv, csvColumns, meetingDataSchema, meetingsCsv, meetingsData } from '../../../../src/lib/share/open-data.ts';
import { pagePath, type PageRef } from '../../../../src/lib/site/paths.ts';
import type { Locale } from '../../../../src/schemas/common.ts';
import { loadRealAtlas } from '../site/atlas-fixture.ts';

const atlas = loadRealAtlas();
const urlIn = (page: PageRef, locale: Locale) => `https://atlas.example${pagePath(page, locale)}`;
const meetings = meetingsData(atlas, urlIn);
const actors = actorsData(atlas, urlIn);
const areas = areasData(atlas, urlIn);

describe('the open data', () => {
	it('matches its documented schemas', () => {
		for (const meeting of meetings) meetingDataSchema.parse(meeting);
		for (const actor of actors) actorDataSchema.parse(actor);
		for (const area of areas) areaDataSchema.parse(area);
		expect(meetings.map((meeting) => meeting.id)).toEqual(['2022-06-nur-sultan', '2025-04-25-almaty']);
	});

	it('documents exactly the fields the schemas have, in both languages', () => {
		expect(Object.keys(dataFields.meetings)).toEqual(Object.keys(meetingDataSchema.shape));
		expect(Object.keys(dataFields.actors)).toEqual(Object.keys(actorDataSchema.shape));
		expect(Object.keys(dataFields.areas)).toEqual(Object.keys(areaDataSchema.shape));
		expect(Object.keys(dataFields.citation)).toEqual(Object.keys(meetingDataSchema.shape.date.shape.cite.shape));
		for (const docs of Object.values(dataFields)) for (const text of Object.values(docs)) expect(text.fr && text.en).toBeTruthy();
	});

	it('cites every fact with links to the French paragraphs', () => {
		const june = meetings[0]!;
		expect(june.date).toMatchObject({ value: '2022-06', precision: 'month', inferred: true, cite: { source: '2022-06-nur-sultan', paragraphs: ['p4', 'p5'] } });
		expect(june.date.basis?.en).toEqual(expect.any(String));
		expect(june.date.cite.urls).toEqual(['https://atlas.example/fr/sources/2022-06-nur-sultan/#p4', 'https://atlas.example/fr/sources/2022-06-nur-sultan/#p5']);
		const facts = [june.place, ...june.participants, ...june.actors, ...june.areas, ...june.statements];
		for (const fact of facts) expect(fact.cite.paragraphs.length).toBeGreaterThan(0);
	});

	it('gives each actor its appearances with the role as written', () => {
		const minister = actors.find((actor) => actor.id === 'jeenbek-kulubaev')!;
		expect(minister.appearances).toEqual([
			expect.objectContaining({ meeting: '2022-06-nur-sultan', participant: true, role: 'homologue kirghize' }),
			expect.objectContaining({ meeting: '2025-04-25-almaty', participant: true }),
		]);
	});
});

describe('the CSV files', () => {
	it('quote what must be quoted (RFC 4180) and parse back', () => {
		const text = csv(['a', 'b'], [['x, "y"', 'line\nbreak'], [null, true]]);
		expect(text).toBe('a,b\r\n"x, ""y""","line\nbreak"\r\n,true\r\n');
		expect(parse(text, { columns: true })).toEqual([{ a: 'x, "y"', b: 'line\nbreak' }, { a: '', b: 'true' }]);
	});

	it('have the documented columns and one row per fact or entry', () => {
		const rows = parse(meetingsCsv(meetings), { columns: true }) as Record<string, string>[];
		expect(Object.keys(rows[0]!)).toEqual([...csvColumns.meetings]);
		const facts = meetings.reduce((sum, meeting) => sum + 2 + meeting.participants.length + meeting.actors.length + meeting.places.length + meeting.organisations.length + meeting.areas.length + meeting.events.length + meeting.statements.length, 0);
		expect(rows).toHaveLength(facts);
		expect(rows[0]).toMatchObject({ meeting: '2022-06-nur-sultan', fact: 'date', value: '2022-06', precision: 'month', inferred: 'true', paragraphs: 'p4 p5' });
		expect(rows.filter((row) => row.fact!.startsWith('statement-')).every((row) => row.url!.startsWith('https://atlas.example/fr/sources/'))).toBe(true);
		const actorRows = parse(actorsCsv(actors), { columns: true }) as Record<string, string>[];
		expect(Object.keys(actorRows[0]!)).toEqual([...csvColumns.actors]);
		expect(actorRows.find((row) => row.id === 'jeenbek-kulubaev')).toMatchObject({ name_fr: 'Jeenbek Kouloubaev', meetings: '2022-06-nur-sultan 2025-04-25-almaty' });
		expect(parse(areasCsv(areas), { columns: true })).toHaveLength(areas.length);
	});
});
