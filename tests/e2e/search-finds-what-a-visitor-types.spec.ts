import { expect, test } from '@playwright/test';
import { contentMeetings } from './content.ts';
import { openSearch, resultLinks, resultPaths, searchDone } from './search.ts';

const meetings = contentMeetings();
/** The meetings that name an actor. */
const naming = (actor: string) => meetings.filter((meeting) => meeting.actors.includes(actor));

// The spellings the texts and readers use; each must bring its entity first, in both languages.
const spellings = [
	{ entity: { fr: '/fr/acteurs/jeenbek-kulubaev/', en: '/en/actors/jeenbek-kulubaev/' }, queries: ['Kouloubaev', 'Kulubaev', 'Kulubayev', 'Кулубаев'] },
	{ entity: { fr: '/fr/acteurs/sadyr-japarov/', en: '/en/actors/sadyr-japarov/' }, queries: ['Japarov', 'Djaparov', 'Zhaparov', 'Dzhaparov', 'Жапаров'] },
	{ entity: { fr: '/fr/lieux/astana/', en: '/en/places/astana/' }, queries: ['Noursoultan', 'Nur-Sultan', 'Astana'] },
	{ entity: { fr: '/fr/acteurs/kyrgyzstan/', en: '/en/actors/kyrgyzstan/' }, queries: ['Kirghizistan', 'Kirghizstan', 'Kyrgyzstan'] },
	{ entity: { fr: '/fr/organisations/sco/', en: '/en/organisations/sco/' }, queries: ['OCS', 'SCO', 'Organisation de coopération de Shanghai'] },
	{ entity: { fr: '/fr/organisations/belt-and-road-initiative/', en: '/en/organisations/belt-and-road-initiative/' }, queries: ['Ceinture et la Route', 'Belt and Road', 'BRI'] },
];

for (const locale of ['fr', 'en'] as const) {
	const searchPage = locale === 'fr' ? '/fr/recherche/' : '/en/search/';
	for (const { entity, queries } of spellings) {
		test(`${locale}: every spelling of ${entity.en.split('/')[3]} finds it first`, async ({ page }) => {
			for (const query of queries) {
				await openSearch(page, `${searchPage}?q=${encodeURIComponent(query)}`);
				expect((await resultPaths(page))[0], `first result for "${query}"`).toBe(entity[locale]);
			}
		});
	}
}

test('accents are optional: "Ouzbekistan" finds Ouzbékistan first, with the word marked', async ({ page }) => {
	await openSearch(page, '/fr/recherche/?q=Ouzbekistan');
	await expect(resultLinks(page).first()).toHaveText('Ouzbékistan');
	await expect(page.locator('.search-result').first().locator('mark').first()).toHaveText(/Ouzb[ée]kistan/);
});

test('a project is found by the words of each language: "railway" in English, "chemin de fer" and "ferroviaire" in French', async ({ page }) => {
	for (const address of ['/en/search/?q=railway', '/fr/recherche/?q=chemin+de+fer', '/fr/recherche/?q=ferroviaire']) {
		await openSearch(page, address);
		expect((await resultPaths(page))[0], address).toMatch(/\/cooperation\/china-kyrgyzstan-uzbekistan-railway\/$/);
	}
});

test('for a minister’s name, meetings rank above the sources', async ({ page }) => {
	for (const address of ['/fr/recherche/?q=Kulubaev', '/en/search/?q=Kouloubaev', '/en/search/?q=Wang+Yi']) {
		await openSearch(page, address);
		const paths = await resultPaths(page);
		const firstMeeting = paths.findIndex((path) => /\/(rencontres|meetings)\//.test(path));
		const firstSource = paths.findIndex((path) => path.includes('/sources/'));
		expect(firstMeeting, address).toBeGreaterThanOrEqual(0);
		expect(firstSource === -1 || firstMeeting < firstSource, address).toBe(true);
	}
});

test('a result shows its kind, the date of a meeting and an excerpt with the matched words marked', async ({ page }) => {
	await openSearch(page, '/en/search/?q=Kulubaev&kind=meeting');
	const first = page.locator('.search-result').first();
	await expect(first.locator('.result-meta')).toHaveText(/^Meeting · (25 April 2025|June 2022 \(inferred\))$/);
	await expect(first.locator('.result-excerpt mark').first()).toHaveText(/Kulubaev/i);
});

test('a result goes straight to the matching paragraph or statement of a long page', async ({ page }) => {
	await openSearch(page, '/en/search/?q=railway&kind=meeting');
	const jump = page.locator('.search-result').first().getByRole('link', { name: /^Go to (paragraph|statement) \d+$/ });
	const target = (await jump.getAttribute('href'))!.split('#')[1]!;
	expect(target).toMatch(/^(p|statement-)\d+$/);
	await jump.click();
	await expect(page).toHaveURL(new RegExp(`/en/meetings/[^/]+/#${target}$`));
	await expect(page.locator(`#${target}`)).toContainText('railway');
});

test('the shared address of a search shows its results', async ({ page }) => {
	await openSearch(page, '/en/search/?q=Kulubaev');
	await expect(page.locator('#search-page-query')).toHaveValue('Kulubaev');
	await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “Kulubaev”$/);
	await expect(resultLinks(page).first()).toHaveText('Jeenbek Kulubaev');
});

