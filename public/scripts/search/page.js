// @ts-check
/**
 * The browser code of the search page, loaded only there. The address is the state: typing
 * replaces it, a new filter or order adds a history entry, and the back button restores the
 * previous search. Pagefind is imported on the first search, never on other pages; it picks
 * the index of the page's language from <html lang>.
 *
 * Titles, kinds, dates and URLs are set as text, never as HTML; only Pagefind's excerpts, which
 * it escapes and marks with <mark>, are inserted as HTML.
 *
 * A plain file in public/ rather than a bundled script: Vite wraps a dynamic import() in a
 * preload helper that it leaves unresolved ("__VITE_PRELOAD__") in Astro's inlined scripts.
 */
import { deepLink, fill, filterKeys, firstPageSize, isActive, latestOnly, orderedResults, ranking, readState, searchString } from './core.js';

/** How many more results each "More results" shows. */
const pageSize = 20;

const form = /** @type {HTMLFormElement | null} */ (document.querySelector('form.search-form'));
const input = /** @type {HTMLInputElement | null} */ (document.querySelector('#search-page-query'));
const container = /** @type {HTMLElement | null} */ (document.querySelector('[data-search-results]'));

if (form && input && container) {
	// Shown by default for browsers without JavaScript; this script is the proof it runs.
	document.querySelector('[data-needs-javascript]')?.setAttribute('hidden', '');
	const status = /** @type {HTMLElement} */ (container.querySelector('[data-search-status]'));
	const list = /** @type {HTMLOListElement} */ (container.querySelector('[data-search-list]'));
	const more = /** @type {HTMLButtonElement} */ (container.querySelector('[data-search-more]'));
	const sortNote = document.querySelector('[data-sort-note]');
	const languageSwitch = /** @type {HTMLAnchorElement | null} */ (document.querySelector('[data-language-switch]'));
	const otherLanguagePath = languageSwitch?.pathname ?? '';
	const messages = JSON.parse(container.dataset.messages ?? '{}');
	const base = container.dataset.base ?? '/';
	const plural = new Intl.PluralRules(document.documentElement.lang);
	/** @type {Promise<any> | undefined} */
	let pagefind;
	let searchId = 0;
	/** @type {ReturnType<typeof setTimeout> | undefined} */
	let typingTimer;

	const control = (/** @type {string} */ name) => /** @type {HTMLSelectElement | null} */ (form.elements.namedItem(name));

	/** The state the form shows. */
	const formState = () => readState(`?${new URLSearchParams(/** @type {any} */ (new FormData(form))).toString()}`);

	/** Shows a state in the form. */
	const showState = (/** @type {import('./core.js').SearchState} */ state) => {
		input.value = state.q;
		for (const key of [...filterKeys, 'sort']) {
			const select = control(key);
			if (select) select.value = state[/** @type {keyof typeof state} */ (key)];
		}
		sortNote?.toggleAttribute('hidden', state.sort === 'relevance');
	};

	/** Puts a state in the address; `push` adds a history entry, otherwise the current one is replaced. */
	const remember = (/** @type {import('./core.js').SearchState} */ state, /** @type {boolean} */ push) => {
		const address = `${location.pathname}${searchString(state)}`;
		if (address !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', address);
		// The same search in the other language: filter values are ids, the same in both.
		if (languageSwitch) languageSwitch.href = `${otherLanguagePath}${searchString(state)}`;
	};

	// Pagefind searches on the page's own thread (`noWorker`, its documented option): in its
	// worker a search is as fast, but handing thousands of results back to the page took about
	// twice as long as the search itself on a 5,000-meeting atlas (README, Search).
	const loadPagefind = () =>
		(pagefind ??= import(`${base}pagefind/pagefind.js`).then(async (module) => {
			await module.options({ baseUrl: base, ranking, noWorker: true });
			// Fetches and compiles Pagefind's WebAssembly and reads its metadata now, not at the first search.
			await module.init();
			return module;
		}));

	/** @type {Promise<Set<string> | undefined> | undefined} */
	let exactNames;
	/** The exact names of the site (core.js, orderedResults); if they cannot be had, every query also searches by name. */
	const loadExactNames = () =>
		(exactNames ??= fetch(`${base}search-names.json`)
			.then((response) => (response.ok ? response.json() : undefined))
			.then((names) => (Array.isArray(names) ? new Set(names) : undefined))
			.catch(() => undefined));

	/** One Pagefind search at a time; while one runs, only the latest query waits for its turn. */
	const search = latestOnly(async (/** @type {import('./core.js').SearchState} */ state) => orderedResults(await loadPagefind(), state, await loadExactNames()));

	/** One result: kind and date, title, excerpt with the matched words marked, and a link to the matching paragraph. */
	const resultItem = (/** @type {any} */ data) => {
		const item = document.createElement('li');
		item.className = 'search-result';
		const meta = document.createElement('p');
		meta.className = 'result-meta';
		meta.textContent = [data.meta.kind, data.meta.date].filter(Boolean).join(' · ');
		const heading = document.createElement('h2');
		const link = document.createElement('a');
		link.href = data.url;
		link.textContent = data.meta.title ?? data.url;
		link.dataset.resultLink = '';
		heading.append(link);
		const excerpt = document.createElement('p');
		excerpt.className = 'result-excerpt';
		excerpt.innerHTML = data.excerpt;
		item.append(meta, heading, excerpt);
		const jump = deepLink(data);
		if (jump) {
			const paragraph = document.createElement('p');
			const anchor = document.createElement('a');
			anchor.href = jump.href;
			anchor.textContent = fill(messages[jump.kind], { number: jump.number });
			paragraph.append(anchor);
			item.append(paragraph);
		}
		return item;
	};

	/** Runs the search a state asks for and shows its results; a newer search makes an older one stop. */
	const run = async (/** @type {import('./core.js').SearchState} */ state) => {
		const id = ++searchId;
		if (!isActive(state)) {
			list.replaceChildren();
			more.hidden = true;
			status.textContent = '';
			return;
		}
		status.textContent = messages.loading;
		try {
			const results = await search(state);
			if (!results || id !== searchId) return;
			const total = results.length;
			const category = plural.select(total) === 'one' ? 'One' : 'Other';
			const count = !state.q
				? fill(messages[`count${category}`], { count: total })
				: total === 0
					? fill(messages.none, { query: state.q })
					: fill(messages[category.toLowerCase()], { count: total, query: state.q });
			if (total === 0) {
				list.replaceChildren();
				more.hidden = true;
				status.textContent = count;
				return;
			}
			// The first results are fetched together and each is shown as soon as it and those
			// above it have arrived; the previous results stay until then, so nothing flickers.
			const first = results.slice(0, firstPageSize).map((result) => result.data());
			for (const [index, data] of first.entries()) {
				const item = resultItem(await data);
				if (id !== searchId) return;
				if (index === 0) list.replaceChildren(item);
				else list.append(item);
			}
			status.textContent = count;
			const rest = results.slice(firstPageSize);
			let shown = 0;
			more.hidden = rest.length === 0;
			more.onclick = async () => {
				const page = await Promise.all(rest.slice(shown, shown + pageSize).map((result) => result.data()));
				if (id !== searchId) return;
				list.append(...page.map(resultItem));
				shown += page.length;
				more.hidden = shown >= rest.length;
				// Focus the first new result, so that keyboard and screen-reader users land on it.
				/** @type {HTMLElement | null} */ (list.querySelectorAll('[data-result-link]')[first.length + shown - page.length])?.focus();
			};
		} catch {
			if (id === searchId) status.textContent = messages.failed;
		}
	};

	// Typing searches at once and keeps the address up to date without piling up history. The
	// search starts in the next task, once the keystroke is handled; keystrokes that come while a
	// search runs make only the latest query wait for its turn (latestOnly).
	input.addEventListener('input', () => {
		clearTimeout(typingTimer);
		typingTimer = setTimeout(() => {
			const state = formState();
			remember(state, false);
			run(state);
		});
	});
	// The first focus starts loading Pagefind and the exact names, so that the first results come without a wait.
	input.addEventListener('focus', () => {
		loadPagefind().catch(() => {});
		loadExactNames();
	}, { once: true });

	// A filter, an order or Enter is a new search worth a history entry.
	form.addEventListener('change', (event) => {
		if (!(event.target instanceof HTMLSelectElement)) return;
		const state = formState();
		showState(state);
		remember(state, true);
		run(state);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(typingTimer);
		const state = formState();
		remember(state, true);
		run(state);
	});
	window.addEventListener('popstate', () => {
		const state = readState(location.search);
		showState(state);
		remember(state, false);
		run(state);
	});

	// Arrows move between the field and the results; Escape goes back to the field.
	const resultLinks = () => /** @type {HTMLElement[]} */ ([...list.querySelectorAll('[data-result-link]')]);
	input.addEventListener('keydown', (event) => {
		const first = resultLinks()[0];
		if (event.key === 'ArrowDown' && first) {
			event.preventDefault();
			first.focus();
		}
	});
	list.addEventListener('keydown', (event) => {
		const links = resultLinks();
		const index = links.indexOf(/** @type {HTMLElement} */ (document.activeElement));
		if (event.key === 'Escape') {
			event.preventDefault();
			input.focus();
		} else if (index >= 0 && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
			event.preventDefault();
			const next = index + (event.key === 'ArrowDown' ? 1 : -1);
			if (next < 0) input.focus();
			else links[Math.min(next, links.length - 1)]?.focus();
		}
	});

	const initial = readState(location.search);
	showState(initial);
	// The filters start folded on narrow screens, unless the address sets one.
	const filtersBox = /** @type {HTMLDetailsElement | null} */ (form.querySelector('[data-search-filters]'));
	if (filtersBox) filtersBox.open = filterKeys.some((key) => initial[key]) || initial.sort !== 'relevance' || matchMedia('(min-width: 48rem)').matches;
	remember(initial, false);
	if (isActive(initial)) run(initial);
	else input.focus();
}
