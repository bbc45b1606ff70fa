import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../../../src/lib/ingest/blocks.ts';

describe('splitBlocks', () => {
	it('reads the tags-header layout: tags, paragraphs separated by blank lines, byline', () => {
		const blocks = splitBlocks('\n\nKirghizistan\n\nAsie Centrale\n\nPremier paragraphe.\n\nSecond paragraphe.\n\n\n\nMathys Dionne');
		expect(blocks.map((block) => [block.kind, block.id, block.text, block.line])).toEqual([
			['tag', null, 'Kirghizistan', 3],
			['tag', null, 'Asie Centrale', 5],
			['paragraph', 'p1', 'Premier paragraphe.', 7],
			['paragraph', 'p2', 'Second paragraphe.', 9],
			['byline', null, 'Mathys Dionne', 13],
		]);
	});

	it('reads the dateline layout: one paragraph per line, no header', () => {
		const blocks = splitBlocks('Le 25 avril 2025, A a vu B.\nB a parlé.\nA aussi.');
		expect(blocks.map((block) => [block.kind, block.id, block.line])).toEqual([
			['paragraph', 'p1', 1],
			['paragraph', 'p2', 2],
			['paragraph', 'p3', 3],
		]);
	});

	it('joins hard-wrapped lines of a blank-line separated paragraph', () => {
		const blocks = splitBlocks('Une phrase\ncoupée en deux.\n\nUne autre.');
		expect(blocks.map((block) => block.text)).toEqual(['Une phrase coupée en deux.', 'Une autre.']);
	});

	it('takes a longer heading just before the body for a title', () => {
		const blocks = splitBlocks('Chine\n\nWang Yi rencontre son homologue kirghize\n\nLe texte.');
		expect(blocks.map((block) => block.kind)).toEqual(['tag', 'title', 'paragraph']);
	});

	it('does not take a final sentence for a byline', () => {
		const blocks = splitBlocks('Un paragraphe.\n\nLa fin du texte.');
		expect(blocks.map((block) => block.kind)).toEqual(['paragraph', 'paragraph']);
	});
});
