/**
 * Resolves the expression that dates the meeting at its honest precision: stated only when the
 * text prints it in full, else inferred from the publication anchor, the text's own year, a dated
 * event it says is to come, or the curator's year, with every step of the basis in words.
 */
import type { LocalizedText } from '../../../schemas/common.ts';
import type { DatePrecision } from '../../../schemas/date.ts';
import type { EventCueEntry } from '../gazetteer/index.ts';
import { type Block, fold } from '../text/index.ts';
import { addDays, isoDay, isoWeekday, weekdayNear, type Day } from './calendar.ts';
import { englishWeekdays, frenchWeekdays, type DatePoint } from './date-expressions.ts';
import { formatDay, formatFuzzyDate, isoValue, isValidDay, monthNames } from './fuzzy-dates.ts';
import { futureCue, type LocatedExpression } from './located-expressions.ts';
import { anchorWords, yearFrom, type PublicationAnchor } from './publication-anchor.ts';
import { dateBeforeEvent, findUpcomingEvents, pickUpcomingEvent } from './upcoming-event.ts';
import { latestPastYear, type YearEvidence } from './year-evidence.ts';

/** What the curator may give besides the text. */
export interface WireDateOptions {
	/** The id of the source, for citations. */
	source: string;
	/** The year, when the text gives none and none can be inferred. */
	year?: number;
	/** The meeting's date, "YYYY-MM-DD" or "YYYY-MM", when the text does not give it; recorded as inferred, given by the curator. */
	date?: string;
	/** Why the curator gave that date, in their words; the basis quotes it. */
	dateBasis?: string;
	/** The article's address, whose path often carries its publication day ("/2018/0412/", "/2023-10-20/"). */
	url?: string;
	/** The years in which to look for a weekday that fits a day and month; 1991–2040 unless given. */
	years?: { from: number; to: number };
}

/** A sentence on whether the day is the weekday the text gives: " Le 29 novembre 2022 est bien un mardi." */
function weekdayCheck(date: Day, weekday: number | undefined): LocalizedText {
	if (weekday === undefined) return { fr: '', en: '' };
	const fits = isoWeekday(date) === weekday;
	return fits
		? { fr: ` Le ${formatDay(date, 'fr')} est bien un ${frenchWeekdays[weekday - 1]}.`, en: ` ${formatDay(date, 'en')} is indeed a ${englishWeekdays[weekday - 1]}.` }
		: { fr: ` Attention : le ${formatDay(date, 'fr')} n'est pas un ${frenchWeekdays[weekday - 1]}.`, en: ` Beware: ${formatDay(date, 'en')} is not a ${englishWeekdays[weekday - 1]}.` };
}

export interface Resolution {
	value: string;
	precision: DatePrecision;
	end?: string;
	inferred: boolean;
	basis?: LocalizedText;
	extraParagraphs?: string[];
}

export type Resolved = { ok: true; resolution: Resolution } | { ok: false; reason: LocalizedText; candidates?: string[] };

/** The point of a day-month expression as an ISO value at its precision. */
function valueOf(year: number, point: DatePoint): { value: string; precision: DatePrecision } {
	if (point.month === undefined) return { value: isoValue(year), precision: 'year' };
	if (point.day === undefined) return { value: isoValue(year, point.month), precision: 'month' };
	return { value: isoValue(year, point.month, point.day), precision: 'day' };
}

