import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../../../src/i18n/translate.ts';
import { citeMeeting, citeSource, escapeBibtex } from '../../../../src/lib/share/cite-this.ts';
import { loadRealAtlas } from '../site/atlas-fixture.ts';

const atlas = loadRealAtlas();
const permalink = 'https://atlas.example/fr/rencontres/2022-06-nur-sultan/';

describe('citeMeeting', () => {
	it('cites the meeting page with its permalink, its date at its precision and the text it rests on', () => {
		const citation = citeMeeting(atlas, '2022-06-nur-sultan', 'fr', permalink, useTranslations('fr'))!;
		expect(citation.plain).toBe(
			`Atlas Chine–Kirghizistan, « Rencontre entre Wang Yi et Jeenbek Kouloubaev à Noursoultan (juin 2022) », ${permalink}. Rencontre en juin 2022 (déduit) ; d’après le texte de presse 2022-06-nur-sultan (SHA-256 741487cea58b…).`,
		);
		expect(citation.bibtex).toMatch(/^@misc\{atlas-2022-06-nur-sultan-fr,\n {2}author = \{\{Atlas Chine–Kirghizistan\}\},\n/);
		expect(citation.bibtex).toContain(`  url = {${permalink}},`);
		expect(citation.bibtex.endsWith('\n}')).toBe(true);
	});

	it('cites in English on the English page', () => {
		expect(citeMeeting(atlas, '2025-04-25-almaty', 'en', 'https://x/', useTranslations('en'))!.plain).toMatch(/^China–Kyrgyzstan Atlas, “Meeting between Wang Yi and Jeenbek Kulubaev in Almaty \(25 April 2025\)”, https:\/\/x\/\. Meeting on 25 April 2025; from the press text/);
	});

	it('gives nothing for an unknown meeting', () => {
		expect(citeMeeting(atlas, 'nowhere', 'fr', permalink, useTranslations('fr'))).toBeUndefined();
	});
});

describe('citeSource', () => {
	it('describes an untitled press text in brackets, with its full hash', () => {
		const citation = citeSource(atlas, '2025-04-25-almaty', 'en', 'https://x/en/sources/2025-04-25-almaty/', useTranslations('en'))!;
		expect(citation.plain).toMatch(/^“\[Original text: Meeting between .*\]”, publisher unknown\. Text kept verbatim by the China–Kyrgyzstan Atlas, SHA-256 [0-9a-f]{64}, https:\/\/x\/en\/sources\/2025-04-25-almaty\/\.$/);
		expect(citation.bibtex).toMatch(/^@misc\{source-2025-04-25-almaty,/);
	});
});

describe('escapeBibtex', () => {
	it('escapes the characters BibTeX treats specially', () => {
		expect(escapeBibtex('50% & $5 #1 a_b {x} ~ ^ \\')).toBe('50\\% \\& \\$5 \\#1 a\\_b \\{x\\} \\~{} \\^{} \\textbackslash{}');
	});
});
