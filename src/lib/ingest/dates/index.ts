/**
 * Step 3, the date: every date expression of wire copy, the publication anchor, the expression
 * that dates the meeting and its resolution with its basis in words; and dates as precise as
 * known, as they read and as they order.
 */
export { extractWireDate } from './wire-date.ts';
export { compareDates, datePhrase, dateSpanPhrase, findDayDates, findMonthMentions, findYearsAgo, formatDateSpan, formatFuzzyDate, isCuratorDate, isoValue, monthNames } from './fuzzy-dates.ts';
