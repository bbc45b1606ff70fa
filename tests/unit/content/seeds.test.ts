/**
 * The real content: every committed source and the article generated from it, parsed with the
 * real gazetteer and what its curator gave; then the facts of the two seed texts, which stay in
 * the atlas however it grows. The only unit tests that assert what content/ holds; the ingest's
 * behaviour is pinned by the fixture texts and the fixture content of tests/fixtures/ instead.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMdxFile, readSourceFiles } from '../../../src/io/read-content.ts';
import { decodeText } from '../../../src/lib/ingest/text/decode.ts';
import { parsePublishable } from '../../../src/lib/ingest/parse-press-text.ts';
import { givenIn, toMdx } from '../../../src/lib/ingest/record/index.ts';
import { loadRealGazetteer, readSeed, root } from '../helpers.ts';

const sources = readSourceFiles(root);
const gazetteer = loadRealGazetteer();

describe('the seeds', () => {
	it('are both in the atlas, among any others', () => {
		expect(sources.map((source) => source.id)).toEqual(expect.arrayContaining(['2022-06-nur-sultan', '2025-04-25-almaty']));
	});
});

describe.each(sources.map((source) => [source.id, source] as const))('source %s', (id, source) => {
	const articlePath = `content/meetings/fr/${id}.mdx`;

	it('has the SHA-256 recorded by its metadata and by its article', () => {
		expect(source.metadata?.sha256).toBe(source.sha256);
		const article = parseMdxFile(readFileSync(`${root}/${articlePath}`, 'utf8'), id);
		expect(article.data.sourceSha256).toBe(source.sha256);
	});

	// The committed article is the reviewed output: it changes only through `npm run ingest --
	// --regenerate`, whose diff is reviewed. This is `ingest --check` in process, with a full diff.
	it(`is exactly what the ingest now produces: ${articlePath}`, () => {
		const decoded = decodeText(source.bytes);
		if (!decoded.ok) throw new Error(decoded.problem.message);
		const result = parsePublishable(decoded.text, gazetteer, { source: id, sha256: source.sha256, id, ...givenIn(source.metadata) });
		if (!result.ok) throw new Error(result.problems[0]?.message);
		expect(toMdx(result.text, source.textPath)).toBe(readFileSync(`${root}/${articlePath}`, 'utf8'));
	});
});

/** A seed parsed as the ingest does, for the tests of what it finds in the real texts. */
function parse(text: string, options: { source: string }) {
	const result = parsePublishable(text, gazetteer, { sha256: '0'.repeat(64), ...options });
	if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('; '));
	return result.text;
}

