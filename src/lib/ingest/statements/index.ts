/** Step 6, what each party said or holds, attributed and never asserted; and the fingerprint that keys a statement's translation. */
export { extractStatements } from './extract-statements.ts';
export { statementFingerprint } from './fingerprint.ts';
export { jointSpeakers } from './joint-speakers.ts';
