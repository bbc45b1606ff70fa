/**
 * Dates a meeting from an event of known date that the text says is still to come: "a atterri
 * dimanche à Tianjin … Il assistera au sommet de l'OCS", "est arrivé hier au Kazakhstan … se
 * rendra à Samarcande pour le sommet". The event's date comes from content/events or from the
 * ingest's calendar of recurring summits (content/ingest/calendar.yaml), both editorial; the
 * meeting is taken to come shortly before it. Used only when the text gives no publication day
 * and no year of its own. Pure.
 */
import { addDays, isoDay, weekdayNear, type Day } from './calendar.ts';
import { englishWeekdays, findDateExpressions, frenchWeekdays, type DateExpression } from './date-expressions.ts';
import { formatDay, formatFuzzyDate, isoValue } from './fuzzy-dates.ts';
import { hasCue, type EventCueEntry } from '../gazetteer/index.ts';
import { fold, splitSentences } from '../text/index.ts';
import type { LocalizedText } from '../../../schemas/common.ts';
import type { DatePrecision } from '../../../schemas/date.ts';

/** How far before a dated event a meeting tied to it is looked for, in days. */
const leadTime = 14;

/** An event the text puts after the meeting, with the day it starts. */
export interface UpcomingEvent {
	event: EventCueEntry & { date: NonNullable<EventCueEntry['date']> };
	start: Day;
	/** The paragraph that names it. */
	paragraph: string;
}

/** The meeting's date as inferred from the event, at the precision it allows. */
export interface DateBeforeEvent {
	value: string;
	precision: DatePrecision;
	end?: string;
	basis: LocalizedText;
	extraParagraphs: string[];
}

