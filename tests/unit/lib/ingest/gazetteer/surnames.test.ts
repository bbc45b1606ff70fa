/** Persons named by one word of their name, or by another spelling, on short invented texts and the fixture gazetteer. */
import { describe, expect, it } from 'vitest';
import { personSpelledLike } from '../../../../../src/lib/ingest/gazetteer/surnames.ts';
import { parsePressText } from '../../../../../src/lib/ingest/parse-press-text.ts';
import { extractStatements } from '../../../../../src/lib/ingest/statements/extract-statements.ts';
import { analyse, gazetteer } from '../analyse.ts';

/** The actor matches of each paragraph, as [id, written]. */
const actorsOf = (text: string) => analyse(text).map((paragraph) => paragraph.matches.filter((match) => match.entry.collection === 'actors').map((match) => [match.entry.id, match.written]));

describe('withSurnames', () => {
	it('resolves a surname to the person the text has named in full', () => {
		expect(actorsOf('Wang Yi a rencontré son homologue à Almaty.\n\nM. Wang a indiqué que la coopération progressait.')).toEqual([
			[['wang-yi', 'Wang Yi']],
			[['wang-yi', 'Wang']],
		]);
	});

	it('resolves either end of a name, with or without a civility, once the person is named', () => {
		expect(actorsOf('Jeenbek Kulubaev a reçu Wang Yi.\n\nKulubaev a ajouté que Wang avait raison.')[1]).toEqual([
			['jeenbek-kulubaev', 'Kulubaev'],
			['wang-yi', 'Wang'],
		]);
	});

	it('resolves a surname behind a civility or a title even when the text never names the person in full', () => {
		expect(actorsOf('Le ministre Kulubaev a reçu une délégation.')).toEqual([[['jeenbek-kulubaev', 'Kulubaev']]]);
		expect(actorsOf('M. Wang est arrivé mardi.')).toEqual([[['wang-yi', 'Wang']]]);
	});

	it('leaves a bare word the text never ties to a person, and words inside other names', () => {
		expect(actorsOf('Wang est un nom répandu.')).toEqual([[]]);
		expect(actorsOf("Wang Yi s'est rendu à Wangfujing.")).toEqual([[['wang-yi', 'Wang Yi']]]);
	});

	it('gives statements their speaker: "M. Wang a indiqué", "a déclaré M. Wang"', () => {
		const paragraphs = analyse('Wang Yi a rencontré Jeenbek Kulubaev à Almaty.\n\nM. Wang a indiqué que les deux pays étaient des voisins. « Nous avançons », a déclaré M. Kulubaev.');
		const { statements, unresolved } = extractStatements(paragraphs, 's', ['china', 'kyrgyzstan']);
		expect(statements.map((statement) => [statement.speakers, statement.verb])).toEqual([
			[['wang-yi'], 'a indiqué'],
			[['jeenbek-kulubaev'], 'a déclaré'],
		]);
		expect(unresolved).toEqual([]);
	});
});

describe('personSpelledLike', () => {
	it('finds the one person a name the gazetteer lacks is another spelling of', () => {
		expect(personSpelledLike('Kouloubaïev', gazetteer.entries)?.id).toBe('jeenbek-kulubaev');
		expect(personSpelledLike('M. Kulubaiev', gazetteer.entries)?.id).toBe('jeenbek-kulubaev');
	});

	it('finds nobody for a name unlike any, or too short to tell', () => {
		expect(personSpelledLike('Bakhtiyor Saidov', gazetteer.entries)).toBeUndefined();
		expect(personSpelledLike('Li', gazetteer.entries)).toBeUndefined();
	});

	it('sends the curator to add the spelling to that actor, named, rather than to create a person', () => {
		const result = parsePressText('Le 3 mars 2024, Wang Yi a rencontré à Almaty M. Kouloubaïev, ministre kirghize.', gazetteer, { source: 's', sha256: '0'.repeat(64) });
		if (!result.ok) throw new Error('refused');
		const item = result.parsed.review.find((candidate) => candidate.message.includes('Kouloubaïev'));
		expect(item?.fix).toContain('add "Kouloubaïev" to the aliases of content/actors/jeenbek-kulubaev.yaml');
	});
});
