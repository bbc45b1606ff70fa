import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { dataFields } from '../../../../src/i18n/data-fields.ts';
import { actorDataSchema, actorsCsv, actorsData, areaDataSchema, areasCsv, areasData, csv, csvColumns, meetingDataSchema, meetingsCsv, meetingsData } from '../../../../src/lib/share/open-data.ts';
import { pagePath, type PageRef } from '../../../../src/lib/site/paths.ts';
import type { Locale } from '../../../../src/schemas/common.ts';
import { atlasOf, cite, original, world } from '../../atlas-fixture.ts';

const atlas = atlasOf(world);
const urlIn = (page: PageRef, locale: Locale) => `https://atlas.example${pagePath(page, locale)}`;
const meetings = meetingsData(atlas, urlIn);
const actors = actorsData(atlas, urlIn);
const areas = areasData(atlas, urlIn);

describe('the open data', () => {
	it('matches its documented schemas, meetings oldest first', () => {
		for (const meeting of meetings) meetingDataSchema.parse(meeting);
		for (const actor of actors) actorDataSchema.parse(actor);
		for (const area of areas) areaDataSchema.parse(area);
		expect(meetings.map((meeting) => meeting.id)).toEqual(['2021-03-fort-royal', '2024-02-02-port-aven']);
	});

	it('documents exactly the fields the schemas have, in both languages', () => {
		expect(Object.keys(dataFields.meetings)).toEqual(Object.keys(meetingDataSchema.shape));
		expect(Object.keys(dataFields.actors)).toEqual(Object.keys(actorDataSchema.shape));
		expect(Object.keys(dataFields.areas)).toEqual(Object.keys(areaDataSchema.shape));
		expect(Object.keys(dataFields.citation)).toEqual(Object.keys(meetingDataSchema.shape.date.shape.cite.shape));
		for (const docs of Object.values(dataFields)) for (const text of Object.values(docs)) expect(text.fr && text.en).toBeTruthy();
	});

	it('gives a meeting its pages and titles in both languages and its source’s hash', () => {
		expect(meetings[1]).toMatchObject({
			url: { fr: 'https://atlas.example/fr/rencontres/2024-02-02-port-aven/', en: 'https://atlas.example/en/meetings/2024-02-02-port-aven/' },
			title: { fr: 'Tomas Vell et Mira Saltan à Port-Aven', en: 'Tomas Vell and Mira Saltan in Port Aven' },
			source: { id: '2024-02-02-port-aven', sha256: 'b2c3'.repeat(16) },
		});
	});

	it('cites every fact with links to the French paragraphs', () => {
		const march = meetings[0]!;
		expect(march.date).toMatchObject({ value: '2021-03', precision: 'month', inferred: true, cite: { source: '2021-03-fort-royal', paragraphs: ['p1'] } });
		expect(march.date.basis?.en).toBe('The text says "in March"; the year is that of its publication.');
		expect(march.areas[0]?.cite.urls).toEqual(['https://atlas.example/fr/sources/2021-03-fort-royal/#p2', 'https://atlas.example/fr/sources/2021-03-fort-royal/#p3']);
		expect(march.statements[0]).toEqual({
			speakers: ['norland', 'sudria'],
			kind: 'reported',
			verb: 'soutiennent',
			text: 'La Norlande et la Sudrie soutiennent la pêche durable dans la région de Vallorque.',
			textEn: null,
			cite: { source: '2021-03-fort-royal', paragraphs: ['p2'], urls: ['https://atlas.example/fr/sources/2021-03-fort-royal/#p2'] },
		});
		expect(meetings[1]!.date.basis).toBeNull();
	});

	it('gives each statement its English text beside the French, null while untranslated', () => {
		expect(meetings[1]!.statements.map((statement) => statement.textEn)).toEqual(['Mira Saltan stressed that the coastal railway line would move forward.', 'Sudria wishes to develop transport.', null]);
		const rows = parse(meetingsCsv(meetings), { columns: true }) as Record<string, string>[];
		expect(rows.filter((row) => row.fact!.startsWith('statement-') && row.meeting === '2024-02-02-port-aven').map((row) => row.value_en)).toEqual(['Mira Saltan stressed that the coastal railway line would move forward.', 'Sudria wishes to develop transport.', '']);
	});

	it('gives each actor its appearances with the role as written', () => {
		expect(actors.find((actor) => actor.id === 'mira-saltan')!.appearances).toEqual([
			expect.objectContaining({ meeting: '2021-03-fort-royal', participant: true, name: 'Mira Saltane', role: 'homologue sudrienne' }),
			expect.objectContaining({ meeting: '2024-02-02-port-aven', participant: true, name: 'Mira Saltan', role: 'ministre sudrienne' }),
		]);
		expect(actors.find((actor) => actor.id === 'ines-hald')!.appearances).toEqual([]);
	});

	it('gives each area its field and its mentions', () => {
		expect(areas.find((area) => area.id === 'coast-railway')).toMatchObject({
			kind: 'project',
			field: 'transport',
			mentions: [
				{ meeting: '2021-03-fort-royal', name: 'chemin de fer côtier' },
				{ meeting: '2024-02-02-port-aven', name: 'ligne ferroviaire côtière' },
			],
		});
		expect(areas.find((area) => area.id === 'culture')).toMatchObject({ kind: 'field', field: null, mentions: [] });
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
		// Per meeting: date, place, then each participant, actor, other place, organisation, area, event and statement.
		expect(rows.map((row) => row.fact)).toEqual([
			...['date', 'place', 'participant', 'participant', 'actor', 'actor', 'other-place', 'area', 'area', 'event', 'statement-reported', 'statement-direct'],
			...['date', 'place', 'participant', 'participant', 'actor', 'actor', 'organisation', 'area', 'area', 'event', 'event', 'statement-direct', 'statement-reported', 'statement-direct'],
		]);
		expect(rows[0]).toMatchObject({ meeting: '2021-03-fort-royal', fact: 'date', value: '2021-03', precision: 'month', inferred: 'true', paragraphs: 'p1' });
		expect(rows[2]).toMatchObject({ fact: 'participant', id: 'tomas-vell', value: 'Tomas Vell', role: "conseiller d'État et ministre norlandais des Affaires étrangères" });
		expect(rows[10]).toMatchObject({ fact: 'statement-reported', id: 'norland sudria', url: 'https://atlas.example/fr/sources/2021-03-fort-royal/#p2' });
		const actorRows = parse(actorsCsv(actors), { columns: true }) as Record<string, string>[];
		expect(Object.keys(actorRows[0]!)).toEqual([...csvColumns.actors]);
		expect(actorRows).toHaveLength(6);
		expect(actorRows.find((row) => row.id === 'mira-saltan')).toMatchObject({
			name_fr: 'Mira Saltane',
			name_en: 'Mira Saltan',
			aliases: 'Mira Saltane | Mira Saltan | Saltane | Saltan | Мира Салтан',
			meetings: '2021-03-fort-royal 2024-02-02-port-aven',
		});
		const areaRows = parse(areasCsv(areas), { columns: true }) as Record<string, string>[];
		expect(Object.keys(areaRows[0]!)).toEqual([...csvColumns.areas]);
		expect(areaRows).toHaveLength(4);
		expect(areaRows.find((row) => row.id === 'coast-railway')).toMatchObject({ field: 'transport', meetings: '2021-03-fort-royal 2024-02-02-port-aven' });
	});
});

