/** /data/meetings.json, actors.json, areas.json, their CSV twins and JSON Schemas (lib/share/open-data.ts). */
import type { APIRoute } from 'astro';
import { z } from 'zod';
import { loadAtlas } from '../../lib/content.ts';
import { actorDataSchema, actorsCsv, actorsData, areaDataSchema, areasCsv, areasData, meetingDataSchema, meetingsCsv, meetingsData, type UrlIn } from '../../lib/share/open-data.ts';
import { absoluteUrl, type PageRef } from '../../lib/site/paths.ts';
import type { Locale } from '../../schemas/common.ts';

const json = 'application/json; charset=utf-8';
const csvType = 'text/csv; charset=utf-8';
const schemaOf = (schema: z.ZodType) => `${JSON.stringify(z.toJSONSchema(z.array(schema)), null, '\t')}\n`;
const pretty = (value: unknown) => `${JSON.stringify(value, null, '\t')}\n`;

export const getStaticPaths = () =>
	['meetings', 'actors', 'areas'].flatMap((name) => [`${name}.json`, `${name}.csv`, `${name}.schema.json`]).map((file) => ({ params: { file } }));

export const GET: APIRoute = async ({ params, site }) => {
	const atlas = await loadAtlas();
	const urlIn: UrlIn = (page: PageRef, locale: Locale) => absoluteUrl(page, locale, import.meta.env.BASE_URL, site);
	const files: Record<string, () => [string, string]> = {
		'meetings.json': () => [pretty(meetingsData(atlas, urlIn)), json],
		'actors.json': () => [pretty(actorsData(atlas, urlIn)), json],
		'areas.json': () => [pretty(areasData(atlas, urlIn)), json],
		'meetings.csv': () => [meetingsCsv(meetingsData(atlas, urlIn)), csvType],
		'actors.csv': () => [actorsCsv(actorsData(atlas, urlIn)), csvType],
		'areas.csv': () => [areasCsv(areasData(atlas, urlIn)), csvType],
		'meetings.schema.json': () => [schemaOf(meetingDataSchema), json],
		'actors.schema.json': () => [schemaOf(actorDataSchema), json],
		'areas.schema.json': () => [schemaOf(areaDataSchema), json],
	};
	const [body, type] = files[params.file!]!();
	return new Response(body, { headers: { 'Content-Type': type } });
};
