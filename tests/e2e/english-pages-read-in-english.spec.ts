/**
 * An English reader reads English: over every English page but the source pages (whose French
 * column is the verbatim text), the share of the visible text of <main> that is French, that is
 * the innerText of the outermost lang="fr" elements over the innerText of <main>. A closed
 * <details> holding an original counts only by its summary, as a reader sees it. The reverse
 * holds on French pages: nothing in English is visible there unless marked lang="en".
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

/** The site's paths in one language, from the built sitemap. */
function pathsOf(locale: 'fr' | 'en'): string[] {
	const sitemap = readFileSync(new URL('../../dist/sitemap.xml', import.meta.url), 'utf8');
	return [...sitemap.matchAll(/<loc>https?:\/\/[^/<]+(\/[^<]*)<\/loc>/gu)].map((match) => match[1]!).filter((path) => path.startsWith(`/${locale}/`));
}

/** Characters of visible text in <main>, and how many of them are inside the outermost elements of the other language. */
async function shareOf(page: import('@playwright/test').Page, other: 'fr' | 'en') {
	return page.evaluate((otherLocale) => {
		const main = document.querySelector('main')!;
		const count = (text: string) => text.replace(/\s+/gu, '').length;
		const outermost = [...main.querySelectorAll(`[lang="${otherLocale}"]`)].filter((element) => !element.parentElement?.closest(`[lang="${otherLocale}"]`));
		return { total: count(main.innerText), other: outermost.reduce((sum, element) => sum + count((element as HTMLElement).innerText), 0) };
	}, other);
}

const englishPages = pathsOf('en').filter((path) => !path.startsWith('/en/sources/') || path === '/en/sources/');

test('English pages are English: under 2% French overall and under 5% on any page', async ({ page }) => {
	test.setTimeout(120_000);
	expect(englishPages.length).toBeGreaterThan(50);
	const shares: { path: string; share: number; other: number; total: number }[] = [];
	for (const path of englishPages) {
		await page.goto(path);
		const { total, other } = await shareOf(page, 'fr');
		shares.push({ path, share: total === 0 ? 0 : other / total, other, total });
	}
	const overall = shares.reduce((sum, page) => sum + page.other, 0) / shares.reduce((sum, page) => sum + page.total, 0);
	const worst = [...shares].sort((a, b) => b.share - a.share).slice(0, 5).map((page) => `${page.path} ${(page.share * 100).toFixed(1)}%`);
	test.info().annotations.push({ type: 'French share', description: `${(overall * 100).toFixed(2)}% overall; worst: ${worst.join(', ')}` });
	expect(overall, `worst pages: ${worst.join(', ')}`).toBeLessThanOrEqual(0.02);
	expect(shares.filter((page) => page.share > 0.05).map((page) => `${page.path} ${(page.share * 100).toFixed(1)}%`)).toEqual([]);
});

test('French pages show no English prose outside what is marked as English or as a spelling', async ({ page }) => {
	test.setTimeout(120_000);
	const leaks: string[] = [];
	for (const path of pathsOf('fr')) {
		await page.goto(path);
		const found = await page.evaluate(() => {
			// Words of English prose that French never uses; identifiers and spellings (lang="und") aside.
			const english = /\b(?:the|and|with|which|from|this|that|were|have|of|is|are)\b/u;
			const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
			const texts: string[] = [];
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const element = node.parentElement!;
				const lang = element.closest('[lang]')?.getAttribute('lang');
				if (lang === 'en' || lang === 'und' || element.closest('code') || !element.checkVisibility()) continue;
				if (english.test(node.textContent ?? '')) texts.push((node.textContent ?? '').trim().slice(0, 80));
			}
			return texts;
		});
		leaks.push(...found.map((text) => `${path}: ${text}`));
	}
	expect(leaks).toEqual([]);
});
