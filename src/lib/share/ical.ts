/**
 * An iCalendar (RFC 5545) feed of meetings as all-day events. A meeting known only to the month
 * is left out rather than pinned to a day the source does not give; the calendar's description
 * says so and names them.
 */

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

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
	return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets, as RFC 5545 asks, without splitting a UTF-8 character. */
export function foldLine(line: string): string {
	const encoder = new TextEncoder();
	const parts: string[] = [];
	let current = '';
	let size = 0;
	for (const character of line) {
		const length = encoder.encode(character).length;
		// The first line holds 75 octets; continuation lines start with a space, so 74.
		if (size + length > (parts.length === 0 ? 75 : 74)) {
			parts.push(current);
			current = '';
			size = 0;
		}
		current += character;
		size += length;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

const compact = (day: string) => day.replaceAll('-', '');

/** The day after a day: nextDay("2025-04-30") → "2025-05-01" (DTEND of an all-day event is exclusive). */
export function nextDay(day: string): string {
	const date = new Date(`${day}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + 1);
	return date.toISOString().slice(0, 10);
}

/** The calendar's text, CRLF line ends, folded lines. */
export function icalendar(calendar: Calendar): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Atlas Chine-Kirghizistan//Meetings//EN',
		'CALSCALE:GREGORIAN',
		`X-WR-CALNAME:${escapeText(calendar.name)}`,
		`X-WR-CALDESC:${escapeText(calendar.description)}`,
		...calendar.events.flatMap((event) => [
			'BEGIN:VEVENT',
			`UID:${event.uid}`,
			// DTSTAMP must be a date-time; the meeting's own day keeps the build reproducible.
			`DTSTAMP:${compact(event.day)}T000000Z`,
			`DTSTART;VALUE=DATE:${compact(event.day)}`,
			`DTEND;VALUE=DATE:${compact(nextDay(event.lastDay ?? event.day))}`,
			`SUMMARY;LANGUAGE=${calendar.language}:${escapeText(event.summary)}`,
			`DESCRIPTION;LANGUAGE=${calendar.language}:${escapeText(event.description)}`,
			...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
			`URL:${event.url}`,
			'TRANSP:TRANSPARENT',
			'END:VEVENT',
		]),
		'END:VCALENDAR',
	];
	return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
