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
 * first use; ten keep the first results under 100 ms after the last keystroke (npm run bench),
 * and the exact-name rule below looks at these ten.
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
 * The options of a Pagefind search for a state: its filters, and the date order if chosen.
 * @param {SearchState} state
 * @returns {{ filters: Record<string, string>, sort: Record<string, 'asc' | 'desc'> }}
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
 * Puts first the results whose own names include the query exactly, keeping Pagefind's order
 * otherwise. Pagefind ranks words, not names: for "China", the page of a project called
 * "China–Kyrgyzstan–Uzbekistan railway" scores like the page of China itself. The names come
 * from each page's indexed "names" metadata, that is from the content's alias data.
 * @template {{ meta: Record<string, string | undefined> }} T
 * @param {string} query
 * @param {T[]} results
 * @returns {T[]}
 */
export function exactNamesFirst(query, results) {
	const wanted = foldName(query);
	const isNamed = (/** @type {T} */ result) => (result.meta.names ?? '').split(nameSeparator).some((name) => foldName(name) === wanted);
	return [...results.filter(isNamed), ...results.filter((result) => !isNamed(result))];
}

/**
 * Runs a search and loads the data of its first results, in the order the page shows them:
 * Pagefind's relevance, with exact names first (unless the visitor asked for the date order).
 * @param {{ search: (query: string | null, options: object) => Promise<{ results: { data: () => Promise<any> }[] }> }} pagefind
 * @param {SearchState} state
 * @param {number} count
 * @returns {Promise<{ total: number, first: any[], rest: { data: () => Promise<any> }[] }>}
 */
export async function firstResults(pagefind, state, count) {
	const search = await pagefind.search(state.q || null, pagefindOptions(state));
	const first = await Promise.all(search.results.slice(0, count).map((result) => result.data()));
	return {
		total: search.results.length,
		first: state.q && state.sort === 'relevance' ? exactNamesFirst(state.q, first) : first,
		rest: search.results.slice(count),
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
