import { chromium } from 'playwright';
import { startStaticServer } from '/work/main/tests/e2e/static-server.ts';
const server = startStaticServer('/work/main/dist', '/', 4411);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage();
await page.goto('http://localhost:4411/fr/recherche/', { waitUntil: 'networkidle' });
for (const q of ['Kulubaev', 'chemin de fer', 'Japarov', 'Ouzbekistan', 'OCS', 'Astana', 'Belt and Road', 'Kirghizstan']) {
  await page.locator('#search-page-query').fill('');
  await page.evaluate(() => { performance.clearMarks(); const list = document.querySelector('[data-search-list]'); list.replaceChildren();
    document.querySelector('#search-page-query').addEventListener('input', () => performance.mark('key'), { capture: true, once: true });
    window.first = new Promise((r) => new MutationObserver((_, o) => { if (list.children.length) { o.disconnect(); r(performance.now()); } }).observe(list, { childList: true })); });
  await page.locator('#search-page-query').fill(q);
  const r = await page.evaluate(async () => { const end = await window.first; const m = Object.fromEntries(performance.getEntriesByType('mark').map(e => [e.name, e.startTime])); return { pause: m.s0 - m.key, search: m.s1 - m.s0, data: m.s2 - m.s1, render: end - m.s2, total: end - m.key }; });
  console.log(q.padEnd(15), Object.entries(r).map(([k, v]) => `${k} ${Math.round(v)}`).join('  '));
}
await browser.close(); server.close();
