import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseMdxFile } from '../../../../../src/io/read-content.ts';
import { parsePressText, toPublishable } from '../../../../../src/lib/ingest/parse-press-text.ts';
import { proposeEntries, translationSkeleton } from '../../../../../src/lib/ingest/record/propose-entries.ts';
import { statementFingerprint } from '../../../../../src/lib/ingest/statements/fingerprint.ts';
import { loadGazetteer } from '../../../helpers.ts';

const text = [
	'Le 3 mars 2024, Wang Yi a rencontré son homologue ouzbek Aziz Karimov à Samarcande, en Ouzbékistan.',
	'Les deux ministres ont évoqué le commerce et les douanes.',
	'La Chine soutient le développement du commerce régional, a déclaré Wang Yi.',
].join('\n\n');

function draftOf(source: string) {
	const result = parsePressText(text, loadGazetteer(), { source, sha256: '0'.repeat(64) });
	if (!result.ok) throw new Error(result.problems[0]?.message);
	return result.parsed;
}

describe('proposeEntries', () => {
	const draft = draftOf('2024-03-03-samarcande');
	const files = proposeEntries(draft, '2024-03-03-samarcande', () => false);

	it('proposes a person and a place the gazetteer lacks, with what the text says and where', () => {
		expect(files.map((file) => file.path)).toEqual(['content/actors/aziz-karimov.yaml', 'content/places/samarcande.yaml']);
		const person = parseYaml(files[0]!.content);
		expect(person).toEqual({
			draft: { source: '2024-03-03-samarcande', paragraph: 'p1', line: 1 },
			kind: 'person',
			name: { fr: 'Aziz Karimov', en: 'Aziz Karimov' },
			aliases: ['Aziz Karimov'],
			country: 'UZ',
			roles: [{ fr: 'homologue ouzbek', en: '' }],
		});
		expect(parseYaml(files[1]!.content)).toMatchObject({ draft: { source: '2024-03-03-samarcande' }, kind: 'city', name: { fr: 'Samarcande' }, country: 'UZ', coordinates: { lat: null, lon: null } });
	});

	it('says in each file where it comes from and what to do', () => {
		expect(files[0]!.content).toMatch(/^# Proposed by `npm run ingest -- --draft` from content\/sources\/2024-03-03-samarcande\.txt: person Aziz Karimov, homologue ouzbek\.\n# Check every field/);
	});

	it('never proposes a file that exists', () => {
		expect(proposeEntries(draft, 's', (path) => path === 'content/actors/aziz-karimov.yaml').map((file) => file.path)).toEqual(['content/places/samarcande.yaml']);
	});
});

describe('translationSkeleton', () => {
	it('has one slot per paragraph of the source, holding the French to translate, marked draft', () => {
		const publishable = toPublishable(draftOf('2024-03-03-samarcande'));
		if (!publishable.ok) throw new Error('not publishable');
		const skeleton = translationSkeleton(publishable.text, '2024-03-03-samarcande');
		expect(skeleton.path).toBe('content/meetings/en/2024-03-03-samarcande.mdx');
		const { data, body } = parseMdxFile(skeleton.content, skeleton.path);
		expect(data).toMatchObject({ kind: 'translation', title: '', translator: '', draft: { source: '2024-03-03-samarcande' } });
		expect(body.trim().split('\n\n')).toHaveLength(3);
		expect(body).toContain('\\[p2: translate] Les deux ministres');
	});

	it('has one slot per statement of the French article, under the fingerprint of its sentence', () => {
		const publishable = toPublishable(draftOf('2024-03-03-samarcande'));
		if (!publishable.ok) throw new Error('not publishable');
		const { statements } = publishable.text.record;
		expect(statements.length).toBeGreaterThan(0);
		const { data } = parseMdxFile(translationSkeleton(publishable.text, '2024-03-03-samarcande').content, 'skeleton.mdx');
		expect(data.statements).toEqual(statements.map((statement) => ({ fingerprint: statementFingerprint(statement.text), text: `[translate] ${statement.text}` })));
	});
});

describe('proposeEntries, for a venue named only as a country', () => {
	it('proposes no place: the venue is a state', () => {
		const result = parsePressText('Le 3 mars 2024, le ministre chinois Wang Yi est arrivé au Kazakhstan pour une visite officielle.', loadGazetteer(), { source: 's', sha256: '0'.repeat(64) });
		if (!result.ok) throw new Error(result.problems[0]?.message);
		expect(result.parsed.record.place).toMatchObject({ id: null, name: 'Kazakhstan', country: 'KZ' });
		expect(proposeEntries(result.parsed, 's', () => false).map((file) => file.path)).toEqual([]);
	});
});
