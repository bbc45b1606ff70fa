/**
 * End-to-end tests of `npm run ingest` and `npm run check:content`, each run in a throwaway copy
 * of the project: the CLIs find the project root from their own location, so a copy of src/ and
 * a content folder is a project of its own that the tests may break at will. Imports run on the
 * fixture content folder (tests/fixtures/content/), the gazetteer of the reviewed expected
 * articles; `--check`, `--regenerate` and the content check of the committed articles run on the
 * real content/, which they exist to check.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { parseMdxFile } from '../../../src/io/read-content.ts';
import { statementFingerprint } from '../../../src/lib/ingest/statements/fingerprint.ts';
import { fixtureRoot, root as mainRoot } from '../helpers.ts';

// Each spawn takes about half a second; a test runs up to four of them.
const timeout = 30_000;

/** A fixture press text of the repository, and the article it is expected to give (reviewed in tests/fixtures/expected/). */
const fixture = (name: string) => join(mainRoot, 'tests/fixtures/press-texts', `${name}.txt`);
const expectedArticle = (name: string) => readFileSync(join(mainRoot, 'tests/fixtures/expected', `${name}.mdx`), 'utf8');
const newPressText =
	'Le 3 mars 2024, Wang Yi a rencontré son homologue kirghize Jeenbek Kulubaev à Almaty, au Kazakhstan.\n' +
	'Les deux parties ont convenu de renforcer leur coopération dans le domaine de la santé.';
const monthWithoutYear = 'En juin, Wang Yi a rencontré son homologue kirghize Jeenbek Kulubaev à Almaty.\n';

const temporaryDirectories: string[] = [];
afterAll(() => {
	for (const directory of temporaryDirectories) rmSync(directory, { recursive: true, force: true });
});

function temporaryDirectory(prefix: string): string {
	const directory = mkdtempSync(join(tmpdir(), prefix));
	temporaryDirectories.push(directory);
	return directory;
}

/** A fresh copy of the project with the fixture content folder, or the real one, sharing the real node_modules. */
function copyProject(content: 'fixture' | 'real'): string {
	const project = temporaryDirectory('ingest-project-');
	cpSync(join(mainRoot, 'src'), join(project, 'src'), { recursive: true });
	cpSync(join(content === 'fixture' ? fixtureRoot : mainRoot, 'content'), join(project, 'content'), { recursive: true });
	// The fixture content has no source or article yet, as in a new project: the CLI makes their folders.
	copyFileSync(join(mainRoot, 'package.json'), join(project, 'package.json'));
	symlinkSync(join(mainRoot, 'node_modules'), join(project, 'node_modules'), 'dir');
	return project;
}

/** Writes a press text outside the project, as a curator would receive it. */
function pressText(name: string, content: string | Uint8Array): string {
	const path = join(temporaryDirectory('ingest-input-'), name);
	writeFileSync(path, content);
	return path;
}

