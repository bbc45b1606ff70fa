/** The ingest's real calendar, content/ingest/calendar.yaml: valid, and not repeating the site's own events. */
import { describe, expect, it } from 'vitest';
import { readCalendar, readGazetteer } from '../../../src/io/read-content.ts';
import { calendarSchema } from '../../../src/schemas/calendar.ts';
import { root } from '../helpers.ts';

describe('the ingest calendar', () => {
	const result = calendarSchema.safeParse(readCalendar(root));

	it('passes its schema', () => {
		expect(result.error?.issues ?? []).toEqual([]);
	});

	it('reaches the gazetteer, and leaves to content/events the summits the site presents', () => {
		const gazetteer = readGazetteer(root);
		expect(gazetteer.calendar.map((entry) => entry.id)).toEqual(result.data!.map((entry) => entry.id));
		const eventDays = new Set(gazetteer.events.map((event) => event.date?.value));
		expect(gazetteer.calendar.filter((entry) => eventDays.has(entry.date!.value))).toEqual([]);
	});
});
