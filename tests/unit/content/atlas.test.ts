/**
 * The real content, seen as the site sees it: what no invented fixture can promise, that every
 * page of the atlas we publish has a title and that the open data we publish follows its
 * documented format. How each function behaves is tested on small fixtures in tests/unit/lib/.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../../src/i18n/translate.ts';
import { actorDataSchema, actorsCsv, actorsData, areaDataSchema, areasCsv, areasData, csvColumns, meetingDataSchema, meetingsCsv, meetingsData } from '../../../src/lib/share/open-data.ts';
import { allPages, locales } from '../../../src/lib/site/pages.ts';
import { pagePath, type PageRef } from '../../../src/lib/site/paths.ts';
import { pageTitle } from '../../../src/lib/site/titles.ts';
import type { Locale } from '../../../src/schemas/common.ts';
import { loadRealAtlas } from './real-atlas.ts';

const atlas = loadRealAtlas();

describe('the real atlas', () => {
	it('holds a meeting for every source, each with its English translation', () => {
		expect(atlas.meetings.map((meeting) => meeting.record.source).sort()).toEqual(atlas.sources.map((source) => source.id));
		for (const meeting of atlas.meetings) expect(meeting.translations.en?.paragraphs.length, meeting.id).toBeGreaterThan(0);
	});

	it('gives every page a title in both languages, with nothing left unfilled', () => {
		for (const page of allPages(atlas)) {
			for (const locale of locales) {
				const title = pageTitle(atlas, page, locale, useTranslations(locale));
				expect(title, JSON.stringify(page)).toMatch(/\S/);
				expect(title, JSON.stringify(page)).not.toMatch(/undefined|\{\w+\}/);
			}
		}
	});
});

describe('the real open data', () => {
	const urlIn = (page: PageRef, locale: Locale) => `https://atlas.example${pagePath(page, locale)}`;
	const meetings = meetingsData(atlas, urlIn);
	const actors = actorsData(atlas, urlIn);
	const areas = areasData(atlas, urlIn);

	it('matches its documented schemas', () => {
		for (const meeting of meetings) meetingDataSchema.parse(meeting);
		for (const actor of actors) actorDataSchema.parse(actor);
		for (const area of areas) areaDataSchema.parse(area);
		expect(meetings).toHaveLength(atlas.meetings.length);
	});

	it('has the documented CSV columns and one row per entry', () => {
		const tables = [
			[meetingsCsv(meetings), csvColumns.meetings],
			[actorsCsv(actors), csvColumns.actors],
			[areasCsv(areas), csvColumns.areas],
		] as const;
		for (const [text, columns] of tables) expect(Object.keys((parse(text, { columns: true }) as Record<string, string>[])[0]!)).toEqual([...columns]);
		expect(parse(actorsCsv(actors), { columns: true })).toHaveLength(atlas.actors.length);
		expect(parse(areasCsv(areas), { columns: true })).toHaveLength(atlas.areas.length);
	});
});