function runCli(project: string, script: 'ingest.ts' | 'check-content.ts', args: string[] = []) {
	const result = spawnSync(process.execPath, [join(project, 'src/cli', script), ...args], { cwd: project, encoding: 'utf8' });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ingest = (project: string, ...args: string[]) => runCli(project, 'ingest.ts', args);
const checkContent = (project: string) => runCli(project, 'check-content.ts');

/** Every file under content/ with the SHA-256 of its bytes, to compare trees byte for byte. */
function contentTree(project: string): Record<string, string> {
	const tree: Record<string, string> = {};
	const walk = (directory: string) => {
		for (const entry of readdirSync(directory, { withFileTypes: true })) {
			const path = join(directory, entry.name);
			if (entry.isDirectory()) walk(path);
			else tree[relative(project, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
		}
	};
	walk(join(project, 'content'));
	return tree;
}

const read = (project: string, path: string) => readFileSync(join(project, path), 'utf8');
const frontmatterOf = (project: string, path: string) => parseMdxFile(read(project, path), path).data;
const committedTree = contentTree(mainRoot);
const fixtureTree = contentTree(fixtureRoot);

describe('ingest --json', () => {
	it('prints the record of the reviewed expected article, with the paragraphs, and writes nothing', { timeout }, () => {
		const project = copyProject('fixture');
		const result = ingest(project, '--json', fixture('new-actors'));

		expect(result.status, result.stderr).toBe(0);
		const { id, paragraphs, review, ...record } = JSON.parse(result.stdout);
		expect(id).toBe('2024-09-12-tachkent');
		expect(record).toEqual(parseMdxFile(expectedArticle('new-actors'), 'new-actors.mdx').data);
		expect(paragraphs.map((paragraph: { id: string; line: number }) => [paragraph.id, paragraph.line])).toEqual([['p1', 3], ['p2', 5]]);
		// Names to add to the gazetteer are for review; they do not keep the article from being written.
		expect(review.map((item: { field: string; paragraph: string; line: number; blocking: boolean }) => [item.field, item.paragraph, item.line, item.blocking])).toEqual([
			['unresolved', 'p1', 3, false],
			['unresolved', 'p1', 3, false],
			['unresolved', 'p2', 5, false],
		]);
		expect(contentTree(project)).toEqual(fixtureTree);
	});

	it('prints a draft of a text it cannot publish, saying what blocks it and how to supply it', { timeout }, () => {
		const project = copyProject('fixture');
		const result = ingest(project, '--json', pressText('juin.txt', monthWithoutYear));

		expect(result.status, result.stderr).toBe(0);
		const draft = JSON.parse(result.stdout);
		expect(draft.id).toBeNull();
		expect(draft.date).toBeUndefined();
		expect(draft.place).toMatchObject({ id: 'almaty', name: 'Almaty' });
		expect(draft.participants.map((participant: { id: string }) => participant.id)).toEqual(['wang-yi', 'jeenbek-kulubaev']);
		expect(draft.review).toEqual([expect.objectContaining({ field: 'date', blocking: true, fix: expect.stringContaining('--year') })]);
		expect(contentTree(project)).toEqual(fixtureTree);
	});
});

describe('ingest of a fixture text', () => {
	it('writes the raw text and exactly the reviewed expected article', { timeout }, () => {
		const project = copyProject('fixture');
		const result = ingest(project, fixture('hostile'));

		expect(result.status, result.stderr).toBe(0);
		expect(readFileSync(join(project, 'content/sources/2024-03-03-almaty.txt'))).toEqual(readFileSync(fixture('hostile')));
		expect(read(project, 'content/meetings/fr/2024-03-03-almaty.mdx')).toBe(expectedArticle('hostile'));
	});
});

describe('ingest of a text whose meeting already exists', () => {
	/** A copy of the project into which the hostile fixture was imported. */
	function projectWithHostile() {
		const project = copyProject('fixture');
		const first = ingest(project, fixture('hostile'));
		expect(first.status, first.stderr).toBe(0);
		return project;
	}

	it('refuses without --force, naming the id and --force, and changes nothing', { timeout }, () => {
		const project = projectWithHostile();
		const before = contentTree(project);
		const result = ingest(project, fixture('hostile'));

		expect(result.status).toBe(1);
		expect(result.stderr).toContain('"2024-03-03-almaty" already exists');
		expect(result.stderr).toContain('--force');
		expect(contentTree(project)).toEqual(before);
	});

	it('with --force rewrites the same files byte for byte, keeping what the curator wrote in the metadata', { timeout }, () => {
		const project = projectWithHostile();
		const metadata = 'content/sources/2024-03-03-almaty.yaml';
		writeFileSync(join(project, metadata), read(project, metadata).replace('publisher: null', 'publisher: Agence de test'));
		const before = contentTree(project);
		const result = ingest(project, '--force', fixture('hostile'));

		expect(result.status, result.stderr).toBe(0);
		expect(contentTree(project)).toEqual(before);
		expect(parseYaml(read(project, metadata)).publisher).toBe('Agence de test');
	});
});

describe('ingest of a new press text', () => {
	it('stores the raw text, its metadata and the article; the content check then asks for the translation', { timeout }, () => {
		const project = copyProject('fixture');
		const input = pressText('nouvelle.txt', newPressText);
		const result = ingest(project, input);

		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain('content/meetings/fr/2024-03-03-almaty.mdx');
		expect(readFileSync(join(project, 'content/sources/2024-03-03-almaty.txt'))).toEqual(readFileSync(input));
		expect(parseYaml(read(project, 'content/sources/2024-03-03-almaty.yaml'))).toMatchObject({
			language: 'fr',
			originalFilename: 'nouvelle.txt',
			sha256: createHash('sha256').update(newPressText).digest('hex'),
		});
		const article = frontmatterOf(project, 'content/meetings/fr/2024-03-03-almaty.mdx');
		expect(article).toMatchObject({ source: '2024-03-03-almaty', date: { value: '2024-03-03', precision: 'day' }, place: { id: 'almaty' } });
		expect(article.areas.map((area: { id: string }) => area.id)).toContain('health');

		const check = ingest(project, '--check');
		expect(check.status, check.stderr).toBe(0);
		expect(check.stdout).toContain('ingest --check: 1 source, every article');
		const untranslated = checkContent(project);
		expect(untranslated.status).toBe(1);
		expect(untranslated.stderr).toContain('content/meetings/fr/2024-03-03-almaty.mdx: (translation): missing translation: write content/meetings/en/2024-03-03-almaty.mdx');

		mkdirSync(join(project, 'content/meetings/en'), { recursive: true });
		const english = (statements: string) => `---\nkind: translation\ntitle: Meeting in Almaty\ntranslator: Test\n${statements}---\n\nOn 3 March 2024, Wang Yi met his Kyrgyz counterpart Jeenbek Kulubaev in Almaty, Kazakhstan.\n\nThe two sides agreed to strengthen their cooperation in health.\n`;
		writeFileSync(join(project, 'content/meetings/en/2024-03-03-almaty.mdx'), english(''));
		const withoutStatements = checkContent(project);
		expect(withoutStatements.status).toBe(1);
		expect(withoutStatements.stderr).toContain('content/meetings/en/2024-03-03-almaty.mdx: statements: no English text for statement 1');
		const fingerprints = article.statements.map((statement: { text: string }) => statementFingerprint(statement.text));
		writeFileSync(join(project, 'content/meetings/en/2024-03-03-almaty.mdx'), english(`statements:\n${fingerprints.map((fingerprint: string) => `  - { fingerprint: ${fingerprint}, text: The two sides agreed. }\n`).join('')}`));
		const content = checkContent(project);
		expect(content.status, content.stderr).toBe(0);
	});
});

describe('ingest of a bad input', () => {
	const latin1 = Buffer.from('Le 3 mars 2024, Wang Yi a rencontr\xe9 Jeenbek Kulubaev \xe0 Almaty.', 'latin1');
	const sentence = 'Le 3 mars 2024, Wang Yi a rencontré son homologue kirghize Jeenbek Kulubaev à Almaty.\n';
	const cases: [string, string | Uint8Array, RegExp][] = [
		['an empty file', '', /the file is empty/],
		['a file of whitespace', ' \n\t\n  \n', /only whitespace/],
		['a Latin-1 file', latin1, /not valid UTF-8/],
		['a binary file', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]), /binary \(it contains NUL bytes\)/],
		['a text with no date', 'Wang Yi a rencontré son homologue kirghize Jeenbek Kulubaev à Almaty.\n', /no meeting date[\s\S]*--date YYYY-MM-DD/],
		['an unknown month', 'Le 25 avrl 2025, Wang Yi a rencontré son homologue kirghize Jeenbek Kulubaev à Almaty.\n', /unknown month "avrl"/],
		['an enormous file', sentence.repeat(Math.ceil((513 * 1024) / Buffer.byteLength(sentence))), /more than the 524288 accepted/],
		['a month without a year', monthWithoutYear, /“En juin” \(p1\) without the year[\s\S]*--year/],
	];

	it.each(cases)('rejects %s, naming the file and the problem, and writes nothing', { timeout }, (_, content, problem) => {
		const project = copyProject('fixture');
		const input = pressText('article.txt', content);
		const result = ingest(project, input);

		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`ingest: ${input}: `);
		expect(result.stderr).toMatch(problem);
		// An unchanged tree also means no *.ingest-tmp file was left behind.
		expect(contentTree(project)).toEqual(fixtureTree);
	});

	it('rejects a missing file, naming it', { timeout }, () => {
		const project = copyProject('fixture');
		const input = join(temporaryDirectory('ingest-input-'), 'absent.txt');
		const result = ingest(project, input);

		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`ingest: ${input}: no such file`);
		expect(contentTree(project)).toEqual(fixtureTree);
	});

	it('rejects a directory with a message, not a stack trace', { timeout }, () => {
		const project = copyProject('fixture');
		const input = temporaryDirectory('ingest-input-');
		const result = ingest(project, input);

		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`ingest: ${input}: not a file`);
		expect(result.stderr).not.toContain('    at ');
	});
});