describe('the open data of a video call over two days, with an unknown participant and an acronym', () => {
	const call = meetingsData(
		atlasOf({
			...world,
			meetings: [
				original('2024-05-06-video-call', {
					reports: 'virtual-meeting',
					date: { value: '2024-05-06', end: '2024-05-07', precision: 'day', inferred: false, cite: cite('2024-05-06-video-call', 'p1') },
					place: null,
					participants: [{ id: null, name: 'Aidar Bekov', role: 'homologue norlandais', country: 'XN', cite: cite('2024-05-06-video-call', 'p1') }],
					organisations: [{ id: null, name: 'Conseil des ports', abbreviation: 'CDP', cite: cite('2024-05-06-video-call', 'p2') }],
				}),
			],
		}),
		urlIn,
	)[0]!;

	it('says what it was, that it had no venue, its last day, the participant’s country and the acronym', () => {
		meetingDataSchema.parse(call);
		expect(call).toMatchObject({ reports: 'virtual-meeting', place: null, date: { value: '2024-05-06', end: '2024-05-07' } });
		expect(call.participants[0]).toMatchObject({ id: null, name: 'Aidar Bekov', role: 'homologue norlandais', country: 'XN' });
		expect(call.organisations[0]).toMatchObject({ name: 'Conseil des ports', abbreviation: 'CDP' });
	});

	it('writes the interval and the country in the CSV, and no place row', () => {
		const rows = parse(meetingsCsv([call]), { columns: true }) as Record<string, string>[];
		expect(rows.find((row) => row.fact === 'date')?.value).toBe('2024-05-06/2024-05-07');
		expect(rows.find((row) => row.fact === 'participant')).toMatchObject({ value: 'Aidar Bekov', country: 'XN' });
		expect(rows.some((row) => row.fact === 'place')).toBe(false);
	});
});
