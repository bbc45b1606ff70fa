import { chromium } from 'playwright';
import { readdirSync } from 'node:fs';
const port = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage();
await page.goto(`http://localhost:${port}/fr/recherche/`, { waitUntil: 'networkidle' });
const files = readdirSync('/work/main/dist/pagefind/fragment');
for (let i = 0; i < 5; i++) {
  const urls = files.slice(i * 10, i * 10 + 10).map(f => `/pagefind/fragment/${f}`);
  const ms = await page.evaluate(async (urls) => { const a = performance.now(); await Promise.all(urls.map(u => fetch(u).then(r => r.arrayBuffer()))); return performance.now() - a; }, urls);
  console.log('10 parallel fetches', Math.round(ms));
}
await browser.close();
