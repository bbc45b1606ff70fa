/**
 * The fixture content folder, tests/fixtures/content/, from which every ingest test builds its
 * gazetteer (tests/unit/helpers.ts). It holds the entries the fixture press texts and the
 * ingest tests need, no more, and passes the same check as the real content folder
 * (`npm run check:content`), so that it cannot drift into data the real atlas could not hold.
 */
import { describe, expect, it } from 'vitest';
import { loadContentForCheck } from '../../../../src/io/read-content.ts';
import { checkIntegrity, formatIssues } from '../../../../src/lib/integrity.ts';
import { fixtureRoot, loadGazetteer } from '../../helpers.ts';

const { entries, sources } = loadContentForCheck(fixtureRoot);

describe('the fixture content folder', () => {
	it('passes the content check: every entry against its schema, every reference, every alias', () => {
		// Named from the project root, so that a failure points at the fixture file.
		const issues = checkIntegrity(entries, sources).map((issue) => ({ ...issue, file: `tests/fixtures/${issue.file}` }));
		expect(formatIssues(issues)).toBe('');
	});

	// No Tashkent and no Bakhtiyor Saidov: new-actors.txt tests what the ingest does with names it does not know.
	it('holds only the entries the ingest tests need, and no article or source', () => {
		expect(entries.map((entry) => `${entry.collection}/${entry.id}`)).toEqual([
			'actors/china',
			'actors/jeenbek-kulubaev',
			'actors/kazakhstan',
			'actors/kyrgyzstan',
			'actors/wang-yi',
			'places/almaty',
			'places/astana',
			'organisations/steppe-council',
			'areas/china-kyrgyzstan-uzbekistan-railway',
			'areas/customs',
			'areas/health',
			'events/china-kyrgyzstan-diplomatic-relations',
		]);
		expect(sources).toEqual([]);
	});

	it('is what the ingest tests build their gazetteer from, not-names included', () => {
		const gazetteer = loadGazetteer();
		const ids = (collection: string) => entries.filter((entry) => entry.collection === collection).map((entry) => entry.id);
		expect(gazetteer.entries.map((entry) => entry.id)).toEqual([...ids('actors'), ...ids('places'), ...ids('organisations'), ...ids('areas')]);
		expect(gazetteer.events.map((event) => event.id)).toEqual(ids('events'));
		expect(gazetteer.notNames).toEqual(['Affaires étrangères']);
	});
});
