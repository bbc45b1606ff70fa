/**
 * The open data files (/data/meetings.json, actors.json, areas.json and their CSV twins): the
 * atlas's facts with the citation of each, for reuse. The zod schemas are the documented format:
 * the data page renders their field descriptions, the JSON Schema files are generated from them,
 * and the tests validate the built files against them.
 */
import { z } from 'zod';
import type { Locale } from '../../schemas/common.ts';
import { actorAppearances, mentionsOf } from '../site/queries.ts';
import { meetingTitle } from '../site/names.ts';
import { quoteStatement } from '../site/quotations.ts';
import type { PageRef } from '../site/paths.ts';
import type { Atlas } from '../atlas.ts';
import type { Citation } from '../../schemas/common.ts';

/** The absolute URL of a page in a language. */
export type UrlIn = (page: PageRef, locale: Locale) => string;

const bilingual = (what: string) => z.object({ fr: z.string(), en: z.string() }).describe(`${what}, in French (fr) and English (en)`);

const citationSchema = z
	.object({
		source: z.string().describe('id of the source text (see /data/meetings.json, field source)'),
		paragraphs: z.array(z.string()).describe('the paragraphs of the source that state the fact: "p1", "p2"…'),
		urls: z.array(z.string()).describe('the address of each of those paragraphs in the French original'),
	})
	.describe('where the fact comes from');

const mentionSchema = z.object({
	id: z.string().nullable().describe('id of the entry (actor, place…), or null for a name the atlas does not know'),
	name: z.string().describe('the name as the source writes it'),
	cite: citationSchema,
});

export const meetingDataSchema = z
	.object({
		id: z.string().describe('the meeting id, stable: date and place, "2025-04-25-almaty"'),
		reports: z.enum(['meeting', 'virtual-meeting', 'multilateral-meeting', 'arrival', 'announced-visit']).describe('what the source reports: a meeting, a video call, a multilateral meeting, an arrival'),
		url: bilingual('the meeting page'),
		title: bilingual('the title'),
		source: z.object({ id: z.string(), url: bilingual('the source page'), sha256: z.string().describe('SHA-256 of the raw text as received') }).describe('the press text the facts come from'),
		date: z
			.object({
				value: z.string().describe('ISO 8601 at its precision: "2025-04-25", "2022-06"'),
				precision: z.enum(['day', 'month', 'year']),
				end: z.string().nullable().describe('the last day of a meeting over several days, at the same precision; else null'),
				inferred: z.boolean().describe('true when part of the date is not in the text'),
				basis: bilingual('why an inferred date is what it is').nullable(),
				cite: citationSchema,
			})
			.describe('the date of the meeting'),
		place: mentionSchema
			.extend({ country: z.string().nullable().describe('ISO 3166-1 alpha-2 code of the country the source ties the venue to, else null') })
			.nullable()
			.describe('where the meeting took place; null when the text states no venue'),
		participants: z
			.array(
				mentionSchema.extend({
					role: z.string().nullable().describe('the role as the source states it, in French'),
					country: z.string().nullable().describe('ISO 3166-1 alpha-2 code: the adjective of the role, else the atlas entry\'s; null when neither tells'),
				}),
			)
			.describe('who met'),
		actors: z.array(mentionSchema).describe('other actors the text names'),
		places: z.array(mentionSchema).describe('other places the text names'),
		organisations: z
			.array(mentionSchema.extend({ abbreviation: z.string().nullable().describe('the acronym the source gives it in brackets, else null') }))
			.describe('organisations and initiatives the text names'),
		areas: z.array(mentionSchema).describe('fields and projects of cooperation'),
		events: z.array(mentionSchema).describe('events the text refers to'),
		statements: z
			.array(
				z.object({
					speakers: z.array(z.string()).describe('ids of the actors the source attributes the statement to'),
					kind: z.enum(['direct', 'reported']).describe('direct: a verb of speech; reported: a position the text reports'),
					verb: z.string().describe('the verb of the text, in French'),
					text: z.string().describe('the statement, quoted from the French text'),
					textEn: z.string().nullable().describe('the statement in English, from the translation of the article; null while untranslated'),
					cite: citationSchema,
				}),
			)
			.describe('statements and positions, attributed as the source attributes them'),
	})
	.strict();

