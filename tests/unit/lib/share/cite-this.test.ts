import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../../../src/i18n/translate.ts';
import { citeMeeting, citeSource, escapeBibtex } from '../../../../src/lib/share/cite-this.ts';
import { atlasOf, world } from '../../atlas-fixture.ts';

const atlas = atlasOf(world);
const permalink = 'https://atlas.example/fr/rencontres/2021-03-fort-royal/';

describe('citeMeeting', () => {
	it('cites the meeting page with its permalink, its date at its precision and the text it rests on', () => {
		const citation = citeMeeting(atlas, '2021-03-fort-royal', 'fr', permalink, useTranslations('fr'))!;
		expect(citation.plain).toBe(
			`Atlas Chine–Kirghizistan, « Rencontre entre Tomas Vell et Mira Saltane à Fort-Royal (mars 2021) », ${permalink}. Rencontre en mars 2021 (déduit) ; d’après le texte de presse 2021-03-fort-royal (SHA-256 f0a1f0a1f0a1…).`,
		);
		expect(citation.bibtex).toBe(
			[
				'@misc{atlas-2021-03-fort-royal-fr,',
				'  author = {{Atlas Chine–Kirghizistan}},',
				'  title = {Rencontre entre Tomas Vell et Mira Saltane à Fort-Royal (mars 2021)},',
				'  howpublished = {Page web},',
				`  url = {${permalink}},`,
				'  note = {Rencontre en mars 2021 (déduit) ; d’après le texte de presse 2021-03-fort-royal (SHA-256 f0a1f0a1f0a1…)},',
				'  language = {french}',
				'}',
			].join('\n'),
		);
	});

	it('cites in English on the English page, under the translation’s title', () => {
		expect(citeMeeting(atlas, '2024-02-02-port-aven', 'en', 'https://x/', useTranslations('en'))!.plain).toBe(
			'China–Kyrgyzstan Atlas, “Tomas Vell and Mira Saltan in Port Aven”, https://x/. Meeting on 2 February 2024; from the press text 2024-02-02-port-aven (SHA-256 b2c3b2c3b2c3…).',
		);
	});

	it('gives nothing for an unknown meeting', () => {
		expect(citeMeeting(atlas, 'nowhere', 'fr', permalink, useTranslations('fr'))).toBeUndefined();
	});
});

describe('citeSource', () => {
	it('describes an untitled press text in brackets, with its full hash', () => {
		const citation = citeSource(atlas, '2021-03-fort-royal', 'en', 'https://x/en/sources/2021-03-fort-royal/', useTranslations('en'))!;
		expect(citation.plain).toBe(
			`“[Original text: Meeting between Tomas Vell and Mira Saltan in Fort Royal (March 2021)]”, publisher unknown. Text kept verbatim by the China–Kyrgyzstan Atlas, SHA-256 ${'f0a1'.repeat(16)}, https://x/en/sources/2021-03-fort-royal/.`,
		);
		expect(citation.bibtex).toMatch(/^@misc\{source-2021-03-fort-royal,\n {2}title = \{\[Original text: /);
	});

	it('quotes a titled press text by its title and names its publisher', () => {
		const citation = citeSource(atlas, '2024-02-02-port-aven', 'fr', 'https://x/', useTranslations('fr'))!;
		expect(citation.plain).toMatch(/^« Tomas Vell et Mira Saltan à Port-Aven », Gazette de Port-Aven\. Texte conservé tel quel/);
		expect(citation.bibtex).toContain('  publisher = {Gazette de Port-Aven},');
	});

	it('gives nothing for an unknown source', () => {
		expect(citeSource(atlas, 'nowhere', 'fr', 'https://x/', useTranslations('fr'))).toBeUndefined();
	});
});

describe('escapeBibtex', () => {
	it('escapes the characters BibTeX treats specially', () => {
		expect(escapeBibtex('50% & $5 #1 a_b {x} ~ ^ \\')).toBe('50\\% \\& \\$5 \\#1 a\\_b \\{x\\} \\~{} \\^{} \\textbackslash{}');
	});
});
