/**
 * The meetings and events of the content folder, read from its files on their own (not through
 * the site's code), so that the end-to-end tests take their expected lists and counts from the
 * atlas as it is, however it grows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** What the tests need of a meeting's frontmatter. */
export interface ContentMeeting {
	id: string;
	date: { value: string; precision: 'day' | 'month' | 'year' };
	place: { id: string | null } | null;
	/** Everyone it names: participants and other actors. */
	actors: string[];
	areas: string[];
	events: string[];
	/** The places it mentions besides its venue. */
	places: string[];
}

const ids = (mentions: { id: string | null }[] = []) => mentions.flatMap((mention) => (mention.id ? [mention.id] : []));

/** Every meeting of content/meetings/fr/, by id. */
export function contentMeetings(root = process.cwd()): ContentMeeting[] {
	const folder = join(root, 'content/meetings/fr');
	return readdirSync(folder)
		.filter((file) => file.endsWith('.mdx'))
		.sort()
		.map((file) => {
			const data = parse(readFileSync(join(folder, file), 'utf8').split(/^---$/m)[1]!);
			return { id: file.slice(0, -'.mdx'.length), date: data.date, place: data.place, actors: ids([...data.participants, ...data.actors]), areas: ids(data.areas), events: ids(data.events), places: ids(data.places) };
		});
}

/** The ids of content/events/. */
export function contentEvents(root = process.cwd()): string[] {
	return readdirSync(join(root, 'content/events')).filter((file) => file.endsWith('.yaml')).map((file) => file.slice(0, -'.yaml'.length));
}

/**
 * How many entries the timeline filtered by an actor or an area holds: the meetings that name it,
 * and the events those meetings refer to.
 */
export function filteredTimelineCount(filter: { actor: string } | { area: string }, meetings = contentMeetings()): number {
	const named = meetings.filter((meeting) => ('actor' in filter ? meeting.actors.includes(filter.actor) : meeting.areas.includes(filter.area)));
	return named.length + new Set(named.flatMap((meeting) => meeting.events)).size;
}

/** A place's names, from content/places/<id>.yaml. */
export function placeName(id: string, root = process.cwd()): { fr: string; en: string } {
	return parse(readFileSync(join(root, 'content/places', `${id}.yaml`), 'utf8')).name;
}
