import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useTranslations } from '../../../../src/i18n/translate.ts';
import { cardKey, cardOf, cardPath, meetingCard, siteCard } from '../../../../src/lib/share/card.ts';
import { cachedCard } from '../../../../src/lib/share/render-card.ts';
import { atlasOf, original, world } from '../../atlas-fixture.ts';

const atlas = atlasOf(world);

/** Width and height of a PNG, from its IHDR chunk. */
const pngSize = (png: Buffer) => ({ signature: png.subarray(1, 4).toString('latin1'), width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('meetingCard', () => {
	it('says date (marked when inferred), place and participants in the page’s language', () => {
		expect(meetingCard(atlas, '2021-03-fort-royal', 'fr', useTranslations('fr'))).toEqual({
			site: 'Atlas Chine–Kirghizistan',
			kind: 'Rencontre',
			title: 'Rencontre entre Tomas Vell et Mira Saltane à Fort-Royal (mars 2021)',
			lines: ['mars 2021 (déduit) · Fort-Royal', 'Tomas Vell et Mira Saltane'],
		});
		expect(meetingCard(atlas, '2024-02-02-port-aven', 'en', useTranslations('en'))).toEqual({
			site: 'China–Kyrgyzstan Atlas',
			kind: 'Meeting',
			title: 'Tomas Vell and Mira Saltan in Port Aven',
			lines: ['2 February 2024 · Port Aven', 'Tomas Vell and Mira Saltan'],
		});
		expect(meetingCard(atlas, 'nowhere', 'en', useTranslations('en'))).toBeUndefined();
	});

	it('says what the text reports, and leaves out the venue of a video call', () => {
		const call = atlasOf({ ...world, meetings: [original('2024-05-06-video-call', { reports: 'virtual-meeting', place: null })] });
		expect(meetingCard(call, '2024-05-06-video-call', 'en', useTranslations('en'))).toMatchObject({ kind: 'Video call', lines: ['6 May 2024', ''] });
		expect(meetingCard(call, '2024-05-06-video-call', 'fr', useTranslations('fr'))?.kind).toBe('Entretien par vidéo');
	});
});

describe('cardKey and cardPath', () => {
	it('changes with the content and with the drawing, not otherwise', () => {
		const card = siteCard(useTranslations('en'));
		expect(cardKey(card, 'd1')).toBe(cardKey({ ...card }, 'd1'));
		expect(cardKey(card, 'd1')).not.toBe(cardKey({ ...card, title: 'x' }, 'd1'));
		expect(cardKey(card, 'd1')).not.toBe(cardKey(card, 'd2'));
	});

	it('puts each card under its language', () => {
		expect(cardPath('fr', '2024-02-02-port-aven')).toBe('/cards/fr/2024-02-02-port-aven.png');
		expect(cardPath('en')).toBe('/cards/en/site.png');
	});

	it('gives a meeting page its meeting’s card, and any other page (or an unknown meeting) the site’s', () => {
		const t = useTranslations('en');
		expect(cardOf(atlas, 'en', t, '2024-02-02-port-aven')).toEqual({ path: '/cards/en/2024-02-02-port-aven.png', content: meetingCard(atlas, '2024-02-02-port-aven', 'en', t) });
		expect(cardOf(atlas, 'en', t)).toEqual({ path: '/cards/en/site.png', content: siteCard(t) });
		expect(cardOf(atlas, 'en', t, 'nowhere').path).toBe('/cards/en/site.png');
	});
});

describe('cachedCard', () => {
	const cache = mkdtempSync(join(tmpdir(), 'atlas-cards-'));
	afterAll(() => rmSync(cache, { recursive: true, force: true }));

	it('draws a 1200 × 630 PNG once, then reads it from the cache', async () => {
		const content = meetingCard(atlas, '2024-02-02-port-aven', 'fr', useTranslations('fr'))!;
		const first = await cachedCard(content, cache);
		expect(pngSize(Buffer.from(first))).toEqual({ signature: 'PNG', width: 1200, height: 630 });
		const [file] = readdirSync(cache);
		expect(readdirSync(cache)).toEqual([file]);
		const drawnAt = statSync(join(cache, file!)).mtimeMs;
		const second = await cachedCard(content, cache);
		expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
		expect(statSync(join(cache, file!)).mtimeMs).toBe(drawnAt);
		expect(readdirSync(cache)).toHaveLength(1);
	});
});
