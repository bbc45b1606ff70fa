/**
 * Lines of a press page that are not its body, recognised by how wire copy writes them: the
 * publication stamp ("Xinhua | 29.10.2016 10h39"), the update stamp ("Dernière mise à jour à
 * 11h19 le 29/10"), credit lines ("( Xinhua )", "Sources : …", "Xinhua/VNA/CVN"), and links to
 * other articles (">> …"). Photo captions depend on the line after them, so blocks.ts finds those.
 */
import { fold, keepDigitHyphens } from './normalize.ts';

/** What a non-body line is. */
export type LineKind = 'dateline' | 'update' | 'credit' | 'link';

const months = 'janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre';

/** French month names as written, with or without their accents. */
const monthsWritten = 'janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre';

/** A stamp date over folded text: "13.09.2013", "29/10", "2005/07/06", "25 avril 2025". */
const stampDate = new RegExp(
	`(?<![\\p{L}\\p{N}])(?:\\d{1,2}[./-]\\d{1,2}(?:[./-]\\d{2,4})?|\\d{4}[./-]\\d{1,2}[./-]\\d{1,2}|\\d{1,2}(?:er)? (?:${months}) \\d{4})(?![\\p{L}\\p{N}])`,
	'u',
);

/** A clock time: "16h39", "10 h 39", "16:39". */
const clockTime = /(?<![\p{L}\p{N}])\d{1,2} ?(?:h|:) ?\d{2}(?![\p{L}\p{N}])/u;

/** What an update stamp starts with, folded: "derniere mise a jour", "mis a jour le", "actualise le", "modifie le". */
const updateStart = /^(?:derniere )?(?:mise? a jour|maj|actualise|modifie)(?![\p{L}])/u;

/** Words a stamp line may hold besides its date and time: "Publié le", "Mis en ligne", "Mis à jour le", weekday names. */
const stampWords = /^(?:publie|mis|mise|jour|maj|derniere|actualise|modifie|en|ligne|le|a|et|par|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|gmt|utc|heure|heures|locale)$/u;

/** Wire agencies and the outlets that relay them, as credit lines write them alone ("AFP", "Xinhua"). */
const agencies = new Set(['afp', 'ap', 'reuters', 'xinhua', 'xinhuanet', 'belga', 'ats', 'ansa', 'dpa', 'efe', 'kyodo', 'tass', 'ria novosti', 'sputnik', 'vna', 'cvn', 'aps', 'map', 'anadolu', 'kabar', 'akipress', 'kazinform', 'interfax', 'trend', 'uza', 'cri', 'cgtn', 'rfe/rl']);

/** The credit words a credit line starts with, folded: "Source : …", "Photo : …", "Rédacteurs :…", "Crédit photo". */
const creditStart = /^(?:sources?|photos?|credits?(?: photo)?|redacteurs?|redaction|traduction|copyright|©)(?: ?:|$| [\p{L}])/u;

