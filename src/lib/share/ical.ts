/**
 * An iCalendar (RFC 5545) feed of meetings as all-day events, written by ical-generator (escaping,
 * line folding, the calendar's layout). A meeting known only to the month is left out rather than
 * pinned to a day the source does not give; the calendar's description says so and names them.
 */
import ical, { escape, foldLines, ICalEventTransparency } from 'ical-generator';

export interface CalendarEvent {
	uid: string;
	/** The day, "2025-04-25". */
	day: string;
	/** The last day of a meeting over several days. */
	lastDay?: string;
	summary: string;
	description: string;
	/** The venue, when the text states one. */
	location?: string;
	url: string;
}

export interface Calendar {
	name: string;
	description: string;
	language: string;
	events: CalendarEvent[];
}

/** The day after a day: nextDay("2025-04-30") → "2025-05-01" (DTEND of an all-day event is exclusive). */
export function nextDay(day: string): string {
	const date = new Date(`${day}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + 1);
	return date.toISOString().slice(0, 10);
}

// A calendar without a time zone has its dates written in UTC, so UTC midnight is the day itself.
const midnight = (day: string) => new Date(`${day}T00:00:00Z`);

/**
 * Tags the summaries and descriptions with their language: "SUMMARY:Almaty" → "SUMMARY;LANGUAGE=en:Almaty".
 * ical-generator takes no parameters on SUMMARY or DESCRIPTION, so its output is unfolded (RFC 5545
 * §3.1), tagged, and folded again by its own foldLines.
 */
function withLanguage(text: string, language: string): string {
	return foldLines(text.replaceAll('\r\n ', '').replace(/^(SUMMARY|DESCRIPTION):/gm, `$1;LANGUAGE=${language}:`));
}

/** The calendar's text, CRLF line ends, folded lines. */
export function icalendar(calendar: Calendar): string {
	const feed = ical({
		prodId: '//Atlas Chine-Kirghizistan//Meetings//EN',
		scale: 'GREGORIAN',
		// ical-generator writes the calendar's name and description (NAME, X-WR-CALNAME, X-WR-CALDESC)
		// as given, unlike an event's text; its own escape makes them TEXT values.
		name: escape(calendar.name, false),
		description: escape(calendar.description, false),
		events: calendar.events.map((event) => ({
			id: event.uid,
			// DTSTAMP must be a date-time; the meeting's own day, not the library's "now", keeps the build reproducible.
			stamp: midnight(event.day),
			allDay: true,
			start: midnight(event.day),
			end: midnight(nextDay(event.lastDay ?? event.day)),
			summary: event.summary,
			description: event.description,
			...(event.location ? { location: event.location } : {}),
			url: event.url,
			transparency: ICalEventTransparency.TRANSPARENT,
		})),
	});
	// RFC 5545's grammar ends the object with a CRLF too; the library stops at "END:VCALENDAR".
	return `${withLanguage(feed.toString(), calendar.language)}\r\n`;
}
