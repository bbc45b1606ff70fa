/**
 * Draws a social card: satori lays the text out (line breaks, sizes) as SVG with the bundled
 * Noto Sans, resvg turns it into a PNG. No network, no system fonts, so the same card comes out
 * on every machine. Drawn cards are cached on disk by content (card.ts, cardKey).
 */
import { Resvg } from '@resvg/resvg-js';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import { cardKey, cardSize, type CardContent } from './card.ts';

const require = createRequire(import.meta.url);
const font = (file: string) => readFileSync(require.resolve(`@fontsource/noto-sans/files/${file}`));
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
const loadFonts = () =>
	(fonts ??= (['latin', 'latin-ext'] as const).flatMap((subset) =>
		([400, 700] as const).map((weight) => ({ name: 'Noto Sans', data: font(`noto-sans-${subset}-${weight}-normal.woff`), weight, style: 'normal' as const })),
	));

type Node = { type: string; props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string } };
const box = (style: Record<string, unknown>, children: (Node | string)[] | string): Node => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });

/** The card as a PNG. */
export async function renderCard(content: CardContent): Promise<Buffer> {
	const titleSize = content.title.length > 90 ? 48 : 58;
	const svg = await satori(
		box({ width: cardSize.width, height: cardSize.height, boxSizing: 'border-box', flexDirection: 'column', justifyContent: 'space-between', padding: '56px 72px', background: '#fdfcfa', color: '#1d1d1f', fontFamily: 'Noto Sans', borderTop: '18px solid #a3271f' }, [
			box({ flexDirection: 'column', gap: '20px' }, [
				box({ fontSize: 26, color: '#8c1f18', fontWeight: 700, letterSpacing: '0.08em', textTransform: 'uppercase' }, content.kind),
				box({ fontSize: titleSize, fontWeight: 700, lineHeight: 1.15, maxWidth: cardSize.width - 144 }, content.title),
			]),
			box({ flexDirection: 'column', gap: '8px' }, [
				...content.lines.map((line) => box({ fontSize: 32, color: '#3b3a40', maxWidth: cardSize.width - 144 }, line)),
				box({ fontSize: 24, color: '#5b5b66', marginTop: '16px' }, content.kind ? content.site : ''),
			]),
		]),
		{ ...cardSize, fonts: loadFonts() },
	);
	return new Resvg(svg, { fitTo: { mode: 'width', value: cardSize.width }, font: { loadSystemFonts: false } }).render().asPng();
}

/**
 * Where drawn cards are kept between builds: outside dist/, the usual place for tools' caches
 * (node_modules/.cache, from the project's root, where builds run). ATLAS_CARD_CACHE moves it:
 * the benchmark and the reproducibility check start from empty.
 */
export function cardCacheDirectory(): string {
	return process.env.ATLAS_CARD_CACHE ?? join(process.cwd(), 'node_modules', '.cache', 'atlas-cards');
}

/**
 * The file of a card in the cache, drawn first (by `draw`: in this thread, or in a worker) when
 * the cache lacks it. The drawing code is part of the key, so changing the design redraws every
 * card; the write is atomic, so a stopped build leaves no half file.
 */
export async function cachedCardFile(content: CardContent, cacheDirectory: string, draw: (content: CardContent) => Promise<Uint8Array> = renderCard): Promise<string> {
	const file = join(cacheDirectory, `${cardKey(content, renderCard.toString())}.png`);
	if (existsSync(file)) return file;
	const png = await draw(content);
	mkdirSync(cacheDirectory, { recursive: true });
	writeFileSync(`${file}.tmp`, png);
	renameSync(`${file}.tmp`, file);
	return file;
}

/** The card as a PNG, from the cache or drawn in this thread and cached. */
export async function cachedCard(content: CardContent, cacheDirectory: string): Promise<Buffer> {
	return readFileSync(await cachedCardFile(content, cacheDirectory));
}