/** Resolves the chosen expression against the anchor, the text's own year or the curator's. */
export function resolveExpression(
	chosen: LocatedExpression,
	anchor: PublicationAnchor | null,
	evidence: YearEvidence | null,
	expressions: LocatedExpression[],
	options: WireDateOptions,
): Resolved {
	const future = futureCue.test(fold(chosen.sentence));
	const said = { fr: `Le texte dit « ${chosen.written} » (${chosen.paragraph})`, en: `The text says “${chosen.written}” (${chosen.paragraph})` };
	const { start, end } = chosen;

	// Printed in full: stated.
	if (chosen.form !== 'relative' && chosen.form !== 'weekday' && start.year !== undefined && (chosen.form !== 'range' || end?.year !== undefined)) {
		const first = valueOf(start.year, start);
		return { ok: true, resolution: { ...first, ...(end ? { end: valueOf(end.year ?? start.year, end).value } : {}), inferred: false } };
	}

	// An anchor with a year: the publication stamp or address; an update stamp only with a year from elsewhere.
	const anchorYear = anchor?.year ?? (anchor ? (evidence?.year ?? options.year) : undefined);
	const anchorDay: Day | null = anchor && anchorYear !== undefined && anchor.day !== undefined ? { year: anchorYear, month: anchor.month, day: anchor.day } : null;
	const words = anchor ? anchorWords(anchor) : null;
	const yearSource = anchor && anchor.year === undefined && anchorYear !== undefined
		? evidence?.year === anchorYear
			? { fr: ` ; l'année ${anchorYear} est déduite du texte : ${evidence.basis(chosen.written, chosen.paragraph!, start.month).fr}`, en: `; the year ${anchorYear} is inferred from the text: ${evidence.basis(chosen.written, chosen.paragraph!, start.month).en}` }
			: { fr: ` ; l'année ${anchorYear} est fournie par la personne qui a importé le texte`, en: `; the year ${anchorYear} was supplied by the curator` }
		: { fr: '', en: '' };
	const anchorAt = anchorDay
		? { fr: `${words!.fr} date du ${formatDay(anchorDay, 'fr')}${yearSource.fr}`, en: `${words!.en} dates from ${formatDay(anchorDay, 'en')}${yearSource.en}` }
		: null;

	if (chosen.form === 'relative') {
		const shift = chosen.relative!;
		if (shift.from === 'event') return { ok: false, reason: { fr: `${said.fr} : ce mot compte à partir d'un autre événement du texte, pas de la date de publication.`, en: `${said.en}: this word counts from another event of the text, not from the publication day.` } };
		if (!anchorDay) return { ok: false, reason: { fr: `${said.fr} : ce mot compte à partir du jour de publication, que le texte ne donne pas.`, en: `${said.en}: this word counts from the publication day, which the text does not give.` } };
		if (shift.unit === 'day') {
			const date = addDays(anchorDay, shift.offset);
			return { ok: true, resolution: { value: isoDay(date), precision: 'day', inferred: true, basis: { fr: `${said.fr} ; ${anchorAt!.fr}, d'où le ${formatDay(date, 'fr')}.`, en: `${said.en}; ${anchorAt!.en}, hence ${formatDay(date, 'en')}.` } } };
		}
		if (shift.unit === 'week') {
			const monday = addDays(weekdayNear(anchorDay, 1, -1), 7 * shift.offset);
			const sunday = addDays(monday, 6);
			return { ok: true, resolution: { value: isoDay(monday), end: isoDay(sunday), precision: 'day', inferred: true, basis: { fr: `${said.fr} ; ${anchorAt!.fr}, d'où la semaine du ${formatDay(monday, 'fr')} au ${formatDay(sunday, 'fr')}.`, en: `${said.en}; ${anchorAt!.en}, hence the week from ${formatDay(monday, 'en')} to ${formatDay(sunday, 'en')}.` } } };
		}
		if (shift.unit === 'month') {
			const index = anchorDay.year * 12 + anchorDay.month - 1 + shift.offset;
			const value = isoValue(Math.floor(index / 12), (index % 12) + 1);
			return { ok: true, resolution: { value, precision: 'month', inferred: true, basis: { fr: `${said.fr} ; ${anchorAt!.fr}, d'où ${formatFuzzyDate(value, 'month', 'fr')}.`, en: `${said.en}; ${anchorAt!.en}, hence ${formatFuzzyDate(value, 'month', 'en')}.` } } };
		}
		const value = String(anchorDay.year + shift.offset);
		return { ok: true, resolution: { value, precision: 'year', inferred: true, basis: { fr: `${said.fr} ; ${anchorAt!.fr}, d'où ${value}.`, en: `${said.en}; ${anchorAt!.en}, hence ${value}.` } } };
	}

	if (chosen.form === 'weekday' || (chosen.form === 'range' && start.day === undefined && start.weekday !== undefined)) {
		if (anchorDay) {
			const strict = chosen.qualifier !== undefined;
			const direction = chosen.qualifier === 'next' || (chosen.qualifier === undefined && future) ? 1 : -1;
			const first = weekdayNear(anchorDay, start.weekday!, direction, strict);
			const side = direction === -1
				? { fr: `le ${frenchWeekdays[start.weekday! - 1]} le plus récent à cette date`, en: `the latest ${englishWeekdays[start.weekday! - 1]} on or before it` }
				: { fr: `le premier ${frenchWeekdays[start.weekday! - 1]} à partir de cette date`, en: `the first ${englishWeekdays[start.weekday! - 1]} on or after it` };
			if (chosen.form === 'range') {
				const last = weekdayNear(first, end!.weekday!, 1);
				return { ok: true, resolution: { value: isoDay(first), end: isoDay(last), precision: 'day', inferred: true, basis: { fr: `${said.fr} ; ${anchorAt!.fr}, et ${side.fr} est le ${formatDay(first, 'fr')}, d'où du ${formatDay(first, 'fr')} au ${formatDay(last, 'fr')}.`, en: `${said.en}; ${anchorAt!.en}, and ${side.en} is ${formatDay(first, 'en')}, hence ${formatDay(first, 'en')} to ${formatDay(last, 'en')}.` } } };
			}
			return { ok: true, resolution: { value: isoDay(first), precision: 'day', inferred: true, basis: { fr: `${said.fr} sans autre date ; ${anchorAt!.fr}, et ${side.fr} est le ${formatDay(first, 'fr')}.`, en: `${said.en} with no other date; ${anchorAt!.en}, and ${side.en} is ${formatDay(first, 'en')}.` } } };
		}
		const year = anchor?.year ?? evidence?.year ?? options.year;
		if (year !== undefined) {
			const basis = anchor?.year !== undefined
				? { fr: `${said.fr}, sans jour ni mois ; ${words!.fr} ne donne que ${year}.`, en: `${said.en}, with no day or month; ${words!.en} gives only ${year}.` }
				: evidence
					? (() => { const inferred = evidence.basis(chosen.written, chosen.paragraph!, undefined); return { fr: `${inferred.fr} Le jour et le mois restent inconnus.`, en: `${inferred.en} The day and month remain unknown.` }; })()
					: { fr: `Année fournie par la personne qui a importé le texte : le texte dit seulement « ${chosen.written} » (${chosen.paragraph}), sans jour ni mois.`, en: `Year supplied by the curator who imported the text: the text says only "${chosen.written}" (${chosen.paragraph}), with no day or month.` };
			return { ok: true, resolution: { value: String(year), precision: 'year', inferred: true, basis, ...(evidence && anchor?.year === undefined ? { extraParagraphs: [evidence.paragraph] } : {}) } };
		}
		const partial = anchor ? { fr: ` ; ${words!.fr} ne donne pas l'année`, en: `; ${words!.en} does not give the year` } : { fr: ' ; le texte ne donne aucune date de publication', en: '; the text gives no publication date' };
		return { ok: false, reason: { fr: `${said.fr}, un jour de la semaine sans date${partial.fr}, et aucune année ne peut en être déduite.`, en: `${said.en}, a weekday without a date${partial.en}, and no year can be inferred.` } };
	}

	// A day and month, a range or a month, without year.
	let startPoint: DatePoint = { ...start };
	let endPoint: DatePoint | undefined = end ? { ...end } : undefined;
	if (startPoint.month === undefined && anchor) {
		// "du 12 au 14": the month of the anchor, or the next (or previous) one if the days have passed.
		const ahead = future ? (startPoint.day ?? 1) < (anchor.day ?? 1) : (endPoint?.day ?? startPoint.day ?? 1) > (anchor.day ?? 31);
		const month = ahead ? (future ? (anchor.month % 12) + 1 : ((anchor.month + 10) % 12) + 1) : anchor.month;
		startPoint = { ...startPoint, month };
		if (endPoint) endPoint = { ...endPoint, month };
	}
	if (startPoint.month === undefined) {
		return { ok: false, reason: { fr: `${said.fr}, des jours sans mois ni année, et le texte ne donne pas de date de publication.`, en: `${said.en}, days without month or year, and the text gives no publication date.` } };
	}
	const withEnd = (year: number, resolution: Omit<Resolution, 'value' | 'precision'>): Resolution => {
		const first = valueOf(year, startPoint);
		const endYear = endPoint && endPoint.month !== undefined && endPoint.month < startPoint.month! ? year + 1 : year;
		return { ...first, ...(endPoint ? { end: valueOf(endYear, endPoint).value } : {}), ...resolution };
	};
	const dayOf = (year: number): Day | null => (startPoint.day !== undefined ? { year, month: startPoint.month!, day: startPoint.day } : null);

	if (anchor && anchorYear !== undefined) {
		const year = yearFrom({ year: anchorYear, month: anchor.month, day: anchor.day }, startPoint.month, startPoint.day, future);
		const day = dayOf(year);
		if (day && !isValidDay(day.year, day.month, day.day)) return { ok: false, reason: { fr: `${said.fr} : ce jour n'existe pas en ${year}.`, en: `${said.en}: that day does not exist in ${year}.` } };
		const check = day ? weekdayCheck(day, startPoint.weekday) : { fr: '', en: '' };
		const anchorText = anchorAt ?? { fr: `${words!.fr} donne ${anchorYear}${yearSource.fr}`, en: `${words!.en} gives ${anchorYear}${yearSource.en}` };
		const shifted = year !== anchorYear ? { fr: `, et la date est ${future ? 'à venir' : 'passée'} à ce moment-là, d'où ${year}`, en: `, and the date is ${future ? 'ahead' : 'past'} at that time, hence ${year}` } : { fr: `, d'où ${year}`, en: `, hence ${year}` };
		const noMonth = start.month === undefined ? { fr: ` (le mois est celui de ${words!.fr})`, en: ` (the month is that of ${words!.en})` } : { fr: '', en: '' };
		return {
			ok: true,
			resolution: withEnd(year, {
				inferred: true,
				basis: { fr: `${said.fr} sans l'année${noMonth.fr} ; ${anchorText.fr}${shifted.fr}.${check.fr}`, en: `${said.en} without the year${noMonth.en}; ${anchorText.en}${shifted.en}.${check.en}` },
			}),
		};
	}
	if (evidence) {
		const day = dayOf(evidence.year);
		const basis = evidence.basis(chosen.written, chosen.paragraph!, startPoint.month);
		const check = day ? weekdayCheck(day, startPoint.weekday) : { fr: '', en: '' };
		return { ok: true, resolution: withEnd(evidence.year, { inferred: true, basis: { fr: basis.fr + check.fr, en: basis.en + check.en }, extraParagraphs: [evidence.paragraph] }) };
	}
	if (options.year !== undefined) {
		const value = valueOf(options.year, startPoint);
		return {
			ok: true,
			resolution: withEnd(options.year, {
				inferred: true,
				basis: {
					fr: `Année fournie par la personne qui a importé le texte : le texte dit seulement « ${chosen.written} » (${chosen.paragraph}), soit ${formatFuzzyDate(value.value, value.precision, 'fr')}.`,
					en: `Year supplied by the curator who imported the text: the text says only "${chosen.written}"${startPoint.month ? ` (in ${monthNames.en[startPoint.month - 1]})` : ''} (${chosen.paragraph}), that is ${formatFuzzyDate(value.value, value.precision, 'en')}.`,
				},
			}),
		};
	}
	if (startPoint.weekday !== undefined && startPoint.day !== undefined) {
		// No year anywhere: the years in which that day and month fall on that weekday.
		const window = options.years ?? { from: 1991, to: 2040 };
		const fitting: number[] = [];
		for (let year = window.from; year <= window.to; year++) {
			if (isValidDay(year, startPoint.month, startPoint.day) && isoWeekday({ year, month: startPoint.month, day: startPoint.day }) === startPoint.weekday) fitting.push(year);
		}
		const past = latestPastYear(expressions);
		const narrowed = past ? fitting.filter((year) => year >= past.start.year!) : fitting;
		const dayMonth = { fr: `le ${startPoint.day === 1 ? '1er' : startPoint.day} ${monthNames.fr[startPoint.month - 1]}`, en: `${startPoint.day} ${monthNames.en[startPoint.month - 1]}` };
		const fits = { fr: `de ${window.from} à ${window.to}, ${dayMonth.fr} tombe un ${frenchWeekdays[startPoint.weekday - 1]} en ${fitting.join(', ') || 'aucune année'}`, en: `from ${window.from} to ${window.to}, ${dayMonth.en} falls on a ${englishWeekdays[startPoint.weekday - 1]} in ${fitting.join(', ') || 'no year'}` };
		const bound = past ? { fr: ` ; le texte parle de « ${past.written} » (${past.paragraph}) comme d'un fait passé, ce qui laisse ${narrowed.join(', ') || 'aucune année'}`, en: `; the text speaks of “${past.written}” (${past.paragraph}) as past, which leaves ${narrowed.join(', ') || 'no year'}` } : { fr: '', en: '' };
		if (narrowed.length === 1) {
			return { ok: true, resolution: withEnd(narrowed[0]!, { inferred: true, basis: { fr: `${said.fr} sans l'année ni date de publication ; ${fits.fr}${bound.fr}.`, en: `${said.en} without the year or a publication date; ${fits.en}${bound.en}.` }, ...(past ? { extraParagraphs: [past.paragraph!] } : {}) }) };
		}
		return { ok: false, candidates: narrowed.map(String), reason: { fr: `${said.fr} sans l'année ni date de publication ; ${fits.fr}${bound.fr} : plusieurs années possibles.`, en: `${said.en} without the year or a publication date; ${fits.en}${bound.en}: several years are possible.` } };
	}
	const past = latestPastYear(expressions);
	const bound = past ? { fr: ` (au plus tôt ${past.start.year} : le texte parle de « ${past.written} » comme d'un fait passé)`, en: ` (${past.start.year} at the earliest: the text speaks of “${past.written}” as past)` } : { fr: '', en: '' };
	return { ok: false, reason: { fr: `${said.fr} sans l'année, le texte ne donne pas de date de publication, et aucune année ne peut en être déduite${bound.fr}.`, en: `${said.en} without the year; the text gives no publication date, and no year can be inferred${bound.en}.` } };
}

