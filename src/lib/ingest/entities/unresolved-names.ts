/** Every name of a text the gazetteer lacks, reported once, where it first appears. */
import type { Unresolved } from '../../../schemas/meeting.ts';
import type { AnalysedParagraph, Gazetteer } from '../gazetteer/index.ts';
import { eventSpans } from './extract-events.ts';
import type { OrganisationsFound } from './extract-organisations.ts';
import type { PlaceResult } from './extract-place.ts';
import { findUnresolved } from './find-unresolved.ts';

/**
 * The unknown names of a text: the unknown venue first of all, then paragraph by paragraph the
 * new organisations and the capitalised names nobody knows. A country-only venue ("au Kazakhstan")
 * is a state, not a place the gazetteer lacks; a new organisation's words are not reported again
 * as unknown names; the countries of the nationality lexicon and the gazetteer's names as written
 * are known.
 */
export function unresolvedNames(paragraphs: AnalysedParagraph[], place: PlaceResult, organisations: OrganisationsFound, gazetteer: Gazetteer): Unresolved[] {
	const unresolved: Unresolved[] = place.ok && place.place !== null && place.scope === 'city' && place.place.id === null
		? [{ name: place.place.name, reason: 'unknown-place', paragraph: place.place.cite.paragraphs[0]!, line: place.line }]
		: [];
	const knownNames = [...paragraphs.flatMap((paragraph) => paragraph.matches.map((match) => match.written)), ...gazetteer.nationalities.flatMap((nationality) => nationality.names)];
	for (const paragraph of paragraphs) {
		unresolved.push(...organisations.unresolved.filter((item) => item.paragraph === paragraph.id));
		const known = [...paragraph.matches, ...eventSpans(paragraph, gazetteer.events), ...(organisations.spans.get(paragraph.id) ?? [])];
		unresolved.push(...findUnresolved(paragraph, known, gazetteer.notNames, unresolved, knownNames));
	}
	return unresolved;
}