test('filters narrow the results, live in the address, and the back button undoes them', async ({ page }) => {
	await openSearch(page, '/fr/recherche/?q=Kulubaev');
	const all = await resultLinks(page).count();
	await page.locator('select[name="kind"]').selectOption('meeting');
	await expect(page).toHaveURL(/\?q=Kulubaev&kind=meeting$/);
	await searchDone(page);
	const kulubaev = naming('jeenbek-kulubaev');
	await expect(page.locator('.result-meta')).toHaveText(Array(kulubaev.length).fill(/^Rencontre · /));
	await page.locator('select[name="year"]').selectOption('2025');
	await expect(page).toHaveURL(/\?q=Kulubaev&kind=meeting&year=2025$/);
	await expect(resultLinks(page)).toHaveCount(kulubaev.filter((meeting) => meeting.date.value.startsWith('2025')).length);
	await expect(resultLinks(page).filter({ hasText: 'Almaty' })).toHaveCount(1);
	await page.goBack();
	await expect(page).toHaveURL(/\?q=Kulubaev&kind=meeting$/);
	await expect(page.locator('select[name="year"]')).toHaveValue('');
	await expect(resultLinks(page)).toHaveCount(kulubaev.length);
	await page.goBack();
	await expect(resultLinks(page)).toHaveCount(all);
});

test('filters by actor and by area, and the filters alone list what matches', async ({ page }) => {
	await openSearch(page, '/en/search/?actor=sadyr-japarov&kind=meeting');
	const japarov = naming('sadyr-japarov').length;
	await expect(page.getByRole('status')).toHaveText(japarov === 1 ? '1 entry matches the filters.' : `${japarov} entries match the filters.`);
	await expect(resultLinks(page)).toHaveCount(japarov);
	await expect(resultLinks(page).filter({ hasText: 'Almaty' })).toHaveCount(1);
	await openSearch(page, '/en/search/?area=health');
	expect(await resultPaths(page)).toEqual(expect.arrayContaining(['/en/cooperation/health/', '/en/meetings/2022-06-nur-sultan/']));
	expect(await resultPaths(page)).not.toContain('/en/meetings/2025-04-25-almaty/');
});

test('results can be ordered by date, newest or oldest first', async ({ page }) => {
	// Wang Yi's two seed meetings, among any others: June 2022 comes before 25 April 2025, then after it.
	const inOrder = async (first: RegExp, second: RegExp) => {
		const titles = await resultLinks(page).allTextContents();
		const [a, b] = [titles.findIndex((title) => first.test(title)), titles.findIndex((title) => second.test(title))];
		return a >= 0 && b > a;
	};
	await openSearch(page, '/en/search/?q=Wang+Yi&kind=meeting&sort=oldest');
	await expect.poll(() => inOrder(/June 2022/, /25 April 2025/)).toBe(true);
	await expect(page.locator('[data-sort-note]')).toBeVisible();
	await page.locator('select[name="sort"]').selectOption('newest');
	await expect(page).toHaveURL(/sort=newest/);
	await expect.poll(() => inOrder(/25 April 2025/, /June 2022/)).toBe(true);
});

test('the language switch keeps the search, in the other language', async ({ page }) => {
	await openSearch(page, '/fr/recherche/?q=Kulubaev&kind=meeting');
	await page.locator('[data-language-switch]').click();
	await expect(page).toHaveURL(/\/en\/search\/\?q=Kulubaev&kind=meeting$/);
	await searchDone(page);
	await expect(page.locator('.result-meta').first()).toHaveText(/^Meeting/);
});

test('the keyboard reaches every result: arrows move, Escape returns to the field, Enter opens', async ({ page }) => {
	await page.goto('/en/search/');
	const field = page.locator('#search-page-query');
	await expect(field).toBeFocused();
	await field.pressSequentially('Wang Yi');
	await expect(page).toHaveURL(/\?q=Wang\+Yi$/);
	await searchDone(page);
	await field.press('ArrowDown');
	await expect(resultLinks(page).nth(0)).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(resultLinks(page).nth(1)).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await expect(resultLinks(page).nth(0)).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(field).toBeFocused();
	await field.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/en\/actors\/wang-yi\/$/);
});

test('the result count is announced to screen readers', async ({ page }) => {
	await openSearch(page, '/fr/recherche/?q=Almaty');
	await expect(page.locator('[role="status"][aria-live="polite"]')).toHaveText(/^\d+ résultats? pour « Almaty »$/);
});

