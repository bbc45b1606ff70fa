// @ts-check
/**
 * Browser code of the search page, loaded only there. It reads ?q= from the address, loads
 * Pagefind on demand (Pagefind picks the index of the page's language) and lists the results.
 * Titles and URLs are set as text, never as HTML; only Pagefind's excerpts, which it escapes
 * and marks with <mark>, are inserted as HTML.
 *
 * A plain file in public/ rather than a bundled script: Vite wraps a dynamic import() in a
 * preload helper that it leaves unresolved ("__VITE_PRELOAD__") in Astro's inlined scripts.
 */

/** Fills a message's {placeholders}: fill("{count} results", { count: 2 }) → "2 results". */
function fill(/** @type {string} */ message, /** @type {Record<string, string | number>} */ values) {
	return message.replace(/\{(\w+)\}/g, (placeholder, name) => (name in values ? String(values[name]) : placeholder));
}

async function runSearchPage() {
	const container = /** @type {HTMLElement | null} */ (document.querySelector('[data-search-results]'));
	const input = /** @type {HTMLInputElement | null} */ (document.querySelector('#search-page-query'));
	if (!container || !input) return;
	// Shown by default for browsers without JavaScript; this script is the proof it runs.
	document.querySelector('[data-needs-javascript]')?.setAttribute('hidden', '');
	const status = /** @type {HTMLElement} */ (container.querySelector('[data-search-status]'));
	const list = /** @type {HTMLElement} */ (container.querySelector('[data-search-list]'));
	const messages = JSON.parse(container.dataset.messages ?? '{}');
	const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
	input.value = query;
	if (!query) {
		input.focus();
		return;
	}
	status.textContent = messages.loading;
	try {
		const base = container.dataset.base ?? '/';
		const pagefind = await import(`${base}pagefind/pagefind.js`);
		await pagefind.options({ baseUrl: base });
		const search = await pagefind.search(query);
		const results = await Promise.all(search.results.slice(0, 20).map((/** @type {any} */ result) => result.data()));
		list.replaceChildren(
			...results.map((result) => {
				const item = document.createElement('li');
				const link = document.createElement('a');
				link.href = result.url;
				link.textContent = result.meta.title ?? result.url;
				const excerpt = document.createElement('p');
				excerpt.innerHTML = result.excerpt;
				item.append(link, excerpt);
				return item;
			}),
		);
		const count = search.results.length;
		const plural = new Intl.PluralRules(document.documentElement.lang).select(count) === 'one' ? messages.one : messages.other;
		status.textContent = count === 0 ? fill(messages.none, { query }) : fill(plural, { count, query });
	} catch {
		status.textContent = messages.failed;
	}
}

runSearchPage();