describe('ingest --year', () => {
	it('dates a month without a year, as inferred on the word of the curator, and --check keeps it', { timeout }, () => {
		const project = copyProject('fixture');
		const result = ingest(project, '--year', '2023', pressText('juin.txt', monthWithoutYear));

		expect(result.status, result.stderr).toBe(0);
		const { date } = frontmatterOf(project, 'content/meetings/fr/2023-06-almaty.mdx');
		expect(date).toMatchObject({ value: '2023-06', precision: 'month', inferred: true });
		expect(date.basis.fr).toContain('personne qui a importé le texte');
		expect(date.basis.en).toContain('curator');
		// --check re-parses the stored text: it needs the year kept beside it.
		expect(parseYaml(read(project, 'content/sources/2023-06-almaty.yaml')).year).toBe(2023);
		const check = ingest(project, '--check');
		expect(check.status, check.stderr).toBe(0);
	});
});

describe('ingest --draft: a text with people and places the atlas does not know', () => {
	it('proposes their entries and the English skeleton, which the content check holds back until a curator has reviewed them', { timeout }, () => {
		const project = copyProject('fixture');
		const result = ingest(project, '--draft', fixture('new-actors'));
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain('content/actors/bakhtiyor-saidov.yaml (person Bakhtiyor Saidov, homologue ouzbek)');

		// The proposals carry what the text says, and where.
		const person = parseYaml(read(project, 'content/actors/bakhtiyor-saidov.yaml'));
		expect(person).toMatchObject({ draft: { source: '2024-09-12-tachkent', paragraph: 'p1', line: 3 }, kind: 'person', name: { fr: 'Bakhtiyor Saidov' }, country: 'UZ', roles: [{ fr: 'homologue ouzbek', en: '' }] });
		expect(parseYaml(read(project, 'content/places/tachkent.yaml'))).toMatchObject({ draft: { source: '2024-09-12-tachkent' }, name: { fr: 'Tachkent' }, country: '' });
		const skeleton = parseMdxFile(read(project, 'content/meetings/en/2024-09-12-tachkent.mdx'), 'en.mdx');
		expect(skeleton.data).toMatchObject({ kind: 'translation', draft: { source: '2024-09-12-tachkent' } });
		expect(skeleton.body).toContain('\\[p2: translate] Les deux parties');

		const held = checkContent(project);
		expect(held.status).toBe(1);
		for (const file of ['content/actors/bakhtiyor-saidov.yaml', 'content/places/tachkent.yaml', 'content/meetings/en/2024-09-12-tachkent.mdx']) {
			expect(held.stderr).toContain(`${file}: draft: a draft proposed from content/sources/2024-09-12-tachkent.txt`);
		}

		// The curator completes the drafts and deletes "draft"; regenerating links the article to them.
		writeFileSync(join(project, 'content/actors/bakhtiyor-saidov.yaml'), stringifyYaml({ ...person, draft: undefined, name: { fr: 'Bakhtiyor Saidov', en: 'Bakhtiyor Saidov' }, roles: [{ fr: 'homologue ouzbek', en: 'Uzbek counterpart' }] }));
		writeFileSync(join(project, 'content/places/tachkent.yaml'), stringifyYaml({ kind: 'city', name: { fr: 'Tachkent', en: 'Tashkent' }, aliases: ['Tachkent', 'Tashkent'], country: 'UZ', coordinates: { lat: 41.31, lon: 69.28 } }));
		const english = (statements: string) => `---\nkind: translation\ntitle: Meeting in Tashkent\ntranslator: Test\n${statements}---\n\nOn 12 September 2024, Wang Yi met his Uzbek counterpart Bakhtiyor Saidov in Tashkent.\n\nThe two sides agreed to advance the China–Kyrgyzstan–Uzbekistan railway, Bakhtiyor Saidov said.\n`;
		writeFileSync(join(project, 'content/meetings/en/2024-09-12-tachkent.mdx'), english(''));
		expect(ingest(project, '--regenerate').status).toBe(0);
		const { participants, place, statements } = frontmatterOf(project, 'content/meetings/fr/2024-09-12-tachkent.mdx');
		expect(participants.map((participant: { id: string | null }) => participant.id)).toEqual(['wang-yi', 'bakhtiyor-saidov']);
		expect(place.id).toBe('tachkent');
		// Saidov now known, his words become a statement: the check asks for its English text, by fingerprint.
		const fingerprint = statementFingerprint(statements[0].text);
		const asked = checkContent(project);
		expect(asked.status).toBe(1);
		expect(asked.stderr).toContain(`statements: no English text for statement 1 of content/meetings/fr/2024-09-12-tachkent.mdx`);
		expect(asked.stderr).toContain(`add { fingerprint: ${fingerprint}, text: "…" }`);
		writeFileSync(join(project, 'content/meetings/en/2024-09-12-tachkent.mdx'), english(`statements:\n  - fingerprint: ${fingerprint}\n    text: The two sides agreed to advance the China–Kyrgyzstan–Uzbekistan railway, Bakhtiyor Saidov said.\n`));
		const content = checkContent(project);
		expect(content.status, content.stderr).toBe(0);
	});
});

