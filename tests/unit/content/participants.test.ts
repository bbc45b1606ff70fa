/**
 * The participants extractor on the seeds, with the real gazetteer and lexicon: it finds exactly
 * the participants the committed articles hold today, with their roles, and gives them a country.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMdxFile, readSourceFiles } from '../../../src/io/read-content.ts';
import { classifyReport } from '../../../src/lib/ingest/report/classify-report.ts';
import { extractParticipants } from '../../../src/lib/ingest/entities/extract-participants.ts';
import { parsePressText } from '../../../src/lib/ingest/parse-press-text.ts';
import { loadRealGazetteer, loadRealNationalities, readSeed, root } from '../helpers.ts';

const gazetteer = loadRealGazetteer();
const nationalities = loadRealNationalities();

describe.each(readSourceFiles(root).map((source) => [source.id, source] as const))('the seed %s', (id, source) => {
	const parsed = parsePressText(readSeed(id), gazetteer, { source: id, sha256: source.sha256, id, year: source.metadata?.year });
	if (!parsed.ok) throw new Error(parsed.problems[0]?.message);
	const { paragraphs } = parsed.parsed;
	const article = parseMdxFile(readFileSync(`${root}/content/meetings/fr/${id}.mdx`, 'utf8'), id);
	const report = classifyReport(paragraphs);
	const extracted = extractParticipants(paragraphs, report, gazetteer, nationalities, id);

	it('has the participants of its committed article, with the same names, roles and citations', () => {
		expect(extracted.participants.map(({ country: _country, ...participant }) => participant)).toEqual(
			article.data.participants.map((participant: Record<string, unknown>) => ({
				id: participant.id,
				name: participant.name,
				role: participant.role,
				cite: participant.cite,
			})),
		);
	});

	it('gives a Chinese and a Kyrgyz participant, as the gazetteer knows them', () => {
		expect(extracted.participants.map((participant) => participant.country)).toEqual(['CN', 'KG']);
		expect(extracted.countries).toEqual(['CN', 'KG']);
	});

	it('reports a meeting', () => {
		expect(report.kind).toBe('meeting');
	});
});
