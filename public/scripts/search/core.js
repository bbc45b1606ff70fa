// @ts-check
/**
 * The pure part of the search page: the search state as it lives in the address, what it asks
 * of Pagefind, and where a result should lead. No DOM here, so it is unit-tested directly.
 */

/**
 * Pagefind's ranking, set on purpose (https://pagefind.app/docs/ranking/):
 * - `metaWeights.names` 10: the "names" metadata of an entry page holds every name and spelling
 *   of that entry, from the content's alias data. It is the strongest signal, so an actor,
 *   place, organisation or area comes first for any of its names, in either language.
 * - `metaWeights.mentions` 4: a meeting page carries every name of what it mentions, so it is
 *   found under any spelling ("Kulubayev" finds a meeting whose text says "Kouloubaev"), and it
 *   ranks above its source page, which has only the raw text.
 * - `metaWeights.title` 2: a page's title is already in its text as the `h1` (weight 7); the
 *   title metadata only breaks ties, so that no title outranks an entry's own names.
 * - `pageLength` 0.5 (default 0.75): entry pages are short and meeting pages long; a softer
 *   length penalty keeps a meeting whose text discusses a subject at length in the results
 *   without letting it overtake the entry named after that subject.
 * Other metadata (kind, date) is not searched: `metaWeights` 0 for them.
 */
export const ranking = {
	pageLength: 0.5,
	metaWeights: { names: 10, mentions: 4, title: 2, kind: 0, date: 0 },
};

/**
 * How many results are shown first. Each result's data is a separate fragment file, fetched on
 * first use and shown as soon as it and those above it have arrived.
 */
export const firstPageSize = 10;

/** The filters the search page offers, in the order of the form; their values are ids. */
export const filterKeys = /** @type {const} */ (['kind', 'year', 'actor', 'area']);

/** The orders the search page offers; relevance is the default and stays out of the address. */
export const sorts = /** @type {const} */ (['relevance', 'newest', 'oldest']);

/**
 * @typedef {{ q: string, kind: string, year: string, actor: string, area: string, sort: typeof sorts[number] }} SearchState
 */

/**
 * Reads the search state from an address's query string: readState("?q=Kulubaev&kind=meeting").
 * @param {string} search
 * @returns {SearchState}
 */
export function readState(search) {
	const params = new URLSearchParams(search);
	const value = (/** @type {string} */ key) => params.get(key)?.trim() ?? '';
	const sort = /** @type {SearchState['sort']} */ (sorts.find((candidate) => candidate === value('sort')) ?? 'relevance');
	return { q: value('q'), kind: value('kind'), year: value('year'), actor: value('actor'), area: value('area'), sort };
}

/**
 * The query string of a state, without empty filters or the default order: "?q=Kulubaev&kind=meeting".
 * @param {SearchState} state
 * @returns {string}
 */
export function searchString(state) {
	const params = new URLSearchParams();
	if (state.q) params.set('q', state.q);
	for (const key of filterKeys) if (state[key]) params.set(key, state[key]);
	if (state.sort !== 'relevance') params.set('sort', state.sort);
	const text = params.toString();
	return text ? `?${text}` : '';
}

/**
 * Whether a state asks for anything: a query or at least one filter.
 * @param {SearchState} state
 */
export function isActive(state) {
	return Boolean(state.q) || filterKeys.some((key) => state[key]);
}

/**
 * @typedef {{ filters: Record<string, string>, sort: Record<string, 'asc' | 'desc'> }} PagefindOptions
 */

/**
 * The options of a Pagefind search for a state: its filters, and the date order if chosen.
 * @param {SearchState} state
 * @returns {PagefindOptions}
 */
export function pagefindOptions(state) {
	/** @type {Record<string, string>} */
	const filters = {};
	for (const key of filterKeys) if (state[key]) filters[key] = state[key];
	/** @type {Record<string, 'asc' | 'desc'>} */
	const sort = {};
	if (state.sort !== 'relevance') sort.date = state.sort === 'newest' ? 'desc' : 'asc';
	return { filters, sort };
}

/**
 * @typedef {{ id: string, location: number }} Anchor
 * @typedef {{ location: number, balanced_score: number }} WeightedLocation
 * @typedef {{ url: string, anchors?: Anchor[], weighted_locations?: WeightedLocation[] }} ResultData
 * @typedef {{ href: string, kind: 'paragraph' | 'statement', number: number }} DeepLink
 */

/**
 * Where in a long page a result's best match is, if it is in a paragraph (#p3) or a statement
 * (#statement-2): each id'd element starts a region that runs to the next one, and the match
 * with the highest score that falls in such a region wins. Matches in titles, lists of facts or
 * metadata give no deep link; the page's address is then the place to go.
 * @param {ResultData} data
 * @returns {DeepLink | undefined}
 */