describe('ingest --date and --url', () => {
	const weekdayOnly = 'Wang Yi a rencontré mardi son homologue kirghize Jeenbek Kulubaev à Almaty.\n';

	it('dates a text that gives only a weekday by the date the curator gives, and --check keeps it', { timeout }, () => {
		const project = copyProject('fixture');
		const result = ingest(project, '--date', '2024-03-05', pressText('mardi.txt', weekdayOnly));

		expect(result.status, result.stderr).toBe(0);
		const { date } = frontmatterOf(project, 'content/meetings/fr/2024-03-05-almaty.mdx');
		expect(date).toMatchObject({ value: '2024-03-05', precision: 'day', inferred: true });
		expect(date.basis.en).toContain('curator');
		expect(parseYaml(read(project, 'content/sources/2024-03-05-almaty.yaml')).date).toBe('2024-03-05');
		expect(ingest(project, '--check').status).toBe(0);
	});

	it('keeps the curator\'s reason for the date, shows it in the basis, and --regenerate keeps it', { timeout }, () => {
		const project = copyProject('fixture');
		const basis = 'the ministry dated the meeting in its own release';
		const result = ingest(project, '--date', '2024-03-05', '--basis', basis, pressText('mardi.txt', weekdayOnly));

		expect(result.status, result.stderr).toBe(0);
		expect(parseYaml(read(project, 'content/sources/2024-03-05-almaty.yaml')).dateBasis).toBe(basis);
		expect(frontmatterOf(project, 'content/meetings/fr/2024-03-05-almaty.mdx').date.basis.en).toContain(`The curator's reason: “${basis}”.`);
		expect(ingest(project, '--regenerate').status).toBe(0);
		expect(frontmatterOf(project, 'content/meetings/fr/2024-03-05-almaty.mdx').date.basis.fr).toContain(`Raison donnée : « ${basis} »`);
		expect(ingest(project, '--check').status).toBe(0);
	});

	it('anchors the weekday on the day the article’s address carries, and keeps the address', { timeout }, () => {
		const project = copyProject('fixture');
		const url = 'https://news.example/2024/0306/c1-42.html';
		const result = ingest(project, '--url', url, pressText('mardi.txt', weekdayOnly));

		expect(result.status, result.stderr).toBe(0);
		// The address dates the article Wednesday 6 March 2024; the Tuesday before is the 5th.
		const { date } = frontmatterOf(project, 'content/meetings/fr/2024-03-05-almaty.mdx');
		expect(date).toMatchObject({ value: '2024-03-05', precision: 'day', inferred: true });
		expect(date.basis.fr).toContain('mardi');
		expect(parseYaml(read(project, 'content/sources/2024-03-05-almaty.yaml')).url).toBe(url);
		expect(ingest(project, '--check').status).toBe(0);
	});
});

