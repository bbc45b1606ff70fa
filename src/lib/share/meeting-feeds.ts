/** The meetings as an RSS feed and as a calendar, in one language; pure, from the atlas. */
import type { Locale } from '../../schemas/common.ts';
import type { Translate } from '../../i18n/translate.ts';
import { entityName, meetingPlaceName, meetingTitle } from '../site/names.ts';
import { pageDescription } from '../site/titles.ts';
import type { UrlOf } from './structured-data.ts';
import type { Atlas } from '../atlas.ts';
import type { Calendar } from './ical.ts';
import type { Feed } from './rss.ts';

/** The RSS feed of meetings, newest first; each item's text gives the date at its real precision. */
export function meetingFeed(atlas: Atlas, locale: Locale, urlOf: UrlOf, selfUrl: string, t: Translate): Feed {
	return {
		title: t('feed.title'),
		link: urlOf({ kind: 'timeline' }),
		selfUrl,
		description: t('feed.description'),
		language: locale,
		items: [...atlas.meetings]
			.reverse()
			.map((meeting) => ({
				title: meetingTitle(atlas, meeting, locale),
				link: urlOf({ kind: 'meeting', id: meeting.id }),
				description: pageDescription(atlas, { kind: 'meeting', id: meeting.id }, locale, t),
				categories: meeting.record.areas.flatMap((area) => (area.id ? [entityName(atlas, 'area', area.id, locale) ?? area.id] : [])),
			})),
	};
}

/** The calendar of meetings known to the day; the others are named in its description. */
export function meetingCalendar(atlas: Atlas, locale: Locale, urlOf: UrlOf, host: string, t: Translate): Calendar {
	const meetings = atlas.meetings;
	const dated = meetings.filter((meeting) => meeting.record.date.precision === 'day');
	const leftOut = meetings.filter((meeting) => meeting.record.date.precision !== 'day');
	const description = [
		t('calendar.description'),
		...(leftOut.length > 0 ? [t('calendar.leftOut', { meetings: leftOut.map((meeting) => `${meetingTitle(atlas, meeting, locale)} ${urlOf({ kind: 'meeting', id: meeting.id })}`).join('; ') })] : []),
	].join(' ');
	return {
		name: t('calendar.name'),
		description,
		language: locale,
		events: dated.map((meeting) => {
			const { record } = meeting;
			const url = urlOf({ kind: 'meeting', id: meeting.id });
			return {
				uid: `${meeting.id}@${host}`,
				day: record.date.value,
				...(record.date.end ? { lastDay: record.date.end } : {}),
				summary: meetingTitle(atlas, meeting, locale),
				description: `${pageDescription(atlas, { kind: 'meeting', id: meeting.id }, locale, t)} ${url}`,
				location: meetingPlaceName(atlas, record, locale),
				url,
			};
		}),
	};
}
