/**
 * End-to-end tests of `npm run eval:ingest` on tests/fixtures/eval/: three invented press texts
 * with their truths (a printed date, a weekday only, a statement date that is not the meeting's),
 * measured with the fixture gazetteer (tests/fixtures/content/), so that neither the real content
 * nor the third-party corpus can change them. The CLI writes nothing but the report it is asked for.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureRoot, root } from '../helpers.ts';

const timeout = 30_000;
const corpus = join(fixtureRoot, 'eval');
const temporary = mkdtempSync(join(tmpdir(), 'eval-ingest-'));
afterAll(() => rmSync(temporary, { recursive: true, force: true }));

function evalIngest(...args: string[]) {
	const result = spawnSync(process.execPath, [join(root, 'src/cli/eval-ingest.ts'), ...args], { cwd: root, encoding: 'utf8' });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('measuring a folder', () => {
	it('prints the table, the counts and each goal with PASS or FAIL, and exits 0 although goals are missed', () => {
		const { status, stdout, stderr } = evalIngest('--content', fixtureRoot, corpus);
		expect(stderr).toBe('');
		expect(status).toBe(0);
		// The scores follow the ingest as it improves; what the report says about them must not.
		expect(stdout).toMatch(/^01_full-date-astana\s+record\s+1\.00\s+1\.00\s/m);
		expect(stdout).toMatch(/^02_weekday-only\s+record(\s+\d\.\d\d){9}$/m);
		expect(stdout).toContain('records 3, refusals 0, crashes 0');
		expect(stdout).toContain('PASS  a record for every text: 3 of 3 (goal 3 of 3)');
		expect(stdout).toMatch(/(PASS|FAIL) {2}mean field score: \d\.\d{3} \(goal ≥ 0\.90\)/);
		expect(stdout).toMatch(/(PASS|FAIL) {2}dates claimed as stated that the text does not state: \d+ \(goal 0\)/);
		expect(stdout).toContain('PASS  crashes: 0 (goal 0)');
	}, timeout);

	it('writes the same measurement as JSON, to a file or to stdout', () => {
		const file = join(temporary, 'report.json');
		const table = evalIngest('--content', fixtureRoot, '--json', file, corpus);
		expect(table.status).toBe(0);
		const report = JSON.parse(readFileSync(file, 'utf8'));
		const printed = evalIngest('--content', fixtureRoot, '--format', 'json', corpus);
		expect(JSON.parse(printed.stdout)).toEqual(report);
		expect(report.summary).toMatchObject({ texts: 3, records: 3, refusals: 0, crashes: 0, inferredRightToMonth: { of: 2 } });
		const full = report.texts.find((text: { name: string }) => text.name === '01_full-date-astana');
		expect(full.falseStatedDate).toBe(false);
		expect(full.fields.statedDate.score).toBe(1);
		const trap = report.texts.find((text: { name: string }) => text.name === '03_announcement-date-trap');
		expect(trap.truthKind).toEqual({ kind: 'meeting', from: 'notes' });
		// A stated date on the trap is a false one, and the count says so.
		expect(report.summary.falseStatedDates).toBe(report.texts.filter((text: { falseStatedDate: boolean }) => text.falseStatedDate).length);
	}, timeout);

	it('explains every field with --details', () => {
		const { stdout } = evalIngest('--content', fixtureRoot, '--details', corpus);
		expect(stdout).toContain('participantsRecall: 1 — 2 of 2 principals found');
		expect(stdout).toMatch(/kind: [01] — /);
	}, timeout);
});

describe('bad usage and unreadable folders', () => {
	it('exits 2 with the usage when the folder is missing or an option is wrong', () => {
		for (const args of [[], ['--format', 'xml', corpus], ['--frobnicate', corpus]]) {
			const { status, stderr } = evalIngest(...args);
			expect(status, args.join(' ')).toBe(2);
			expect(stderr).toContain('usage: npm run eval:ingest --');
		}
	}, timeout);

	it('exits 1 naming the folder that does not exist', () => {
		const missing = join(temporary, 'no-such-folder');
		const { status, stderr } = evalIngest(missing);
		expect(status).toBe(1);
		expect(stderr).toContain(`${missing}: no such folder`);
		expect(stderr).toContain('fix:');
	}, timeout);

	it('exits 1 naming a text without its truth, and a truth that is not valid', () => {
		const folder = join(temporary, 'unpaired');
		mkdirSync(folder);
		copyFileSync(join(corpus, '02_weekday-only.txt'), join(folder, '07_alone.txt'));
		const unpaired = evalIngest('--content', fixtureRoot, folder);
		expect(unpaired.status).toBe(1);
		expect(unpaired.stderr).toContain('07_alone.txt: no ground truth 07_alone.json beside it');

		writeFileSync(join(folder, '07_alone.json'), JSON.stringify({ date: 'soon' }));
		const invalid = evalIngest('--content', fixtureRoot, folder);
		expect(invalid.status).toBe(1);
		expect(invalid.stderr).toMatch(/07_alone\.json: not a ground truth: date: /);
	}, timeout);
});