describe('ingest usage errors', () => {
	const input = pressText('juin.txt', monthWithoutYear);
	it.each([
		['no file', [], /give exactly one press text/],
		['a year that is not a plausible year', ['--year', '20x', input], /--year "20x" is not a year between 1900 and 2099/],
		['a year before 1900', ['--year', '0999', input], /--year "0999" is not a year between 1900 and 2099/],
		['an id that is not a meeting id', ['--id', 'Almaty_2024', input], /--id "Almaty_2024" is not a meeting id/],
		['a date that is not a day', ['--date', '2023-02-29', input], /--date "2023-02-29" is not a date; write YYYY-MM-DD/],
		['an address that is not one', ['--url', 'news.example/2024', input], /--url "news.example\/2024" is not an address/],
		['a reason for a date not given', ['--basis', 'the summit opened that day', input], /--basis says why the date given with --date is right/],
	] as [string, string[], RegExp][])('exit 2 on %s', { timeout }, (_, args, message) => {
		const project = copyProject('fixture');
		const result = ingest(project, ...args);

		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(message);
		expect(contentTree(project)).toEqual(fixtureTree);
	});
});

describe('ingest --check and --regenerate', () => {
	it('--check passes on the committed content', { timeout }, () => {
		const result = ingest(copyProject('real'), '--check');

		expect(result.status, result.stderr).toBe(0);
		const sources = readdirSync(join(mainRoot, 'content/sources')).filter((name) => name.endsWith('.txt')).length;
		expect(result.stdout).toMatch(new RegExp(`: ${sources} sources, every article matches`));
	});

	it('--check fails when a raw source was edited, naming it and the way out', { timeout }, () => {
		const project = copyProject('real');
		appendFileSync(join(project, 'content/sources/2025-04-25-almaty.txt'), '!');
		const result = ingest(project, '--check');

		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/content\/sources\/2025-04-25-almaty\.txt: its SHA-256 is [0-9a-f]{64} but content\/sources\/2025-04-25-almaty\.yaml records c01ff5b0/);
		expect(result.stderr).toContain('--regenerate');
	});

	it('--check fails when a generated article was edited by hand, naming it and the line', { timeout }, () => {
		const project = copyProject('real');
		const article = 'content/meetings/fr/2025-04-25-almaty.mdx';
		writeFileSync(join(project, article), read(project, article).replace('Le 25 avril 2025, heure locale,', 'Le 25 avril 2025,'));
		const result = ingest(project, '--check');

		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`${article}: differs from what the parser produces`);
		expect(result.stderr).toContain('committed "Le 25 avril 2025, Wang Yi');
		expect(result.stderr).not.toContain('SHA-256');
	});

	it('--regenerate after a deliberate source edit brings the article and metadata in line', { timeout }, () => {
		const project = copyProject('real');
		const source = 'content/sources/2025-04-25-almaty.txt';
		writeFileSync(join(project, source), read(project, source).replace('heure locale', 'heure de Pékin'));

		const regenerated = ingest(project, '--regenerate');
		expect(regenerated.status, regenerated.stderr).toBe(0);
		expect(read(project, 'content/meetings/fr/2025-04-25-almaty.mdx')).toContain('heure de Pékin');
		expect(parseYaml(read(project, 'content/sources/2025-04-25-almaty.yaml')).sha256).toBe(createHash('sha256').update(readFileSync(join(project, source))).digest('hex'));
		const check = ingest(project, '--check');
		expect(check.status, check.stderr).toBe(0);
	});

	it('--regenerate on unchanged sources rewrites every file byte for byte', { timeout }, () => {
		const project = copyProject('real');
		const result = ingest(project, '--regenerate');

		expect(result.status, result.stderr).toBe(0);
		expect(contentTree(project)).toEqual(committedTree);
	});
});

describe('check:content', () => {
	it('passes on the committed content', { timeout }, () => {
		const result = checkContent(copyProject('real'));

		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain('every reference and citation resolves');
	});

	it('fails naming the file and field of an unknown participant', { timeout }, () => {
		const project = copyProject('real');
		const article = 'content/meetings/fr/2025-04-25-almaty.mdx';
		writeFileSync(join(project, article), read(project, article).replace('id: wang-yi', 'id: wang-y'));
		const result = checkContent(project);

		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`${article}: participants.0.id: unknown actors id "wang-y"`);
	});
});
