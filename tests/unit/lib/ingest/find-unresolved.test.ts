import { describe, expect, it } from 'vitest';
import { findUnresolved } from '../../../../src/lib/ingest/find-unresolved.ts';

const paragraph = (text: string) => ({ id: 'p1', kind: 'paragraph' as const, text, line: 1, matches: [] });
const namesIn = (text: string) => findUnresolved(paragraph(text), [], []).map((found) => found.name);

describe('findUnresolved', () => {
	it('reports a capitalised name, without the words that start the phrase', () => {
		expect(namesIn('Le ministre a reçu Bakhtiyor Saidov à Tachkent.')).toEqual(['Bakhtiyor Saidov', 'Tachkent']);
	});

	it('reports no name from a capital inside a word', () => {
		expect(namesIn("le code fs.readFileSync('x') et un iPhone")).toEqual([]);
	});

	it('still reports a name after an elision', () => {
		expect(namesIn("la visite d'Ouzbékistan")).toEqual(['Ouzbékistan']);
	});
});
