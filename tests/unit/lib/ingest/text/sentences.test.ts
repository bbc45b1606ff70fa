import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../../src/lib/ingest/text/sentences.ts';

const texts = (paragraph: string) => splitSentences(paragraph).map((sentence) => sentence.text);

describe('splitSentences', () => {
	it('splits after a full stop, a question or an ellipsis before a capital, a digit or a quote', () => {
		expect(texts('Il a parlé. Elle aussi ! « Bien », dit-il… 3 points suivent.')).toEqual(['Il a parlé.', 'Elle aussi !', '« Bien », dit-il…', '3 points suivent.']);
	});

	it('keeps a title or an initial with the name it precedes', () => {
		expect(texts('M. Bekov a parlé. Puis Mme Saltan. Enfin A. Karimov et Ch. Marat ont signé.')).toEqual(['M. Bekov a parlé.', 'Puis Mme Saltan.', 'Enfin A. Karimov et Ch. Marat ont signé.']);
	});

	it('gives each sentence its offset in the paragraph', () => {
		expect(splitSentences('Un. M. Deux.').map((sentence) => sentence.start)).toEqual([0, 4]);
	});
});
