/**
 * `npm run bench`: how the site scales. For each size N of a synthetic atlas (bench/corpus.ts)
 * it builds the site in a temporary folder and measures build time (site, index, and the maps'), peak
 * memory, pages, ms per page, the same for a plain Astro project with as many trivial MDX pages,
 * dist/ and index sizes, page weights per page type, in Chromium the time from the last
 * keystroke to the first result and the bytes a first search fetches, and Lighthouse scores. Prints a table and writes
 * JSON. `--quick` (small N) runs in `npm test` so that the benchmark cannot rot; it asserts
 * nothing about time.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startStaticServer } from '../tests/e2e/static-server.ts';
import { writeCorpus } from './corpus.ts';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, sizes: { type: 'string' }, out: { type: 'string' }, rounds: { type: 'string' } } });
const sizes = (values.sizes ?? (values.quick ? '20' : '100,1000,5000')).split(',').map(Number);
const out = values.out ?? (values.quick ? join(tmpdir(), 'atlas-bench-quick.json') : join(root, 'bench', 'results', `${new Date().toISOString().slice(0, 10)}.json`));
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface BuildMeasure {
	seconds: number;
	peakMemoryMb: number | null;
	indexSeconds: number | null;
	/** Time the build waited for the social cards after the pages and the index: their cost on the critical path. */
	cardSeconds: number;
	/** Time the worker threads spent drawing cards, alongside the rendering of the pages. */
	cardDrawingSeconds: number;
	/** Time spent computing maps and timeline strips, as the build logs it (src/integrations/map-timing.ts). */
	mapSeconds: number | null;
	log: string;
}

/** Runs `astro build` in a folder, timed by /usr/bin/time for the peak memory when it is there. */
function timedBuild(cwd: string): BuildMeasure {
	// A clean build: social cards are drawn anew, into a cache of this build's own.
	const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ATLAS_CARD_CACHE: join(cwd, '.card-cache') };
	const astro = join(root, 'node_modules', '.bin', 'astro');
	const hasTime = statSafe('/usr/bin/time');
	const started = performance.now();
	const run = hasTime ? spawnSync('/usr/bin/time', ['-f', 'PEAK_KB %M', astro, 'build'], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 }) : spawnSync(astro, ['build'], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
	const seconds = (performance.now() - started) / 1000;
	const log = `${run.stdout}\n${run.stderr}`;
	if (run.status !== 0) throw new Error(`astro build failed in ${cwd}:\n${log.slice(-3000)}`);
	const peak = /PEAK_KB (\d+)/.exec(log);
	const index = /Indexed \d+ pages for search in (\d+) ms/.exec(log);
	const cards = /waited (\d+) ms for them after the pages \((\d+) ms of drawing in workers\)/.exec(log);
	const maps = /Computed maps and timeline strips in (\d+) ms/.exec(log);
	return { seconds, peakMemoryMb: peak ? Math.round(Number(peak[1]) / 1024) : null, indexSeconds: index ? Number(index[1]) / 1000 : null, cardSeconds: cards ? Number(cards[1]) / 1000 : 0, cardDrawingSeconds: cards ? Number(cards[2]) / 1000 : 0, mapSeconds: maps ? Number(maps[1]) / 1000 : null, log };
}

function statSafe(path: string) {
	try {
		return statSync(path);
	} catch {
		return undefined;
	}
}

/** Every file under a folder, with its size. */
function files(folder: string): { path: string; bytes: number }[] {
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => {
			const path = join(entry.parentPath, entry.name);
			return { path: relative(folder, path), bytes: statSync(path).size };
		});
}

const sum = (list: { bytes: number }[]) => list.reduce((total, file) => total + file.bytes, 0);

/** A copy of this project in a temporary folder, sharing node_modules, with its own content. */
function scratchProject(): string {
	const folder = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
	for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(root, entry), join(folder, entry), { recursive: true });
	symlinkSync(join(root, 'node_modules'), join(folder, 'node_modules'));
	return folder;
}

/** A plain Astro project with `pages` trivial MDX pages: the framework's own cost. */
function baselineProject(pages: number): string {
	const folder = mkdtempSync(join(tmpdir(), 'atlas-bench-plain-'));
	mkdirSync(join(folder, 'src', 'pages'), { recursive: true });
	writeFileSync(join(folder, 'package.json'), '{ "type": "module" }\n');
	writeFileSync(join(folder, 'astro.config.mjs'), "import mdx from '@astrojs/mdx';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ integrations: [mdx()], vite: { build: { rollupOptions: { onwarn(warning, warn) { if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning); } } } } });\n");
	for (let index = 0; index < pages; index++) writeFileSync(join(folder, 'src', 'pages', `page-${index}.mdx`), `# Page ${index}\n\nA trivial page, number ${index}, with a [link](/page-${(index + 1) % pages}/).\n`);
	symlinkSync(join(root, 'node_modules'), join(folder, 'node_modules'));
	return folder;
}

