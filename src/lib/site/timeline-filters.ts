/**
 * Browser code for the timeline: a filter link shows the matching entries in place and updates
 * the address, instead of loading the pre-built filtered page. Without JavaScript the links
 * simply load that page.
 */

/** Hides the entries that do not match a filter ("actor:wang-yi", "area:health" or "" for all). */
export function applyFilter(root: ParentNode, filter: string): void {
	const [kind, id] = filter.split(':');
	for (const entry of root.querySelectorAll<HTMLElement>('.timeline-entry')) {
		const values = (kind === 'actor' ? entry.dataset.actors : entry.dataset.areas)?.split(' ') ?? [];
		entry.hidden = Boolean(filter) && !values.includes(id!);
	}
	// The strip's marks carry the same data; SVG elements have no `hidden`, so they are made invisible (and unfocusable).
	for (const mark of root.querySelectorAll<SVGElement>('.strip-mark[data-actors]')) {
		const values = (kind === 'actor' ? mark.dataset.actors : mark.dataset.areas)?.split(' ') ?? [];
		if (filter && !values.includes(id!)) mark.setAttribute('visibility', 'hidden');
		else mark.removeAttribute('visibility');
	}
	for (const year of root.querySelectorAll<HTMLElement>('.timeline-year')) {
		year.hidden = [...year.querySelectorAll<HTMLElement>('.timeline-entry')].every((entry) => entry.hidden);
	}
}

/** Wires the filter links of a timeline page. */
export function enhanceTimelineFilters(document: Document): void {
	const nav = document.querySelector<HTMLElement>('[data-timeline-filters]');
	if (!nav) return;
	const heading = document.querySelector('h1');
	nav.addEventListener('click', (event) => {
		const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-filter]');
		if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
		event.preventDefault();
		applyFilter(document, link.dataset.filter ?? '');
		for (const other of nav.querySelectorAll('a[aria-current]')) other.removeAttribute('aria-current');
		link.setAttribute('aria-current', 'page');
		history.pushState({ filter: link.dataset.filter }, '', link.href);
		if (heading) heading.textContent = link.dataset.filter ? `${nav.dataset.filteredLabel ?? ''}${link.textContent}` : nav.dataset.allLabel ?? heading.textContent;
	});
	window.addEventListener('popstate', () => location.reload());
}