describe('the June meeting text (tags header, byline, no year)', () => {
	const { record, paragraphs, id } = parse(readSeed('2022-06-nur-sultan'), { source: '2022-06-nur-sultan' });

	it('splits seven paragraphs, two tags and a byline', () => {
		expect(paragraphs.map((paragraph) => paragraph.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7']);
		expect(record.tags).toEqual(['Kirghizistan', 'Asie Centrale']);
		expect(record.author).toBe('Mathys Dionne');
	});

	it('dates the meeting June 2022 at month precision, inferred from "il y a 30 ans"', () => {
		expect(record.date).toMatchObject({ value: '2022-06', precision: 'month', inferred: true, cite: { paragraphs: ['p4', 'p5'] } });
		expect(record.date.basis?.fr).toContain('il y a 30 ans');
		expect(record.date.basis?.fr).toContain('1992 + 30 = 2022');
		expect(record.date.basis?.en).toContain('1992 + 30 = 2022');
	});

	it('places it in Noursoultan, resolved to Astana, with the id of the name then in force', () => {
		expect(record.place).toEqual({ id: 'astana', name: 'Noursoultan', country: 'KZ', cite: { source: '2022-06-nur-sultan', paragraphs: ['p6'] } });
		expect(id).toBe('2022-06-nur-sultan');
	});

	it('finds both ministers under their spelling in this text, with their roles', () => {
		expect(record.participants.map(({ id: actor, name, role }) => ({ actor, name, role }))).toEqual([
			{ actor: 'wang-yi', name: 'Wang Yi', role: "conseiller d'État et ministre chinois des Affaires étrangères" },
			{ actor: 'jeenbek-kulubaev', name: 'Jeenbek Kouloubaev', role: 'homologue kirghize' },
		]);
	});

	it('finds the fields and projects of cooperation of the last paragraph', () => {
		expect(record.areas.map((area) => area.id)).toEqual([
			'infrastructure', 'customs', 'local-exchanges', 'health', 'pandemic-response',
			'local-communication-mechanism', 'additional-ports', 'china-kyrgyzstan-uzbekistan-railway', 'cultural-centres',
		]);
		expect(record.areas.every((area) => area.cite.paragraphs.join() === 'p7')).toBe(true);
	});

	it('names no organisation, and the places of the political positions', () => {
		expect(record.organisations).toEqual([]);
		expect(record.places.map((place) => place.id)).toEqual(['taiwan', 'xinjiang', 'hong-kong']);
	});

	it('refers to the China–Central Asia meeting and to the diplomatic relations', () => {
		expect(record.events.map((event) => [event.id, event.cite.paragraphs])).toEqual([
			['china-central-asia-foreign-ministers-meeting-3', ['p4', 'p6']],
			['china-kyrgyzstan-diplomatic-relations', ['p5']],
		]);
	});

	it('attributes the positions to the parties that hold them', () => {
		expect(record.statements.map((statement) => [statement.speakers.join('+'), statement.kind, statement.verb, statement.cite.paragraphs[0]])).toEqual([
			['china+kyrgyzstan', 'reported', 'se considèrent', 'p1'],
			['china+kyrgyzstan', 'direct', 'ont réaffirmé', 'p1'],
			['kyrgyzstan', 'reported', 'soutient', 'p1'],
			['china', 'reported', 'soutient', 'p3'],
			['china+kyrgyzstan', 'reported', 'considèrent', 'p3'],
			['china+kyrgyzstan', 'reported', 'se considèrent', 'p5'],
			['kyrgyzstan', 'reported', 'soutient', 'p5'],
			['china+kyrgyzstan', 'reported', 'ont convenu', 'p7'],
			['china+kyrgyzstan', 'reported', 'prévoient', 'p7'],
		]);
	});

	it('generates a title and reports nothing unresolved', () => {
		expect(record.title).toBe('Rencontre entre Wang Yi et Jeenbek Kouloubaev à Noursoultan (juin 2022)');
		expect(record.titleGenerated).toBe(true);
		expect(record.unresolved).toEqual([]);
	});
});

describe('the April 2025 text (dateline, one paragraph per line)', () => {
	const { record, paragraphs, id } = parse(readSeed('2025-04-25-almaty'), { source: '2025-04-25-almaty' });

	it('splits six paragraphs, with no tags and no byline', () => {
		expect(paragraphs).toHaveLength(6);
		expect(record.tags).toEqual([]);
		expect(record.author).toBeNull();
	});

	it('reads the dateline as a stated day', () => {
		expect(record.date).toEqual({ value: '2025-04-25', precision: 'day', inferred: false, cite: { source: '2025-04-25-almaty', paragraphs: ['p1'] } });
		expect(id).toBe('2025-04-25-almaty');
	});

	it('places it in Almaty', () => {
		expect(record.place).toMatchObject({ id: 'almaty', name: 'Almaty' });
	});

	it('resolves "Kulubaev" to the same minister as "Kouloubaev"', () => {
		expect(record.participants.map((participant) => [participant.id, participant.name, participant.role])).toEqual([
			['wang-yi', 'Wang Yi', 'membre du Bureau politique du Comité central du Parti communiste chinois et ministre des Affaires étrangères'],
			['jeenbek-kulubaev', 'Jeenbek Kulubaev', 'homologue kirghize'],
		]);
	});

	it('names the presidents with their roles as mentioned actors, not participants', () => {
		const presidents = record.actors.filter((actor) => actor.id === 'xi-jinping' || actor.id === 'sadyr-japarov');
		expect(presidents.map((actor) => [actor.id, actor.role])).toEqual([
			['xi-jinping', 'président chinois'],
			['sadyr-japarov', 'président kirghize'],
		]);
	});

	it('finds the organisations: the Party, the Belt and Road Initiative, the SCO', () => {
		expect(record.organisations.map((organisation) => [organisation.id, organisation.name])).toEqual([
			['communist-party-of-china', 'Bureau politique du Comité central du Parti communiste chinois'],
			['belt-and-road-initiative', 'Initiative « la Ceinture et la Route »'],
			['sco', 'Organisation de coopération de Shanghai'],
		]);
	});

	it('finds the railway project under this text’s spelling, and the other areas', () => {
		expect(record.areas.map((area) => [area.id, area.name])).toEqual([
			['china-kyrgyzstan-uzbekistan-railway', 'chemin de fer Chine-Kirghizstan-Ouzbékistan'],
			['people-to-people-exchanges', 'échanges entre les peuples'],
			['trade', 'commercial'],
			['investment', 'investissaient'],
			['customs', 'tarifaires'],
			['multilateral-cooperation', 'multilatéralisme'],
		]);
	});

	it('dates Japarov’s visit February 2025 (inferred) and leaves the Tianjin summit undated', () => {
		const [visit, summit] = record.events;
		expect(visit).toMatchObject({ id: 'japarov-visit-to-china-2025', date: { value: '2025-02', precision: 'month', inferred: true }, cite: { paragraphs: ['p3'] } });
		expect(visit?.date?.basis?.fr).toContain('« en février »');
		expect(summit).toMatchObject({ id: 'sco-summit-tianjin-2025', name: 'sommet qui se tiendra à Tianjin' });
		expect(summit?.date).toBeUndefined();
	});

	it('attributes every declaration to its speaker, pronouns included', () => {
		expect(record.statements.map((statement) => [statement.speakers.join('+'), statement.verb, statement.cite.paragraphs[0]])).toEqual([
			['wang-yi', 'a déclaré', 'p2'],
			['wang-yi', 'a-t-il ajouté', 'p2'],
			['wang-yi', 'a déclaré', 'p2'],
			['china', 'est disposée', 'p2'],
			['jeenbek-kulubaev', 'a pour sa part déclaré', 'p3'],
			['jeenbek-kulubaev', 'a-t-il indiqué', 'p3'],
			['china+kyrgyzstan', 'ont convenu', 'p4'],
			['jeenbek-kulubaev', 'a souligné', 'p4'],
			['china+kyrgyzstan', 'ont souligné', 'p5'],
			['china+kyrgyzstan', 'ont réaffirmé', 'p5'],
			['kyrgyzstan', 'a exprimé', 'p6'],
		]);
		expect(record.statements[0]?.text).toMatch(/^En tant que voisins proches .* a déclaré Wang Yi\.$/);
	});

	it('keeps the original apostrophes for display', () => {
		expect(paragraphs[1]?.text).toContain('d’avenir');
		expect(record.unresolved).toEqual([]);
	});
});
