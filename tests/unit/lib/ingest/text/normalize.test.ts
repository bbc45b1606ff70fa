import { describe, expect, it } from 'vitest';
import { fold, foldText, normalizeRawText } from '../../../../../src/lib/ingest/text/normalize.ts';

describe('fold', () => {
	it('ignores case, accents, apostrophe and quote styles, dashes and repeated spaces', () => {
		expect(fold('L’Ouzbékistan')).toBe(fold("l'ouzbekistan"));
		expect(fold('«\u00A0la Ceinture\u00A0»')).toBe('" la ceinture "');
		expect(fold('Nur-Sultan')).toBe(fold('Nur Sultan'));
		expect(fold('a  \t b')).toBe('a b');
		expect(fold('œuvrer')).toBe('oeuvrer');
	});
});

describe('foldText', () => {
	it('maps every folded character back to its original offset', () => {
		const text = 'É  œ-x';
		const { folded, toOriginal } = foldText(text);
		expect(folded).toBe('e oe x');
		expect(toOriginal.map((offset) => text[offset])).toEqual(['É', ' ', 'œ', 'œ', '-', 'x']);
	});
});

describe('normalizeRawText', () => {
	it('removes a byte-order mark and turns CRLF and CR into LF', () => {
		expect(normalizeRawText('\uFEFFa\r\nb\rc')).toBe('a\nb\nc');
	});
	it('composes decomposed accents (NFC)', () => {
		expect(normalizeRawText('e\u0301')).toBe('é');
	});
});