/**
 * Dates a meeting that its lead reports without a date from the wire dateline opening that lead:
 * inferred, never stated, since the dispatch only shows the day it was filed.
 */
export function resolveFromDateline(dateline: LocatedExpression, anchor: PublicationAnchor | null, evidence: YearEvidence | null, options: WireDateOptions): Resolved {
	const { month, day } = dateline.start as { month: number; day: number };
	const year = dateline.start.year ?? anchor?.year ?? evidence?.year ?? options.year;
	const where = { fr: `« ${dateline.dateline} », ${dateline.paragraph}`, en: `“${dateline.dateline}”, ${dateline.paragraph}` };
	const noOtherDate = { fr: 'la phrase qui rapporte la rencontre ne donne pas d\'autre date : la rencontre est supposée du jour même de la dépêche', en: 'the sentence that reports the meeting gives no other date: the meeting is taken to be the day of the dispatch' };
	if (year === undefined || !isValidDay(year, month, day)) {
		return { ok: false, reason: { fr: `La dépêche est datée du ${day === 1 ? '1er' : day} ${monthNames.fr[month - 1]} (${where.fr}) sans l'année, et ${noOtherDate.fr}, mais aucune année ne peut être déduite.`, en: `The dispatch is dated ${day} ${monthNames.en[month - 1]} (${where.en}) without the year, and ${noOtherDate.en}, but no year can be inferred.` } };
	}
	const date: Day = { year, month, day };
	const yearSource = dateline.start.year !== undefined
		? { fr: '', en: '' }
		: anchor?.year === year && anchor.yearFrom
			? anchor.yearFrom.from === 'url'
				? { fr: `, l'année venant de l'adresse de l'article « ${anchor.yearFrom.written} »`, en: `, the year coming from the article's address “${anchor.yearFrom.written}”` }
				: { fr: `, l'année venant de l'horodatage de mise à jour « ${anchor.yearFrom.written} »`, en: `, the year coming from the update stamp “${anchor.yearFrom.written}”` }
			: evidence?.year === year
				? { fr: ` ; ${evidence.basis(dateline.written, dateline.paragraph!, month).fr.replace(/\.$/u, '')}`, en: `; ${evidence.basis(dateline.written, dateline.paragraph!, month).en.replace(/\.$/u, '')}` }
				: { fr: `, l'année étant fournie par la personne qui a importé le texte`, en: `, the year being supplied by the curator` };
	return {
		ok: true,
		resolution: {
			value: isoDay(date),
			precision: 'day',
			inferred: true,
			basis: { fr: `La dépêche est datée du ${formatDay(date, 'fr')} (${where.fr})${yearSource.fr} ; ${noOtherDate.fr}.`, en: `The dispatch is dated ${formatDay(date, 'en')} (${where.en})${yearSource.en}; ${noOtherDate.en}.` },
			...(evidence?.year === year && dateline.start.year === undefined && anchor?.year !== year ? { extraParagraphs: [evidence.paragraph] } : {}),
		},
	};
}

/**
 * With no publication day, dates the meeting from a dated event its paragraph says is to come
 * (see upcoming-event.ts); null when there is an anchor, no such event, or more than one.
 */
export function resolveBeforeEvent(blocks: Block[], chosen: LocatedExpression, events: EventCueEntry[], anchor: PublicationAnchor | null, expressions: LocatedExpression[]): Resolved | null {
	if (anchor?.day !== undefined || chosen.paragraph === null || chosen.start.year !== undefined) return null;
	const paragraph = blocks.find((block) => block.id === chosen.paragraph)!;
	const upcoming = findUpcomingEvents({ id: chosen.paragraph, text: paragraph.text }, events, futureCue, latestPastYear(expressions)?.start.year);
	const picked = pickUpcomingEvent(chosen, upcoming);
	const date = picked ? dateBeforeEvent({ ...chosen, paragraph: chosen.paragraph }, picked.upcoming, picked.year) : null;
	return date ? { ok: true, resolution: { ...date, inferred: true } } : null;
}