const appearanceSchema = z.object({
	meeting: z.string().describe('the meeting id'),
	participant: z.boolean().describe('true if the actor took part, false if only named'),
	name: z.string().describe('the name as the source writes it'),
	role: z.string().nullable().describe('the role the source gives, in French'),
	cite: citationSchema,
});

export const actorDataSchema = z
	.object({
		id: z.string(),
		kind: z.enum(['person', 'state']),
		name: bilingual('the name'),
		aliases: z.array(z.string()).describe('every known spelling'),
		country: z.string().describe('ISO 3166-1 alpha-2 code'),
		url: bilingual('the actor page'),
		appearances: z.array(appearanceSchema).describe('every meeting where the actor appears, oldest first'),
	})
	.strict();

export const areaDataSchema = z
	.object({
		id: z.string(),
		kind: z.enum(['field', 'project']),
		name: bilingual('the name'),
		field: z.string().nullable().describe('for a project, the id of its field'),
		aliases: z.array(z.string()).describe('other names of a project'),
		url: bilingual('the area page'),
		mentions: z.array(z.object({ meeting: z.string(), name: z.string().describe('the words of the source'), cite: citationSchema })).describe('every meeting where the area comes up, oldest first'),
	})
	.strict();

export type MeetingDatum = z.infer<typeof meetingDataSchema>;
export type ActorDatum = z.infer<typeof actorDataSchema>;
export type AreaDatum = z.infer<typeof areaDataSchema>;

const both = (page: PageRef, urlIn: UrlIn) => ({ fr: urlIn(page, 'fr'), en: urlIn(page, 'en') });

/** A citation with the address of each paragraph in the French original. */
function cited(cite: Citation, urlIn: UrlIn) {
	return { source: cite.source, paragraphs: cite.paragraphs, urls: cite.paragraphs.map((paragraph) => `${urlIn({ kind: 'source', id: cite.source }, 'fr')}#${paragraph}`) };
}

const mention = (urlIn: UrlIn) => (item: { id: string | null; name: string; cite: Citation }) => ({ id: item.id, name: item.name, cite: cited(item.cite, urlIn) });

/** Every meeting, oldest first. */
export function meetingsData(atlas: Atlas, urlIn: UrlIn): MeetingDatum[] {
	return atlas.meetings.map((meeting) => {
		const { record } = meeting;
		const source = atlas.byId.sources.get(record.source);
		return {
			id: meeting.id,
			reports: record.reports,
			url: both({ kind: 'meeting', id: meeting.id }, urlIn),
			title: { fr: meetingTitle(atlas, meeting, 'fr'), en: meetingTitle(atlas, meeting, 'en') },
			source: { id: record.source, url: both({ kind: 'source', id: record.source }, urlIn), sha256: source?.sha256 ?? record.sourceSha256 },
			date: { value: record.date.value, precision: record.date.precision, end: record.date.end ?? null, inferred: record.date.inferred, basis: record.date.basis ?? null, cite: cited(record.date.cite, urlIn) },
			place: record.place ? { ...mention(urlIn)(record.place), country: record.place.country ?? null } : null,
			participants: record.participants.map((participant) => ({ ...mention(urlIn)(participant), role: participant.role, country: participant.country ?? null })),
			actors: record.actors.map(mention(urlIn)),
			places: record.places.map(mention(urlIn)),
			organisations: record.organisations.map((organisation) => ({ ...mention(urlIn)(organisation), abbreviation: organisation.abbreviation ?? null })),
			areas: record.areas.map(mention(urlIn)),
			events: record.events.map(mention(urlIn)),
			statements: record.statements.map((statement) => {
				const english = quoteStatement(meeting, statement, 'en');
				return { speakers: statement.speakers, kind: statement.kind, verb: statement.verb, text: statement.text, textEn: english.lang === 'en' ? english.text : null, cite: cited(statement.cite, urlIn) };
			}),
		};
	});
}

/** Every actor, with its appearances. */
export function actorsData(atlas: Atlas, urlIn: UrlIn): ActorDatum[] {
	return atlas.actors.map((actor) => ({
		id: actor.id,
		kind: actor.kind,
		name: actor.name,
		aliases: actor.aliases,
		country: actor.country,
		url: both({ kind: 'actor', id: actor.id }, urlIn),
		appearances: actorAppearances(atlas, actor.id).map((appearance) => ({ ...appearance, role: appearance.role ?? null, cite: cited(appearance.cite, urlIn) })),
	}));
}