/** HTML, CSS and JavaScript of one page, raw and gzipped; JavaScript before any search (Pagefind excluded). */
function pageWeight(dist: string, page: string) {
	const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
	const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
	const linked = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => readFileSync(join(dist, match[1]!.replace(/^\//, ''))));
	const css = linked(/<link rel="stylesheet" href="([^"]+)"/g);
	const inlineStyles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
	const scripts = linked(/<script[^>]* src="([^"]+)"/g);
	const inlineScripts = [...html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!).filter(Boolean);
	const cssText = [...css.map(String), ...inlineStyles].join('');
	const jsText = [...scripts.map(String), ...inlineScripts].join('');
	const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
	return {
		html: { kb: kb(Buffer.byteLength(html)), gzipKb: kb(gz(html)) },
		css: { kb: kb(Buffer.byteLength(cssText)), gzipKb: kb(cssText ? gz(cssText) : 0) },
		js: { kb: kb(Buffer.byteLength(jsText)), gzipKb: kb(jsText ? gz(jsText) : 0) },
		totalGzipKb: kb(gz(html) + (cssText ? gz(cssText) : 0) + (jsText ? gz(jsText) : 0)),
	};
}

/**
 * In Chromium: ms from the last keystroke to the first result of the whole query on screen,
 * counted from the keystroke's own timestamp, so that a keystroke kept waiting by a running
 * search counts its wait. Each query is searched five times, each time in a fresh browser
 * context (nothing cached, index chunks fetched again, as on a visitor's first search), and
 * reported as the median with the minimum and maximum, with the longest main-thread task while
 * the query was typed and shown (search runs on the page's thread); also the bytes the first
 * search fetched (Pagefind's script, WebAssembly, index and filter chunks, fragments, and the
 * exact names). The query is typed as a person types, ten characters a second.
 */
async function searchTiming(dist: string, searchPage: string, queries: string[], port: number, samples = 5) {
	const server = startStaticServer(dist, '/', port);
	const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--disable-background-networking', '--no-first-run'] });
	try {
		let firstSearchKb: number | undefined;
		const timeTo = async (query: string) => {
			const context = await browser.newContext();
			const page = await context.newPage();
			let searchBytes = 0;
			page.on('response', async (response) => {
				if (/\/pagefind\/|\/search-names\.json$/.test(response.url())) searchBytes += (await response.body().catch(() => Buffer.alloc(0))).length;
			});
			// The search page focuses its field on load, which starts loading Pagefind, as a visitor's first click does.
			await page.goto(`http://localhost:${port}${searchPage}`, { waitUntil: 'networkidle' });
			await page.evaluate((query) => {
				const list = document.querySelector('[data-search-list]')!;
				const state = window as unknown as { lastKey: number; firstResult: Promise<number>; longestTask: number };
				state.longestTask = 0;
				new PerformanceObserver((entries) => {
					for (const entry of entries.getEntries()) state.longestTask = Math.max(state.longestTask, entry.duration);
				}).observe({ type: 'longtask' });
				document.querySelector('#search-page-query')!.addEventListener('input', (event) => (state.lastKey = event.timeStamp), { capture: true });
				// Results of a prefix typed earlier do not count: the address holds the query being shown.
				state.firstResult = new Promise((resolve) => new MutationObserver((_, observer) => {
					if (list.children.length > 0 && new URLSearchParams(location.search).get('q') === query) {
						observer.disconnect();
						resolve(performance.now());
					}
				}).observe(list, { childList: true }));
			}, query);
			await page.locator('#search-page-query').pressSequentially(query, { delay: 100 });
			const ms = await page.evaluate(async () => {
				const state = window as unknown as { lastKey: number; firstResult: Promise<number> };
				return Math.round((await state.firstResult) - state.lastKey);
			});
			await page.waitForLoadState('networkidle');
			const longestTaskMs = await page.evaluate(() => Math.round((window as unknown as { longestTask: number }).longestTask));
			firstSearchKb ??= Math.round(searchBytes / 102.4) / 10;
			await context.close();
			return { ms, longestTaskMs };
		};
		const byQuery: Record<string, { medianMs: number; minMs: number; maxMs: number; samplesMs: number[]; longestTaskMs: number }> = {};
		for (const query of queries) {
			const runs: { ms: number; longestTaskMs: number }[] = [];
			for (let sample = 0; sample < samples; sample++) runs.push(await timeTo(query));
			const times = runs.map((run) => run.ms);
			const sorted = [...times].sort((a, b) => a - b);
			byQuery[query] = { medianMs: sorted[Math.floor(sorted.length / 2)]!, minMs: sorted[0]!, maxMs: sorted.at(-1)!, samplesMs: times, longestTaskMs: Math.max(...runs.map((run) => run.longestTaskMs)) };
		}
		return { queries: byQuery, firstSearchKb };
	} finally {
		await browser.close();
		server.close();
	}
}

/** Lighthouse's four category scores for a page, in the installed Chromium (mobile, simulated throttling: Lighthouse's defaults). */
async function lighthouseScores(url: string): Promise<Record<string, number>> {
	const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
	try {
		const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
		return Object.fromEntries(Object.entries(result!.lhr.categories).map(([name, category]) => [name, Math.round((category.score ?? 0) * 100)]));
	} finally {
		chrome.kill();
	}
}

const results: Record<string, unknown>[] = [];
let port = 4600;
let largest: { dist: string; query: string[] } | undefined;
const scratch: string[] = [];

/**
 * How many times each size is built, ours and plain Astro alternately, each time from clean: the
 * two builds' times move by 10–40% from one run to the next on this machine, so one pair can
 * make the ratio look better or worse than it is. Sizes above 1,000 are built once (a pair at
 * 5,000 meetings takes about ten minutes).
 */
const roundsOf = (meetings: number) => (values.quick || meetings > 1000 ? 1 : Number(values.rounds ?? 3));

/** The measure of median site time among several builds of the same project. */
function medianBuild(measures: BuildMeasure[]): BuildMeasure {
	const siteSeconds = (measure: BuildMeasure) => measure.seconds - (measure.indexSeconds ?? 0);
	return [...measures].sort((a, b) => siteSeconds(a) - siteSeconds(b))[Math.floor(measures.length / 2)]!;
}

/** Removes what a build leaves behind (output, Astro's data store, the card cache), so that the next build starts clean. */
function cleanBuildOutputs(project: string) {
	for (const folder of ['dist', '.astro', '.card-cache']) rmSync(join(project, folder), { recursive: true, force: true });
}

for (const meetings of sizes) {
	const project = scratchProject();
	scratch.push(project);
	writeCorpus(project, root, meetings);
	const ourBuilds = [timedBuild(project)];
	const dist = join(project, 'dist');
	const built = files(dist);
	const pages = built.filter((file) => file.path.endsWith('.html')).length;
	const plain = baselineProject(pages);
	scratch.push(plain);
	const plainBuilds = [timedBuild(plain)];
	for (let again = 1; again < roundsOf(meetings); again++) {
		cleanBuildOutputs(project);
		ourBuilds.push(timedBuild(project));
		cleanBuildOutputs(plain);
		plainBuilds.push(timedBuild(plain));
	}
	const ours = medianBuild(ourBuilds);
	const framework = medianBuild(plainBuilds);
	const siteSeconds = ours.seconds - (ours.indexSeconds ?? 0);
	results.push({
		meetings,
		pages,
		// Every build's site time (ours without the index) and plain Astro's, in the order they ran; the figures below are the medians.
		rounds: { siteSeconds: ourBuilds.map((build) => round(build.seconds - (build.indexSeconds ?? 0))), plainSeconds: plainBuilds.map((build) => round(build.seconds)) },
		build: {
			totalSeconds: round(ours.seconds),
			siteSeconds: round(siteSeconds),
			indexSeconds: ours.indexSeconds,
			cardSeconds: round(ours.cardSeconds),
			cardDrawingSeconds: round(ours.cardDrawingSeconds),
			mapSeconds: ours.mapSeconds,
			// The maps' share of the site build, in per cent: the budget is under 5% at 1,000 meetings.
			mapPercent: ours.mapSeconds === null ? null : round((100 * ours.mapSeconds) / siteSeconds),
			peakMemoryMb: ours.peakMemoryMb,
			msPerPage: round((siteSeconds * 1000) / pages),
			msPerPageWithoutCards: round(((siteSeconds - ours.cardSeconds) * 1000) / pages),
		},
		plainAstro: { pages, seconds: round(framework.seconds), peakMemoryMb: framework.peakMemoryMb, msPerPage: round((framework.seconds * 1000) / pages) },
		overhead: round(siteSeconds / framework.seconds),
		overheadWithoutCards: round((siteSeconds - ours.cardSeconds) / framework.seconds),
		dist: { mb: round(sum(built) / 1048576), files: built.length, indexMb: round(sum(built.filter((file) => file.path.startsWith('pagefind'))) / 1048576) },
	});
	// Words on every synthetic meeting: every one of them is a result, the worst case for search.
	// "Chine" and "Kirghizistan" are also exact names, so they run the name search too.
	largest = { dist, query: ['homologue', 'coopération', 'rencontre', 'Chine', 'Kirghizistan'] };
}

// Page weights and search on the real site; search again on the largest synthetic one. The quick
// mode only checks that each measure runs: one search per query.
const searchSamples = values.quick ? 1 : 5;
const real = scratchProject();
scratch.push(real);
cpSync(join(root, 'content'), join(real, 'content'), { recursive: true });
timedBuild(real);
const realDist = join(real, 'dist');
const pageTypes = { home: 'fr', timeline: 'fr/chronologie', meeting: 'fr/rencontres/2025-04-25-almaty', place: 'fr/lieux/almaty', actor: 'fr/acteurs/jeenbek-kulubaev', area: 'fr/cooperation/china-kyrgyzstan-uzbekistan-railway', source: 'fr/sources/2025-04-25-almaty', search: 'fr/recherche' };
const weights = Object.fromEntries(Object.entries(pageTypes).map(([type, page]) => [type, pageWeight(realDist, page)]));
// The largest synthetic atlas's home page: its map holds every invented city, grouped.
const syntheticHome = largest ? pageWeight(largest.dist, 'fr') : null;
const search = {
	realSite: await searchTiming(realDist, '/fr/recherche/', ['Kulubaev', 'chemin de fer'], port++, searchSamples),
	...(largest ? { [`synthetic${sizes.at(-1)}`]: await searchTiming(largest.dist, '/fr/recherche/', largest.query, port++, searchSamples) } : {}),
};

// Lighthouse on the real site, served as a static host would; the quick mode checks one page.
const lighthousePages = values.quick ? ['/fr/'] : ['/fr/', '/fr/rencontres/2025-04-25-almaty/', '/fr/recherche/'];
const lighthouseServer = startStaticServer(realDist, '/', port);
const scores: Record<string, Record<string, number>> = {};
try {
	for (const page of lighthousePages) scores[page] = await lighthouseScores(`http://localhost:${port}${page}`);
} finally {
	lighthouseServer.close();
}

const report = {
	date: new Date().toISOString(),
	mode: values.quick ? 'quick' : 'full',
	machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
	sizes: results,
	pageWeights: weights,
	syntheticHomeWeight: syntheticHome && { meetings: sizes.at(-1), ...syntheticHome },
	search,
	lighthouse: scores,
};
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(report, null, '\t')}\n`);
for (const folder of scratch) rmSync(folder, { recursive: true, force: true });

console.table(results.map((row: any) => ({ meetings: row.meetings, pages: row.pages, 'site s': row.build.siteSeconds, 'cards s': row.build.cardSeconds, 'drawing s': row.build.cardDrawingSeconds, 'maps s': row.build.mapSeconds, 'maps %': row.build.mapPercent, 'index s': row.build.indexSeconds, 'ms/page': row.build.msPerPage, 'plain ms/page': row.plainAstro.msPerPage, overhead: row.overhead, 'without cards': row.overheadWithoutCards, 'peak MB': row.build.peakMemoryMb, 'dist MB': row.dist.mb, 'index MB': row.dist.indexMb, files: row.dist.files })));
console.table(Object.fromEntries(Object.entries(weights).map(([type, weight]) => [type, { 'HTML gz KB': weight.html.gzipKb, 'CSS gz KB': weight.css.gzipKb, 'JS gz KB': weight.js.gzipKb, 'total gz KB': weight.totalGzipKb }])));
console.table(Object.fromEntries(Object.entries(search).flatMap(([site, timing]) => Object.entries(timing.queries).map(([query, figures]) => [`${site}: ${query}`, { 'median ms': figures.medianMs, 'min ms': figures.minMs, 'max ms': figures.maxMs, 'longest task ms': figures.longestTaskMs, 'first search KB': timing.firstSearchKb }]))));
console.table(scores);
console.log(`bench: written to ${relative(process.cwd(), out)}`);

function round(value: number) {
	return Math.round(value * 100) / 100;
}
