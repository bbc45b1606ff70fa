import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../../../../src/lib/ingest/text/blocks.ts';

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

	it('recognises the stamps, credits and links of a wire page and numbers only the body', () => {
		const text = [
			'Dernière mise à jour à 09h12 le 14/03',
			'Un ministre en visite dans la capitale',
			'Agence | 14.03.2019 08h40',
			'Le ministre A a rencontré lundi son homologue B.',
			'>> Un autre article sans rapport',
			'Le ministre A salue la foule à l\'aéroport.',
			'Photo : Agence/Photographe',
			'Les deux parties ont signé un accord.',
			'(Agence/Jean Martin)',
			'(Rédacteurs :Paul DURAND, Anne MOREAU)',
		].join('\n\n');
		expect(splitBlocks(text).map((block) => [block.kind, block.id])).toEqual([
			['update', null],
			['title', null],
			['dateline', null],
			['paragraph', 'p1'],
			['link', null],
			['caption', null],
			['credit', null],
			['paragraph', 'p2'],
			['credit', null],
			['credit', null],
		]);
	});

	it('keeps a lead that opens on a date in the body, and a lead before a photo credit', () => {
		const blocks = splitBlocks('Le 3 mai 2024, A a reçu B.\n\n( Agence )\n\nB a remercié A.');
		expect(blocks.map((block) => [block.kind, block.id])).toEqual([['paragraph', 'p1'], ['credit', null], ['paragraph', 'p2']]);
		const wire = splitBlocks('VILLE, 3 mai (Agence) -- A a reçu B dans la capitale.\n\nPhoto : Agence\n\nB a remercié A.');
		expect(wire.map((block) => block.kind)).toEqual(['paragraph', 'credit', 'paragraph']);
	});

	it('reads a header of publication stamp and credit before a title', () => {
		const blocks = splitBlocks('Ouverture du forum des maires à Lyon\n\n( Agence )\n\n02.05.2018 à 10h05\n\nLe forum s\'est ouvert mercredi.');
		expect(blocks.map((block) => block.kind)).toEqual(['title', 'credit', 'dateline', 'paragraph']);
	});

	it('takes a caption with its own credit and a bare "Source" line for what they are', () => {
		const blocks = splitBlocks('A se rendra à Lyon la semaine prochaine.\n\nLe ministre A. (Source : Agence) |\n\nB l\'attend.\n\nSource');
		expect(blocks.map((block) => [block.kind, block.id])).toEqual([['paragraph', 'p1'], ['caption', null], ['paragraph', 'p2'], ['credit', null]]);
	});
});

describe('captions before a photo credit', () => {
	const kinds = (text: string) => splitBlocks(text).map((block) => block.kind);

	it('makes a short sentence before "Photo : …" a caption', () => {
		expect(kinds('Le maire A a reçu B.\n\nLe maire A et son homologue B à Lyon.\n\nPhoto : Agence/X\n\nIls ont parlé du port.')).toEqual(['paragraph', 'caption', 'credit', 'paragraph']);
	});

	it('keeps a body paragraph before a photo credit when it reports what someone said', () => {
		expect(kinds('Le maire A a reçu B.\n\nLe maire A a déclaré que le port serait agrandi.\n\nPhoto : Agence/X\n\nIls ont parlé du port.')).toEqual(['paragraph', 'paragraph', 'credit', 'paragraph']);
	});

	it('keeps a long body sentence before a photo credit', () => {
		const long = 'Les deux maires sont convenus de relier leurs ports par une ligne de ferry quotidienne qui ouvrira au printemps prochain et transportera des passagers comme des marchandises entre les deux villes.';
		expect(kinds(`Le maire A a reçu B.\n\n${long}\n\nPhoto : Agence/X\n\nIls ont parlé du port.`)).toEqual(['paragraph', 'paragraph', 'credit', 'paragraph']);
	});
});
