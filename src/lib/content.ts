/**
 * The only module that reads `astro:content`: it returns sorted, ready-to-render view models.
 * Pages and components never call getCollection themselves.
 */
import { getCollection } from 'astro:content';
import { formatFuzzyDate } from './ingest/dates.ts';

/** A meeting as listed on the home page. */
export interface MeetingSummary {
	id: string;
	title: string;
	date: string;
	dateLabel: string;
	inferred: boolean;
}

/** The French original meetings, newest first: [{ id: "2025-04-25-almaty", dateLabel: "25 avril 2025", … }]. */
export async function getMeetingSummaries(): Promise<MeetingSummary[]> {
	const meetings = await getCollection('meetings', (entry) => entry.data.kind === 'original');
	return meetings
		.flatMap((entry) => (entry.data.kind === 'original' ? [{ id: entry.id.replace(/^fr\//, ''), data: entry.data }] : []))
		.map(({ id, data }) => ({
			id,
			title: data.title,
			date: data.date.value,
			dateLabel: formatFuzzyDate(data.date.value, data.date.precision, 'fr'),
			inferred: data.date.inferred,
		}))
		.sort((a, b) => b.date.localeCompare(a.date));
}
