/** Names a French statement by its words, so that a translation can say which wording it translates. */
import { createHash } from 'node:crypto';

/**
 * The first 12 hex digits of the SHA-256 of a statement's French sentence (Unicode NFC, trimmed):
 * statementFingerprint("A a déclaré que …") → "4c1e…". Any change of wording changes it.
 */
export function statementFingerprint(french: string): string {
	return createHash('sha256').update(french.normalize('NFC').trim()).digest('hex').slice(0, 12);
}
