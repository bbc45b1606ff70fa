import { describe, expect, it } from 'vitest';
import { findUnresolved } from '../../../../../src/lib/ingest/entities/find-unresolved.ts';

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

describe('findUnresolved, on what wire copy capitalises that is not a new name', () => {
	it('drops the civility or title before a name, and the title alone', () => {
		expect(namesIn('M. Aidar Bekov a rencontré le Premier ministre. Les Premiers ministres ont parlé.')).toEqual(['Aidar Bekov']);
	});

	it('reports a person once: the surname alone later, or a part of a known name, is the same person', () => {
		expect(namesIn('Aidar Bekov est arrivé. Bekov a parlé.')).toEqual(['Aidar Bekov']);
		expect(findUnresolved(paragraph('Tomas Vell a parlé, puis Vell est parti.'), [{ start: 0, end: 10 }], [], [], ['Tomas Vell']).map((found) => found.name)).toEqual([]);
	});

	it('does not report a country the nationality lexicon knows', () => {
		expect(findUnresolved(paragraph('Il a visité la Norlande.'), [], [], [], ['Norlande']).map((found) => found.name)).toEqual([]);
	});

	it('does not take a participle that opens a sentence, an initial or a lowercase word for a name', () => {
		expect(namesIn("Soulignant l'amitié, il a parlé. Créée en 2001, l'union grandit.")).toEqual([]);
		expect(namesIn('A. Bekov et Ch. Marat ont parlé.')).toEqual(['Bekov', 'Marat']);
		expect(namesIn("La ville de Xi'an.")).toEqual(["Xi'an"]);
	});

	it('takes no adverb that opens a sentence for a name, and keeps a short name that ends alike', () => {
		expect(namesIn('Actuellement, les échanges progressent. Parallèlement, le commerce grandit.')).toEqual([]);
		expect(namesIn('Clément a parlé.')).toEqual(['Clément']);
	});

	it('reports an acronym whole, as an organisation: "G20", not a name "G"', () => {
		const found = findUnresolved(paragraph('Il a évoqué le sommet du G20 et les BRICS.'), [], []);
		expect(found.map((item) => [item.name, item.reason])).toEqual([
			['G20', 'unknown-organisation'],
			['BRICS', 'unknown-organisation'],
		]);
	});
});