const dayOf = (value: string): Day => {
	const [year, month, day] = value.split('-').map(Number);
	return { year: year!, month: month ?? 1, day: day ?? 1 };
};
const daysBetween = (from: Day, to: Day) => (Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86_400_000;

/** Whether a sentence dates the event itself, as the calendar does: "le sommet … les 15 et 16 septembre". */
function datesEvent(sentence: string, start: Day): boolean {
	return findDateExpressions(sentence).some((expression) => expression.start.month === start.month && expression.start.day === start.day && (expression.start.year ?? start.year) === start.year);
}

/**
 * The dated events a paragraph names in a sentence about things to come ("Il assistera au
 * sommet", "se rendra à … pour le sommet"); an event's cue may spread over the paragraph. Events
 * before the latest year the text gives to a past event are left out ("après sa visite en mai
 * 2024": not a 2012 summit). When the text dates the event itself, only the events of that date
 * remain ("pour le sommet …, les 15 et 16 septembre").
 */
export function findUpcomingEvents(paragraph: { id: string; text: string }, events: EventCueEntry[], futureCue: RegExp, notBefore?: number): UpcomingEvent[] {
	const futureSentences = splitSentences(paragraph.text).map((sentence) => sentence.text).filter((sentence) => futureCue.test(fold(sentence)));
	if (futureSentences.length === 0) return [];
	const named = events
		.filter((event): event is UpcomingEvent['event'] => event.date !== undefined && event.date.precision === 'day')
		.filter((event) => notBefore === undefined || Number(event.date.value.slice(0, 4)) >= notBefore)
		.flatMap((event) => {
			const cue = event.cues.find((candidate) => hasCue(paragraph.text, candidate) && futureSentences.some((sentence) => hasCue(sentence, candidate.slice(0, 1))));
			if (!cue) return [];
			const start = dayOf(event.date.value);
			const confirmed = futureSentences.some((sentence) => hasCue(sentence, cue.slice(0, 1)) && datesEvent(sentence, start));
			return [{ event, start, paragraph: paragraph.id, confirmed }];
		});
	const confirmed = named.filter((candidate) => candidate.confirmed);
	return (confirmed.length > 0 ? confirmed : named).map(({ confirmed: _, ...candidate }) => candidate);
}

/**
 * Of the upcoming events, the one the meeting's expression can fall shortly before: for a day and
 * month, the event within two weeks after it; otherwise the only event named.
 */
export function pickUpcomingEvent(expression: DateExpression, candidates: UpcomingEvent[]): { upcoming: UpcomingEvent; year: number } | null {
	const { start } = expression;
	if (start.month !== undefined && start.day !== undefined) {
		const fitting = candidates.flatMap((candidate) => {
			const year = candidate.start.year - (start.month! > candidate.start.month ? 1 : 0);
			const gap = daysBetween({ year, month: start.month!, day: start.day! }, candidate.start);
			return gap >= -leadTime && gap <= leadTime ? [{ upcoming: candidate, year }] : [];
		});
		return fitting.length === 1 ? fitting[0]! : null;
	}
	const distinct = [...new Map(candidates.map((candidate) => [candidate.event.id, candidate])).values()];
	return distinct.length === 1 ? { upcoming: distinct[0]!, year: distinct[0]!.start.year } : null;
}

/**
 * The meeting's date, from the words that date it and the event that follows it.
 * "dimanche" before a summit on Sunday 31 August 2025 → 2025-08-31; "hier" before a summit on
 * 15 September 2022 → September 2022; "du 24 au 26 octobre" → that year's days.
 */
export function dateBeforeEvent(expression: DateExpression & { paragraph: string }, upcoming: UpcomingEvent, year: number): DateBeforeEvent | null {
	const { event, start: eventDay } = upcoming;
	const said = { fr: `Le texte dit « ${expression.written} » (${expression.paragraph})`, en: `The text says “${expression.written}” (${expression.paragraph})` };
	// "Note éditoriale : dates des sommets …." → "(note éditoriale : dates des sommets …)".
	const quoted = (text: string) => text.charAt(0).toLowerCase() + text.slice(1).replace(/\.$/u, '');
	const note = event.note
		? { fr: quoted(event.note.fr), en: quoted(event.note.en) }
		: { fr: event.date.inferred ? 'note éditoriale' : 'date établie', en: event.date.inferred ? 'editorial note' : 'established date' };
	const eventWords = {
		fr: `et place ensuite l'événement « ${event.name.fr} » (${upcoming.paragraph}), ouvert le ${formatDay(eventDay, 'fr')} (${note.fr})`,
		en: `and puts the event "${event.name.en}" after it (${upcoming.paragraph}), which opened on ${formatDay(eventDay, 'en')} (${note.en})`,
	};
	const extraParagraphs = [upcoming.paragraph];
	const { start, end } = expression;

	if (start.month !== undefined) {
		const value = start.day !== undefined ? isoValue(year, start.month, start.day) : isoValue(year, start.month);
		const endValue = end?.day !== undefined ? isoValue(end.month !== undefined && end.month < start.month ? year + 1 : year, end.month ?? start.month, end.day) : undefined;
		return {
			value,
			precision: start.day !== undefined ? 'day' : 'month',
			...(endValue ? { end: endValue } : {}),
			basis: { fr: `${said.fr} sans l'année ${eventWords.fr}, d'où ${year}.`, en: `${said.en} without the year ${eventWords.en}, hence ${year}.` },
			extraParagraphs,
		};
	}
	if (expression.form === 'weekday' && start.weekday !== undefined) {
		const date = weekdayNear(eventDay, start.weekday, -1);
		const name = { fr: frenchWeekdays[start.weekday - 1], en: englishWeekdays[start.weekday - 1] };
		return {
			value: isoDay(date),
			precision: 'day',
			basis: {
				fr: `${said.fr}, un jour de la semaine sans date, ${eventWords.fr} ; le ${name.fr} le plus récent à cette date est le ${formatDay(date, 'fr')}.`,
				en: `${said.en}, a weekday without a date, ${eventWords.en}; the latest ${name.en} on or before it is ${formatDay(date, 'en')}.`,
			},
			extraParagraphs,
		};
	}
	if (expression.form === 'relative') {
		// "hier", "la semaine prochaine": the day is unknown, but the days before the event are in its month unless it opens early in one.
		const weekBefore = addDays(eventDay, -7);
		const sameMonth = weekBefore.month === eventDay.month;
		const value = sameMonth ? isoValue(eventDay.year, eventDay.month) : isoValue(eventDay.year);
		const precision: DatePrecision = sameMonth ? 'month' : 'year';
		return {
			value,
			precision,
			basis: {
				fr: `${said.fr}, qui compte à partir d'un jour de publication que le texte ne donne pas, ${eventWords.fr} ; la rencontre est donc dans les jours qui le précèdent, soit ${formatFuzzyDate(value, precision, 'fr')}, le jour restant inconnu.`,
				en: `${said.en}, which counts from a publication day the text does not give, ${eventWords.en}; the meeting is therefore in the days before it, that is ${formatFuzzyDate(value, precision, 'en')}, the day remaining unknown.`,
			},
			extraParagraphs,
		};
	}
	return null;
}

