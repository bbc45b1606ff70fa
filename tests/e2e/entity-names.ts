/**
 * Every name of every actor, place, organisation and cooperation area, read from the content's
 * YAML on its own (not through the site's code), so that the search tests check the names a
 * reader may type against what the site indexes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface NamedEntity {
	/** The page's path after the language: "actors/wang-yi/" in English. */
	path: { fr: string; en: string };
	names: string[];
}

const sections = {
	actors: { fr: 'acteurs', en: 'actors' },
	places: { fr: 'lieux', en: 'places' },
	organisations: { fr: 'organisations', en: 'organisations' },
	areas: { fr: 'cooperation', en: 'cooperation' },
} as const;

type Localized = { fr: string; en: string };

/** Every name an entry is known by in the content: names, abbreviations, former names, aliases. */
function namesIn(entry: { name: Localized; abbreviation?: Localized; formerNames?: { name: Localized }[]; aliases?: string[] }): string[] {
	const both = (text?: Localized) => (text ? [text.fr, text.en] : []);
	return [...new Set([...both(entry.name), ...both(entry.abbreviation), ...(entry.formerNames ?? []).flatMap((former) => both(former.name)), ...(entry.aliases ?? [])])];
}

export function namedEntities(root = process.cwd()): NamedEntity[] {
	return Object.entries(sections).flatMap(([collection, section]) =>
		readdirSync(join(root, 'content', collection))
			.filter((file) => file.endsWith('.yaml'))
			.map((file) => {
				const id = file.replace(/\.yaml$/, '');
				return { path: { fr: `${section.fr}/${id}/`, en: `${section.en}/${id}/` }, names: namesIn(parse(readFileSync(join(root, 'content', collection, file), 'utf8'))) };
			}),
	);
}