export function deepLink(data) {
	const anchors = [...(data.anchors ?? [])].sort((a, b) => a.location - b.location);
	const locations = [...(data.weighted_locations ?? [])].sort((a, b) => b.balanced_score - a.balanced_score || a.location - b.location);
	for (const { location } of locations) {
		const region = anchors.filter((anchor) => anchor.location <= location).at(-1);
		const match = region && /^(p|statement-)(\d+)$/.exec(region.id);
		if (match) return { href: `${data.url.split('#')[0]}#${region.id}`, kind: match[1] === 'p' ? 'paragraph' : 'statement', number: Number(match[2]) };
	}
	return undefined;
}

/**
 * A name or query reduced to what a reader means by it: no case, no accents, and dashes, quotes
 * and punctuation as spaces. foldName("Chemin de fer Chine–Kirghizistan") → "chemin de fer chine kirghizistan".
 * @param {string} text
 */
export function foldName(text) {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLocaleLowerCase()
		.replace(/[\p{P}\p{S}]+/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The separator of the names in a page's "names" metadata (see src/components/SearchData.astro). */
export const nameSeparator = ' · ';

/**
 * The Pagefind filter that holds an entry page's names, folded (src/components/SearchData.astro).
 * Pagefind matches filter values exactly, so a search filtered by the folded query finds the
 * pages named exactly that, before any result data is fetched.
 */
export const nameFilter = 'name';

/**
 * @typedef {{ id: string, data: () => Promise<any> }} PagefindResult
 * @typedef {{ search: (query: string | null, options: PagefindOptions) => Promise<{ results: PagefindResult[] }> }} Pagefind
 */

/**
 * Runs a search and gives its results in the order the page shows them: Pagefind's relevance,
 * with the pages whose own names include the query exactly first (unless the visitor asked for
 * the date order). Pagefind ranks words, not names: for "China", the page of a project called
 * "China–Kyrgyzstan–Uzbekistan railway" scores like the page of China itself. The exact names
 * come from the "name" filter, that is from the content's alias data, and the order is known
 * before any result's data is fetched, so the page can show each result as soon as it arrives.
 *
 * `exactNames` (/search-names.json, every value of the "name" filter) spares the name search
 * when the query is no name: on a large index it cost about a third of a common word's search,
 * even when it found nothing. Without the list, the name search always runs.
 * @param {Pagefind} pagefind
 * @param {SearchState} state
 * @param {Set<string>} [exactNames]
 * @returns {Promise<PagefindResult[]>}
 */
export async function orderedResults(pagefind, state, exactNames) {
	const options = pagefindOptions(state);
	const name = foldName(state.q);
	const byName = state.q && state.sort === 'relevance' && (!exactNames || exactNames.has(name));
	const [search, named] = await Promise.all([
		pagefind.search(state.q || null, options),
		byName ? pagefind.search(null, { ...options, filters: { ...options.filters, [nameFilter]: name } }) : undefined,
	]);
	if (!named?.results.length) return search.results;
	const namedIds = new Set(named.results.map((result) => result.id));
	const foundIds = new Set(search.results.map((result) => result.id));
	return [
		...search.results.filter((result) => namedIds.has(result.id)),
		// A page named exactly the query that the word search missed still comes first.
		...named.results.filter((result) => !foundIds.has(result.id)),
		...search.results.filter((result) => !namedIds.has(result.id)),
	];
}

/**
 * Runs a search and loads the data of its first `count` results, in the order the page shows them.
 * @param {Pagefind} pagefind
 * @param {SearchState} state
 * @param {number} count
 * @param {Set<string>} [exactNames]
 * @returns {Promise<{ total: number, first: any[], rest: PagefindResult[] }>}
 */
export async function firstResults(pagefind, state, count, exactNames) {
	const results = await orderedResults(pagefind, state, exactNames);
	return { total: results.length, first: await Promise.all(results.slice(0, count).map((result) => result.data())), rest: results.slice(count) };
}

/**
 * Wraps an async task so that one call runs at a time and, of the calls made while one runs,
 * only the latest runs next; the others resolve to undefined. A Pagefind search cannot be
 * stopped, so without this every keystroke's search would queue and, on a large index, the last
 * one would wait for all the others.
 * @template A, R
 * @param {(argument: A) => Promise<R>} task
 * @returns {(argument: A) => Promise<R | undefined>}
 */
export function latestOnly(task) {
	let latest = 0;
	/** @type {Promise<unknown>} */
	let previous = Promise.resolve();
	return (argument) => {
		const call = ++latest;
		const result = previous.then(() => (call === latest ? task(argument) : undefined));
		previous = result.catch(() => {});
		return result;
	};
}

/**
 * Fills a message's {placeholders}: fill("{count} results", { count: 2 }) → "2 results".
 * @param {string} message
 * @param {Record<string, string | number>} values
 */
export function fill(message, values) {
	return message.replace(/\{(\w+)\}/g, (placeholder, name) => (Object.hasOwn(values, name) ? String(values[name]) : placeholder));
}
