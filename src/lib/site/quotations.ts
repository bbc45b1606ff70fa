/**
 * What a page quotes, in the page's language: a statement or a sentence of a source in its
 * translation, with the French original kept beside it; the French words themselves on French
 * pages, or where no translation exists yet.
 */
import { splitSentences } from '../ingest/text/index.ts';
import { statementFingerprint } from '../ingest/statements/index.ts';
import type { Atlas, Meeting } from '../atlas.ts';
import type { Locale } from '../../schemas/common.ts';
import type { Statement } from '../../schemas/meeting.ts';

/** A quotation as a page shows it. */
export interface Quotation {
	/** The words shown. */
	text: string;
	/** Their language. */
	lang: Locale;
	/** The French original, when `text` translates it. */
	original?: string;
}

const french = (text: string): Quotation => ({ text, lang: 'fr' });

/** A statement in `locale`: its translation whose fingerprint matches the French sentence, else the French. */
export function quoteStatement(meeting: Meeting, statement: Statement, locale: Locale): Quotation {
	if (locale === 'fr') return french(statement.text);
	const fingerprint = statementFingerprint(statement.text);
	const translated = meeting.translations[locale]?.statements.find((candidate) => candidate.fingerprint === fingerprint);
	return translated ? { text: translated.text, lang: locale, original: statement.text } : french(statement.text);
}

/**
 * A sentence of a meeting's source in `locale`: the sentence of the same rank in the translated
 * paragraph when both split into as many sentences, else the whole translated paragraph (same
 * paragraph id) with the whole French one as original; the French when there is no translation.
 * quoteSentence(atlas, "2025-04-25-almaty", { paragraph: "p4", text: "Les deux parties ont…" }, "en")
 * → { text: "The two sides reviewed…", lang: "en", original: "Les deux parties ont…" }
 */
export function quoteSentence(atlas: Atlas, meetingId: string, sentence: { paragraph: string; text: string }, locale: Locale): Quotation {
	const meeting = atlas.byId.meetings.get(meetingId);
	const translated = locale === 'fr' ? undefined : meeting?.translations[locale]?.paragraphs[Number(sentence.paragraph.slice(1)) - 1];
	if (!meeting || !translated) return french(sentence.text);
	const paragraph = atlas.byId.sources.get(meeting.record.source)?.blocks.find((block) => block.id === sentence.paragraph);
	const originals = paragraph ? splitSentences(paragraph.text).map((part) => part.text) : [];
	const translations = splitSentences(translated).map((part) => part.text);
	const rank = originals.indexOf(sentence.text);
	if (rank !== -1 && originals.length === translations.length) return { text: translations[rank]!, lang: locale, original: sentence.text };
	return { text: translated, lang: locale, original: paragraph?.text ?? sentence.text };
}
