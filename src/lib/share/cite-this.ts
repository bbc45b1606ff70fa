/**
 * "Cite this": a plain reference and a BibTeX entry for a meeting or a source page, in the page's
 * language. They cite the atlas page (its permalink) and name the press text it rests on.
 */
import type { Locale } from '../../schemas/common.ts';
import type { Translate } from '../../i18n/translate.ts';
import { dateSpanPhrase } from '../ingest/dates/index.ts';
import { meetingTitle } from '../site/names.ts';
import { sourceParts } from '../site/queries.ts';
import type { Atlas } from '../atlas.ts';

export interface CiteThis {
	plain: string;
	bibtex: string;
}

/** Escapes BibTeX's special characters in a field value. */
export function escapeBibtex(text: string): string {
	return text.replace(/[\\{}%&$#_^~]/g, (character) => ({ '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', '%': '\\%', '&': '\\&', $: '\\$', '#': '\\#', _: '\\_', '^': '\\^{}', '~': '\\~{}' })[character]!);
}

/** A @misc entry; values are escaped, except the URL and the braced corporate author. */
function bibtex(key: string, fields: [string, string][]): string {
	const lines = fields.map(([name, value]) => `  ${name} = {${name === 'url' ? value : name === 'author' ? `{${escapeBibtex(value)}}` : escapeBibtex(value)}}`);
	return `@misc{${key},\n${lines.join(',\n')}\n}`;
}

const quoted = (text: string, locale: Locale) => (locale === 'fr' ? `« ${text} »` : `“${text}”`);

/** The citation of a meeting page. */
export function citeMeeting(atlas: Atlas, meetingId: string, locale: Locale, permalink: string, t: Translate): CiteThis | undefined {
	const meeting = atlas.byId.meetings.get(meetingId);
	if (!meeting) return undefined;
	const { record } = meeting;
	const title = meetingTitle(atlas, meeting, locale);
	const when = `${dateSpanPhrase(record.date, locale)}${record.date.inferred ? ` (${t('date.inferred')})` : ''}`;
	const basis = t('citeThis.basis', { source: record.source, sha: record.sourceSha256.slice(0, 12) });
	return {
		plain: `${t('site.name')}, ${quoted(title, locale)}, ${permalink}. ${t('citeThis.meeting', { when })}${t('punctuation.semicolon')}${basis}.`,
		bibtex: bibtex(`atlas-${meetingId}-${locale}`, [
			['author', t('site.name')],
			['title', title],
			['howpublished', t('citeThis.howpublished')],
			['url', permalink],
			['note', `${t('citeThis.meeting', { when })}${t('punctuation.semicolon')}${basis}`],
			['language', locale === 'fr' ? 'french' : 'english'],
		]),
	};
}

/** The citation of a source page: the press text, as the atlas keeps it. */
export function citeSource(atlas: Atlas, sourceId: string, locale: Locale, permalink: string, t: Translate): CiteThis | undefined {
	const source = atlas.byId.sources.get(sourceId);
	if (!source) return undefined;
	const meeting = atlas.meetingOfSource.get(sourceId);
	// An untitled text is described, in brackets, as citation styles do.
	const title = sourceParts(source).title ?? `[${meeting ? t('source.heading', { title: meetingTitle(atlas, meeting, locale) }) : sourceId}]`;
	const kept = t('citeThis.kept', { site: t('site.name'), sha: source.sha256 });
	return {
		plain: `${quoted(title, locale)}, ${source.publisher ?? t('citeThis.unknownPublisher')}. ${kept}, ${permalink}.`,
		bibtex: bibtex(`source-${sourceId}`, [
			['title', title],
			['publisher', source.publisher ?? t('citeThis.unknownPublisher')],
			['url', permalink],
			['note', kept],
			['language', 'french'],
		]),
	};
}
