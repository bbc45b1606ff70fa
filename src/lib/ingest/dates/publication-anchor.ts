/**
 * The day (or month) a text was written: its publication stamp, else the wire dateline opening its
 * lead, else the article's address, else an update stamp; and how that anchor reads in a basis.
 */
import type { LocalizedText } from '../../../schemas/common.ts';
import { isValidDay } from './fuzzy-dates.ts';
import type { LocatedExpression } from './located-expressions.ts';

/** The day (or month) the text was written, and where that comes from. */
export interface PublicationAnchor {
	from: 'stamp' | 'dateline' | 'url' | 'update';
	/** The stamp or address as written. */
	written: string;
	line?: number;
	year?: number;
	month: number;
	day?: number;
	/** An update stamp that agrees with the publication day ("le 29/10" under "29.10.2016"). */
	confirmedBy?: string;
	/** For a dateline without a year: the address or update stamp the year is taken from. */
	yearFrom?: { from: 'url' | 'update'; written: string };
}

/** Reads a publication day from an article's address: "…/2018/0412/…" → 12 April 2018; "…/2008-08/09/…" → 9 August 2008. */
export function dateFromUrl(url: string): { year: number; month: number; day?: number; written: string } | null {
	const path = url.replace(/^[a-z]+:\/\/[^/]+/iu, '');
	const patterns = [
		/(?<!\d)((?:19|20)\d{2})[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?!\d)/u,
		/(?<!\d)((?:19|20)\d{2})[-/](0[1-9]|1[0-2])(?![\d])/u,
	];
	for (const pattern of patterns) {
		const found = pattern.exec(path);
		if (!found) continue;
		const [year, month, day] = [Number(found[1]), Number(found[2]), found[3] ? Number(found[3]) : undefined];
		if (day !== undefined && !isValidDay(year, month, day)) continue;
		return { year, month, ...(day !== undefined ? { day } : {}), written: found[0] };
	}
	return null;
}

/**
 * The publication anchor: the stamp line's day, else the wire dateline's (its year, when it has
 * none, from the address or an update stamp), else the address's, else an update stamp.
 */
export function findPublicationAnchor(expressions: LocatedExpression[], url?: string): PublicationAnchor | null {
	const updates = expressions.filter((expression) => expression.role === 'update' && expression.start.month !== undefined);
	const stamp = expressions.find((expression) => expression.role === 'publication' && expression.start.year !== undefined && expression.start.month !== undefined && expression.start.day !== undefined);
	const confirm = (anchor: PublicationAnchor): PublicationAnchor => {
		const update = updates.find((candidate) => candidate.start.month === anchor.month && candidate.start.day === anchor.day);
		return update ? { ...anchor, confirmedBy: update.written } : anchor;
	};
	if (stamp) return confirm({ from: 'stamp', written: stamp.written, line: stamp.line, year: stamp.start.year, month: stamp.start.month!, day: stamp.start.day });
	const fromUrl = url ? dateFromUrl(url) : null;
	const dateline = expressions.find((expression) => expression.role === 'dateline' && expression.start.month !== undefined && expression.start.day !== undefined);
	if (dateline) {
		const { month, day } = dateline.start as { month: number; day: number };
		const anchor: PublicationAnchor = confirm({ from: 'dateline', written: dateline.dateline!, line: dateline.line, month, day });
		if (dateline.start.year !== undefined) return { ...anchor, year: dateline.start.year };
		const updateWithYear = updates.find((update) => update.start.year !== undefined);
		const dated = fromUrl
			? { year: fromUrl.year, month: fromUrl.month, day: fromUrl.day, yearFrom: { from: 'url' as const, written: url! } }
			: updateWithYear
				? { year: updateWithYear.start.year!, month: updateWithYear.start.month!, day: updateWithYear.start.day, yearFrom: { from: 'update' as const, written: updateWithYear.written } }
				: null;
		// The dispatch was filed on or before the day its address or update stamp gives.
		return dated ? { ...anchor, year: yearFrom(dated, month, day, false), yearFrom: dated.yearFrom } : anchor;
	}
	if (fromUrl) return confirm({ from: 'url', year: fromUrl.year, month: fromUrl.month, ...(fromUrl.day !== undefined ? { day: fromUrl.day } : {}), written: url! });
	const update = updates[0];
	if (update) return { from: 'update', written: update.written, line: update.line, month: update.start.month!, ...(update.start.day !== undefined ? { day: update.start.day } : {}), ...(update.start.year !== undefined ? { year: update.start.year } : {}) };
	return null;
}

/** How the anchor reads in a basis. */
export function anchorWords(anchor: PublicationAnchor): LocalizedText {
	if (anchor.from === 'dateline') {
		const source = anchor.yearFrom?.from === 'url'
			? { fr: ` (année tirée de l'adresse de l'article « ${anchor.yearFrom.written} »)`, en: ` (year taken from the article's address “${anchor.yearFrom.written}”)` }
			: anchor.yearFrom
				? { fr: ` (année tirée de l'horodatage de mise à jour « ${anchor.yearFrom.written} »)`, en: ` (year taken from the update stamp “${anchor.yearFrom.written}”)` }
				: { fr: '', en: '' };
		return { fr: `la ligne de date de la dépêche « ${anchor.written} »${source.fr}`, en: `the dispatch's dateline “${anchor.written}”${source.en}` };
	}
	if (anchor.from === 'url') return { fr: `l'adresse de l'article « ${anchor.written} »`, en: `the article's address “${anchor.written}”` };
	if (anchor.from === 'update') return { fr: `l'horodatage de mise à jour « ${anchor.written} »`, en: `the update stamp “${anchor.written}”` };
	return { fr: `l'horodatage de publication « ${anchor.written} »`, en: `the publication stamp “${anchor.written}”` };
}

/** The year of a day and month without year, seen from an anchor, in the past or the future of it. */
export function yearFrom(anchor: { year: number; month: number; day?: number }, month: number, day: number | undefined, future: boolean): number {
	const key = (m: number, d: number | undefined) => m * 100 + (d ?? (future ? 99 : 0));
	const anchorKey = key(anchor.month, anchor.day);
	const dateKey = key(month, day ?? (future ? 0 : 99));
	if (future) return dateKey >= anchorKey ? anchor.year : anchor.year + 1;
	return dateKey <= anchorKey ? anchor.year : anchor.year - 1;
}
