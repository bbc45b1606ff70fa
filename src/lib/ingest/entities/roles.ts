/**
 * Finds the role a text gives a person around one mention of their name:
 * "Le conseiller d'État et ministre …, Wang Yi," · "Wang Yi, membre du Bureau politique …, a
 * rencontré" · "son homologue kirghize Jeenbek Kulubaev" · "du président chinois Xi Jinping".
 */

const roleHead =
	"(?:premier ministre|vice-premier ministre|vice-président(?:e)?|président(?:e)?|ministre|homologue|conseill(?:er|ère)|membre|secrétaire|ambassad(?:eur|rice)|porte-parole|chef|directeur|directrice|représentant(?:e)?|envoyé(?:e)?)";
const startsWithRole = new RegExp(`^${roleHead}\\b`, 'iu');

/** Role written in apposition after the name: "Wang Yi, membre du …, a rencontré". */
function roleAfter(textAfter: string): string | null {
	const found = /^, ([^,]+),/u.exec(textAfter);
	return found && startsWithRole.test(found[1]!) ? found[1]! : null;
}

/** Role written in apposition before the name: "Le conseiller d'État et ministre …, Wang Yi". */
function roleBeforeWithComma(textBefore: string): string | null {
	const found = /(?:^|[,;] )(?:le |la |l['’])([^,;]+), $/iu.exec(textBefore);
	return found && startsWithRole.test(found[1]!) ? found[1]! : null;
}

/** Role written just before the name: "son homologue kirghize Jeenbek Kulubaev". */
function roleJustBefore(textBefore: string): string | null {
	const pattern = new RegExp(`(?:^|\\s)(${roleHead}(?: [\\p{Ll}'’-]+){0,3}?) $`, 'iu');
	const found = pattern.exec(textBefore);
	if (!found) return null;
	// Stop at words that begin a new phrase ("président et son homologue" is not one role).
	const words = found[1]!.split(' ');
	const cut = words.findIndex((word, index) => index > 0 && /^(?:et|de|du|des|le|la|les|son|sa|à|au)$/iu.test(word));
	return (cut === -1 ? words : words.slice(0, cut)).join(' ');
}

/**
 * The role around one mention, or null: findRole("Le ministre chinois, Wang Yi, a dit", 17, 24)
 * → "ministre chinois".
 */
export function findRole(sentence: string, start: number, end: number): string | null {
	return roleAfter(sentence.slice(end)) ?? roleBeforeWithComma(sentence.slice(0, start)) ?? roleJustBefore(sentence.slice(0, start));
}
