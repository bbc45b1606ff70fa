/** Turns the bytes of a press text into text, or says plainly why it cannot. */
import type { IngestProblem } from '../text/problem.ts';

/** The largest press text accepted: far above any article, far below what would stall a build. */
export const maxSourceBytes = 512 * 1024;

/** Decodes UTF-8 bytes, refusing what is not a plain text: decodeText(bytesOf("Bonjour")) → { ok: true, text: "Bonjour" }. */
export function decodeText(bytes: Uint8Array): { ok: true; text: string } | { ok: false; problem: IngestProblem } {
	if (bytes.length > maxSourceBytes) {
		return fail(`the file is ${bytes.length} bytes, more than the ${maxSourceBytes} accepted for one press text`, 'split it into one file per article');
	}
	if (bytes.includes(0)) return fail('the file is binary (it contains NUL bytes), not a text', 'give the plain-text (.txt) export of the article');
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return fail('the file is not valid UTF-8', 'convert it to UTF-8, for example `iconv -f WINDOWS-1252 -t UTF-8 file.txt > file-utf8.txt`');
	}
	// Control characters other than tab and newlines mean a binary or corrupted file.
	const control = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/.exec(text);
	if (control) {
		const line = text.slice(0, control.index).split('\n').length;
		return { ok: false, problem: { message: `the file contains a control character (U+${control[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}) on line ${line}`, line, fix: 'remove it, or give the plain-text export of the article' } };
	}
	if (text.trim() === '') return fail(bytes.length === 0 ? 'the file is empty' : 'the file contains only whitespace', 'give the text of the article');
	return { ok: true, text };
}

function fail(message: string, fix: string): { ok: false; problem: IngestProblem } {
	return { ok: false, problem: { message, fix } };
}