/** Counts the words of a line, not its separators: wordCount("Xinhua | 29.10.2016") → 2. */
function wordCount(text: string): number {
	return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Folds a stamp line, keeping the hyphens of its dates: foldStamp("06-01-2022 | 08:15") → "06.01.2022 | 08:15". */
function foldStamp(text: string): string {
	return fold(keepDigitHyphens(text));
}

/** True when the line is nothing but agency names and people's names joined by slashes: "Xinhua/VNA/CVN", "Xinhua/Zhou Mu". */
function isSlashCredit(text: string): boolean {
	const parts = text.split('/').map((part) => part.trim());
	return parts.length >= 2 && wordCount(text) <= 6 && parts.every((part) => /^\p{Lu}[\p{L}.'’ -]*$/u.test(part));
}

/** True for a credit line: isCreditLine("( Xinhua )") → true; isCreditLine("Sources : RFE/RL, Xinhuanet.") → true. */
export function isCreditLine(text: string): boolean {
	const trimmed = text.trim();
	if (wordCount(trimmed) > 12) return false;
	// A wholly parenthesised short line is a credit in wire copy: "( Xinhua )", "(Xinhua/Zhou Mu)", "(Rédacteurs :…)".
	if (/^\([^()]+\)$/u.test(trimmed)) return true;
	const folded = fold(trimmed).replace(/[.|]+$/u, '').trim();
	if (creditStart.test(folded) && (folded.includes(':') || wordCount(folded) <= 4)) return true;
	if (agencies.has(folded) || agencies.has(folded.replace(/^avec /u, ''))) return true;
	return isSlashCredit(trimmed.replace(/[.|]+$/u, '').trim());
}

/** True for a link to another article: isLinkLine(">> La Chine et Singapour …") → true. */
export function isLinkLine(text: string): boolean {
	const folded = fold(text);
	return /^(?:>>|»|→)\s*\S/u.test(text.trim()) || /^(?:a lire aussi|lire aussi|voir aussi|lire la suite)\b/u.test(folded);
}

/** True for an update stamp: isUpdateLine("Dernière mise à jour à 11h19 le 29/10") → true. */
export function isUpdateLine(text: string): boolean {
	const folded = foldStamp(text);
	return wordCount(folded) <= 14 && updateStart.test(folded) && (stampDate.test(folded) || clockTime.test(folded));
}

/**
 * True for a publication stamp line: a date (and often a time) with at most an agency or a
 * "Publié le" beside it, the parts often set apart by "|". isDatelineLine("Xinhua | 29.10.2016
 * 10h39") → true; isDatelineLine("06-01-2022 | 08:15") → true; a sentence that opens on a date
 * ("Le 24 janvier 2024, X a reçu Y.") is body text → false.
 */
export function isDatelineLine(text: string): boolean {
	const folded = foldStamp(text);
	if (wordCount(folded) > 10 || !stampDate.test(folded) || /[.!?;]$/u.test(folded)) return false;
	const rest = folded
		.replace(new RegExp(stampDate.source, 'gu'), ' ')
		.replace(new RegExp(clockTime.source, 'gu'), ' ')
		.split(/[\s|,·–—-]+/u)
		.filter((word) => word !== '' && !stampWords.test(word));
	// What is left may only be a source name or two ("Xinhua", "Par Jean Dupont").
	return rest.length <= 3;
}

/**
 * A wire dateline opening a lead: the city where the dispatch was filed, its day and month (a
 * year at times), the agency, then a dash. It dates the filing, not what the dispatch reports.
 * findWireDateline("BEIJING, 26 mai (Xinhua) -- Le ministre …") → { written: "BEIJING, 26 mai (Xinhua) --", end: 27 };
 * findWireDateline("Le 24 janvier 2024, X a reçu Y.") → null (the date is part of the sentence).
 */
export function findWireDateline(text: string): { written: string; end: number } | null {
	const found = new RegExp(
		`^\\s*\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,3},\\s+(?:le\\s+)?(?:\\p{Ll}+\\s+)?\\d{1,2}(?:er)?\\s+(?:${monthsWritten})(?:\\s+\\d{4})?\\s*(\\(\\s*\\p{Lu}[^()]{0,30}\\))?\\s*(--|[-–—])?`,
		'u',
	).exec(text);
	// The agency in brackets or the dash is what sets a dateline apart from a sentence.
	if (!found || (found[1] === undefined && found[2] === undefined)) return null;
	return { written: found[0].trim(), end: found[0].length };
}

/** The kind of a non-body line, or null for body text: lineKind("(Xinhua/Zhou Mu)") → "credit". */
export function lineKind(text: string): LineKind | null {
	if (isLinkLine(text)) return 'link';
	if (isUpdateLine(text)) return 'update';
	if (isDatelineLine(text)) return 'dateline';
	if (isCreditLine(text)) return 'credit';
	return null;
}

/** True when a line credits a photo, so the short line before it is its caption: "Photo : Xinhua/VNA/CVN". */
export function isPhotoCredit(text: string): boolean {
	return /^(?:photos?|credits? photo|©)(?: ?:|\s)/u.test(fold(text));
}

/**
 * True for a caption that carries its own credit at its end: "Le ministre X. (Source : Reuters) |",
 * "Le président Y à Pékin. (Photo : Xinhua)".
 */
export function hasTrailingPhotoCredit(text: string): boolean {
	const found = /\(([^()]+)\)\s*\|?\s*$/u.exec(text.trim());
	if (!found) return false;
	const inner = found[1]!.trim();
	return /^(?:source|photo|credit|©)/u.test(fold(inner)) || isSlashCredit(inner);
}
