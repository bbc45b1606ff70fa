/** The social cards of a build: drawn in worker threads as pages ask for them, then written into the output folder. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CardPool } from '../../../src/integrations/card-pool.ts';
import { socialCards } from '../../../src/integrations/social-cards.ts';
import type { CardContent } from '../../../src/lib/share/card.ts';
import { listenForCards, requestCard } from '../../../src/lib/share/card-requests.ts';
import { renderCard } from '../../../src/lib/share/render-card.ts';

const folders: string[] = [];
const folder = (prefix: string) => {
	const path = mkdtempSync(join(tmpdir(), prefix));
	folders.push(path);
	return path;
};
afterAll(() => folders.forEach((path) => rmSync(path, { recursive: true, force: true })));

const card = (title: string): CardContent => ({ site: 'Atlas', kind: 'Rencontre', title, lines: ['3 mars 2024 · Port-Aven', 'Tomas Vell et Mira Saltan'] });

describe('CardPool', () => {
	it('draws in worker threads the very PNG drawn in this thread, several at once', { timeout: 60_000 }, async () => {
		const pool = new CardPool(2);
		try {
			const titles = ['Une rencontre', 'Une autre rencontre', 'Une troisième'];
			const drawn = await Promise.all(titles.map((title) => pool.draw(card(title))));
			for (const [index, png] of drawn.entries()) expect(Buffer.from(png)).toEqual(Buffer.from(await renderCard(card(titles[index]!))));
			expect(pool.drawingMs).toBeGreaterThan(0);
		} finally {
			await pool.close();
		}
	});

	it('fails a card that cannot be drawn, saying so, and goes on drawing the others', { timeout: 60_000 }, async () => {
		const pool = new CardPool(1);
		try {
			await expect(pool.draw({ ...card('x'), lines: null } as unknown as CardContent)).rejects.toThrow(/a social card could not be drawn/);
			expect((await pool.draw(card('Encore'))).length).toBeGreaterThan(1000);
		} finally {
			await pool.close();
		}
	});
});

describe('requestCard', () => {
	it('reaches the listener of a build, and nobody otherwise', () => {
		const heard: string[] = [];
		requestCard({ path: '/cards/fr/site.png', content: card('Atlas') });
		listenForCards((request) => heard.push(request.path));
		requestCard({ path: '/cards/fr/a.png', content: card('A') });
		listenForCards(undefined);
		requestCard({ path: '/cards/fr/b.png', content: card('B') });
		expect(heard).toEqual(['/cards/fr/a.png']);
	});
});

describe('the social-cards integration', () => {
	it('draws each card the pages ask for once, from the cache when it can, and writes it into the build', { timeout: 60_000 }, async () => {
		process.env.ATLAS_CARD_CACHE = folder('atlas-card-cache-');
		const build = async () => {
			const integration = socialCards();
			const hooks = integration.hooks as Record<string, (options: unknown) => Promise<void> | void>;
			const out = folder('atlas-cards-dist-');
			const lines: string[] = [];
			await hooks['astro:build:start']!({});
			requestCard({ path: '/cards/fr/a.png', content: card('A') });
			requestCard({ path: '/cards/fr/a.png', content: card('A') });
			requestCard({ path: '/cards/en/a.png', content: card('A in English') });
			await hooks['astro:build:done']!({ dir: pathToFileURL(`${out}/`), logger: { info: (line: string) => lines.push(line) } });
			return { out, line: lines.join('\n') };
		};
		try {
			const first = await build();
			expect(readFileSync(join(first.out, 'cards/fr/a.png'))).toEqual(Buffer.from(await renderCard(card('A'))));
			expect(existsSync(join(first.out, 'cards/en/a.png'))).toBe(true);
			expect(first.line).toMatch(/^Wrote 2 social cards; waited \d+ ms for them after the pages \([1-9]\d* ms of drawing in workers\)\.$/);
			// A second build finds both in the cache: no drawing.
			const second = await build();
			expect(readFileSync(join(second.out, 'cards/fr/a.png'))).toEqual(readFileSync(join(first.out, 'cards/fr/a.png')));
			expect(second.line).toContain('(0 ms of drawing in workers)');
		} finally {
			delete process.env.ATLAS_CARD_CACHE;
		}
	});
});