test('a query with markup or script is shown as text, never run', async ({ page }) => {
	let dialogs = 0;
	page.on('dialog', async (dialog) => {
		dialogs++;
		await dialog.dismiss();
	});
	for (const query of ['<img src=x onerror=alert(1)>', '<script>alert(2)</script>', '"><svg onload=alert(3)>']) {
		await openSearch(page, `/en/search/?q=${encodeURIComponent(query)}`);
		await expect(page.getByRole('status')).toContainText(query);
		await expect(page.locator('#search-page-query')).toHaveValue(query);
		expect(await page.locator('[data-search-results] img, [data-search-results] script, [data-search-results] svg').count()).toBe(0);
	}
	expect(dialogs).toBe(0);
});

test('content pages load no search code until the visitor searches, and search runs under the CSP', async ({ page }) => {
	const searchRequests: string[] = [];
	page.on('request', (request) => {
		if (/\/pagefind\/|\/search-names\.json$/.test(request.url())) searchRequests.push(request.url());
	});
	await page.addInitScript(() => {
		(window as unknown as { violations: string[] }).violations = [];
		document.addEventListener('securitypolicyviolation', (event) => (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.blockedURI}`));
	});
	await page.goto('/fr/rencontres/2025-04-25-almaty/');
	await page.locator('#header-search').fill('Kouloubaev');
	expect(searchRequests).toEqual([]);
	await page.locator('#header-search').press('Enter');
	await expect(page).toHaveURL(/\/fr\/recherche\/\?q=Kouloubaev$/);
	await searchDone(page);
	await expect(resultLinks(page).first()).toHaveText('Jeenbek Kouloubaev');
	expect(searchRequests.length).toBeGreaterThan(0);
	expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
	await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute('content', /script-src 'self' 'wasm-unsafe-eval'/);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the search page says plainly that search needs JavaScript', async ({ page }) => {
		await page.goto('/fr/');
		await page.locator('#header-search').fill('Wang Yi');
		await page.locator('#header-search').press('Enter');
		await expect(page).toHaveURL(/\/fr\/recherche\/\?q=Wang\+Yi$/);
		await expect(page.getByText('La recherche a besoin de JavaScript')).toBeVisible();
	});
});

test('without the list of exact names, a name still brings its entry first', async ({ page }) => {
	await page.route('**/search-names.json', (route) => route.abort());
	for (const [address, expected] of [['/fr/recherche/?q=Kirghizistan', '/fr/acteurs/kyrgyzstan/'], ['/en/search/?q=SCO', '/en/organisations/sco/']]) {
		await openSearch(page, address!);
		expect((await resultPaths(page))[0], address).toBe(expected);
	}
});

test('a page’s permalink and “Cite this page” are not searched: they only repeat its title and address', async ({ page }) => {
	for (const address of ['/en/search/?q=BibTeX', '/fr/recherche/?q=howpublished']) {
		await openSearch(page, address);
		await expect(page.locator('[data-search-status]'), address).toHaveText(/Aucun|No result/);
	}
});

test('an excerpt keeps the words of a list of facts apart', async ({ page }) => {
	// A source page lists "Rencontre relatée" then the meeting's date; glued, the index would hold "relatéejuin".
	await openSearch(page, '/fr/recherche/?q=relat%C3%A9e&kind=source');
	await expect(page.locator('.search-result .result-excerpt').first()).toHaveText(/relatée (?:\d{1,2}(?:er)? )?\p{Ll}+ \d{4}/u);
});

// "homologue" is in a French meeting's facts (cited "§ 1 § 3") and statements (each with its "#"
// self-link), and in a numbered paragraph ("§ 1") of each source, which the English site shows
// beside its translation.
for (const { kind, search, controls } of [
	{ kind: 'meeting', search: '/fr/recherche/', controls: /Copier le lien/ },
	{ kind: 'source', search: '/en/search/', controls: /English translation/ },
]) {
	test(`an excerpt holds the text of a ${kind} page, not its citation marks, paragraph numbers or controls`, async ({ page }) => {
		await openSearch(page, `${search}?q=homologue&kind=${kind}`);
		const excerpts = page.locator('.search-result .result-excerpt');
		await expect(excerpts.first()).toContainText('homologue');
		for (const excerpt of await excerpts.allTextContents()) {
			expect(excerpt).not.toMatch(/[§¶#]/);
			expect(excerpt).not.toMatch(controls);
		}
	});
}

test('an English query finds a statement in English and leads to it', async ({ page }) => {
	await openSearch(page, '/en/search/?q=external+interference');
	const meeting = page.locator('.search-result').filter({ has: page.locator('a[href$="/en/meetings/2025-04-25-almaty/"]') });
	await expect(meeting.getByRole('link', { name: 'Go to statement 3' })).toHaveAttribute('href', /\/en\/meetings\/2025-04-25-almaty\/#statement-3$/);
	await page.goto('/en/meetings/2025-04-25-almaty/#statement-3');
	await expect(page.locator('#statement-3 blockquote').first()).toContainText('firmly opposes any external interference');
});