/** Every field and project of cooperation, with its mentions. */
export function areasData(atlas: Atlas, urlIn: UrlIn): AreaDatum[] {
	return atlas.areas.map((area) => ({
		id: area.id,
		kind: area.kind,
		name: area.name,
		field: area.field ?? null,
		aliases: area.aliases,
		url: both({ kind: 'area', id: area.id }, urlIn),
		mentions: mentionsOf(atlas, 'areas', area.id).map(({ meeting, mention: item }) => ({ meeting, name: item.name, cite: cited(item.cite, urlIn) })),
	}));
}

/** One CSV field, quoted when it must be (RFC 4180). */
function csvField(value: string | number | boolean | null): string {
	const text = value === null ? '' : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV table with a header row, CRLF line ends (RFC 4180). */
export function csv(header: string[], rows: (string | number | boolean | null)[][]): string {
	return `${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** The columns of each CSV file, in order; documented on the data page. */
export const csvColumns = {
	meetings: ['meeting', 'fact', 'id', 'value', 'value_en', 'role', 'country', 'precision', 'inferred', 'source', 'paragraphs', 'url'],
	actors: ['id', 'kind', 'name_fr', 'name_en', 'country', 'aliases', 'meetings', 'url_fr', 'url_en'],
	areas: ['id', 'kind', 'name_fr', 'name_en', 'field', 'aliases', 'meetings', 'url_fr', 'url_en'],
} as const;

/** meetings.csv: one row per fact, each with its citation. */
export function meetingsCsv(meetings: MeetingDatum[]): string {
	const rows = meetings.flatMap((meeting) => {
		type Cite = MeetingDatum['date']['cite'];
		const row = (fact: string, id: string | null, value: string, cite: Cite, extra: { valueEn?: string | null; role?: string | null; country?: string | null; precision?: string; inferred?: boolean } = {}) => [
			meeting.id,
			fact,
			id,
			value,
			extra.valueEn ?? null,
			extra.role ?? null,
			extra.country ?? null,
			extra.precision ?? null,
			extra.inferred ?? null,
			cite.source,
			cite.paragraphs.join(' '),
			cite.urls.join(' '),
		];
		const list = (fact: string, items: MeetingDatum['actors']) => items.map((item) => row(fact, item.id, item.name, item.cite));
		return [
			// An interval is written as ISO 8601 writes one: "2016-11-02/2016-11-09".
			row('date', null, meeting.date.end ? `${meeting.date.value}/${meeting.date.end}` : meeting.date.value, meeting.date.cite, { precision: meeting.date.precision, inferred: meeting.date.inferred }),
			...(meeting.place ? [row('place', meeting.place.id, meeting.place.name, meeting.place.cite, { country: meeting.place.country })] : []),
			...meeting.participants.map((participant) => row('participant', participant.id, participant.name, participant.cite, { role: participant.role, country: participant.country })),
			...list('actor', meeting.actors),
			...list('other-place', meeting.places),
			...list('organisation', meeting.organisations),
			...list('area', meeting.areas),
			...list('event', meeting.events),
			...meeting.statements.map((statement) => row(`statement-${statement.kind}`, statement.speakers.join(' '), statement.text, statement.cite, { valueEn: statement.textEn })),
		];
	});
	return csv([...csvColumns.meetings], rows);
}

/** actors.csv and areas.csv: one row per entry; lists joined by " | ", meeting ids by spaces. */
export function actorsCsv(actors: ActorDatum[]): string {
	return csv(
		[...csvColumns.actors],
		actors.map((actor) => [actor.id, actor.kind, actor.name.fr, actor.name.en, actor.country, actor.aliases.join(' | '), [...new Set(actor.appearances.map((appearance) => appearance.meeting))].join(' '), actor.url.fr, actor.url.en]),
	);
}

export function areasCsv(areas: AreaDatum[]): string {
	return csv(
		[...csvColumns.areas],
		areas.map((area) => [area.id, area.kind, area.name.fr, area.name.en, area.field, area.aliases.join(' | '), [...new Set(area.mentions.map((item) => item.meeting))].join(' '), area.url.fr, area.url.en]),
	);
}
