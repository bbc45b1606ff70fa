/**
 * checkIntegrity against the project's own content: the committed content is the valid
 * baseline, and each test breaks one thing in a deep copy of it.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentForCheck, sha256Hex } from '../../../src/io/read-content.ts';
import { checkIntegrity, formatIssues, paragraphIdsOf, type IntegrityIssue } from '../../../src/lib/integrity.ts';
import { root } from '../helpers.ts';

const baseline = loadContentForCheck(root);
type Content = typeof baseline;
type Entry = Content['entries'][number];

/** The issues of a copy of the content after `change`. */
function issuesAfter(change: (content: Content) => void): IntegrityIssue[] {
	const content = structuredClone(baseline);
	change(content);
	return checkIntegrity(content.entries, content.sources);
}

function entry(content: Content, collection: string, id: string): Entry {
	const found = content.entries.find((candidate) => candidate.collection === collection && candidate.id === id);
	if (!found) throw new Error(`no ${collection} entry ${id} in the content`);
	return found;
}

const almatyArticle = 'content/meetings/fr/2025-04-25-almaty.mdx';
const almaty = (content: Content) => entry(content, 'meetings', 'fr/2025-04-25-almaty');
const almatySource = (content: Content) => content.sources.find((source) => source.id === '2025-04-25-almaty')!;

describe('checkIntegrity on the committed content', () => {
	it('finds no issue', () => {
		expect(formatIssues(checkIntegrity(baseline.entries, baseline.sources))).toBe('');
	});

	it('sees every collection and every source, the seeds among them', () => {
		expect(new Set(baseline.entries.map((candidate) => candidate.collection))).toEqual(new Set(['actors', 'places', 'organisations', 'areas', 'events', 'meetings']));
		const sourceFiles = readdirSync(join(root, 'content/sources')).filter((name) => name.endsWith('.txt')).map((name) => name.slice(0, -'.txt'.length));
		expect(baseline.sources.map((source) => source.id).sort()).toEqual(sourceFiles.sort());
		expect(sourceFiles).toEqual(expect.arrayContaining(['2022-06-nur-sultan', '2025-04-25-almaty']));
	});
});

describe('checkIntegrity reports', () => {
	it('a participant whose actor does not exist, listing the known ones', () => {
		const issues = issuesAfter((content) => {
			almaty(content).data.participants[0].id = 'wang-yu';
		});
		expect(issues).toEqual([{ file: almatyArticle, field: 'participants.0.id', message: expect.stringContaining('unknown actors id "wang-yu"') }]);
		expect(issues[0]!.message).toContain('wang-yi');
		expect(issues[0]!.message).toContain('content/actors/wang-yu.yaml');
	});

	it('a citation of a paragraph the source does not have, listing those it has', () => {
		const issues = issuesAfter((content) => {
			almaty(content).data.participants[0].cite.paragraphs = ['p1', 'p99'];
		});
		expect(issues).toEqual([{ file: almatyArticle, field: 'participants.0.cite.paragraphs', message: expect.stringContaining('source "2025-04-25-almaty" has no paragraph "p99"') }]);
		expect(issues[0]!.message).toContain('p1, p2, p3, p4, p5, p6');
	});

	it('a citation of a source that does not exist, once, from the schema', () => {
		const issues = issuesAfter((content) => {
			almaty(content).data.place.cite.source = '2025-04-26-almaty';
		});
		expect(issues).toEqual([{ file: almatyArticle, field: 'place.cite.source', message: expect.stringContaining('unknown sources id "2025-04-26-almaty"') }]);
	});

	it('a raw source whose text no longer has the recorded SHA-256', () => {
		const issues = issuesAfter((content) => {
			const source = almatySource(content);
			source.text += '!';
			source.sha256 = sha256Hex(new TextEncoder().encode(source.text));
		});
		expect(issues).toEqual([{ file: 'content/sources/2025-04-25-almaty.txt', field: 'sha256', message: expect.stringContaining('records c01ff5b0') }]);
		expect(issues[0]!.message).toContain('--regenerate');
	});

	it('a source text without its metadata file', () => {
		const issues = issuesAfter((content) => {
			almatySource(content).metadata = undefined;
		});
		expect(issues).toEqual([{ file: 'content/sources/2025-04-25-almaty.yaml', field: '(file)', message: expect.stringContaining('missing') }]);
	});

	it('source metadata that breaks its schema', () => {
		const issues = issuesAfter((content) => {
			almatySource(content).metadata!.sha256 = 'not-a-hash';
		});
		expect(issues).toEqual([{ file: 'content/sources/2025-04-25-almaty.yaml', field: 'sha256', message: expect.stringContaining('hex SHA-256') }]);
	});

	it('the same alias on two entries, whatever its case and accents', () => {
		const issues = issuesAfter((content) => {
			entry(content, 'actors', 'xi-jinping').data.aliases.push('WANG YI');
		});
		expect(issues).toEqual([{ file: 'content/actors/xi-jinping.yaml', field: expect.stringMatching(/^aliases\.\d+$/), message: expect.stringContaining('also an alias of content/actors/wang-yi.yaml') }]);
	});

	it('a role the source gives an actor whose file lacks its translation', () => {
		const issues = issuesAfter((content) => {
			entry(content, 'actors', 'jeenbek-kulubaev').data.roles = [];
		});
		const inAlmaty = issues.filter((issue) => issue.file === almatyArticle);
		expect(inAlmaty).toEqual([{ file: almatyArticle, field: 'participants.1.role', message: expect.stringContaining('{ fr: "homologue kirghize", en: "…" }') }]);
		expect(inAlmaty[0]!.message).toContain('content/actors/jeenbek-kulubaev.yaml');
	});

	it('an event date marked inferred without its basis', () => {
		const issues = issuesAfter((content) => {
			delete entry(content, 'events', 'china-kyrgyzstan-diplomatic-relations').data.date.basis;
		});
		expect(issues).toEqual([{ file: 'content/events/china-kyrgyzstan-diplomatic-relations.yaml', field: 'date.basis', message: expect.stringContaining('inferred date needs a basis') }]);
	});

	it('a file name that is not a kebab-case id', () => {
		const issues = issuesAfter((content) => {
			const actor = entry(content, 'actors', 'uzbekistan');
			content.entries.push({ ...actor, id: 'Wang_Yi', path: 'content/actors/Wang_Yi.yaml', data: { ...actor.data, aliases: ['Wang_Yi'] } });
		});
		expect(issues).toEqual([{ file: 'content/actors/Wang_Yi.yaml', field: '(file name)', message: expect.stringContaining('"Wang_Yi", which must be an ASCII kebab-case id') }]);
	});

	it('two files whose ids differ only in case', () => {
		const issues = issuesAfter((content) => {
			const place = entry(content, 'places', 'tianjin');
			content.entries.push({ ...place, id: 'Tianjin', path: 'content/places/Tianjin.yaml', data: { ...place.data, aliases: ['Tientsin'] } });
		});
		expect(issues).toContainEqual({ file: 'content/places/Tianjin.yaml', field: '(file name)', message: expect.stringContaining('duplicate places id "Tianjin"') });
	});

	it('a translation without an original of the same id', () => {
		const translation = (id: string): Entry => ({
			collection: 'meetings',
			id: `en/${id}`,
			path: `content/meetings/en/${id}.mdx`,
			data: { kind: 'translation', title: 'Meeting in Almaty', translator: 'A. Translator', statements: entry(baseline, 'meetings', 'en/2025-04-25-almaty').data.statements },
		});
		const replaceTranslation = (content: { entries: Entry[] }) => {
			content.entries = content.entries.filter((entry) => entry.id !== 'en/2025-04-25-almaty');
			content.entries.push(translation('2025-04-25-almaty'));
		};
		expect(issuesAfter(replaceTranslation)).toEqual([]);
		expect(issuesAfter((content) => content.entries.push(translation('2024-01-01-almaty')))).toEqual([
			{ file: 'content/meetings/en/2024-01-01-almaty.mdx', field: '(file name)', message: expect.stringContaining('no original article has that id') },
		]);
	});
});

describe('paragraphIdsOf', () => {
	it('numbers the body paragraphs only, skipping tags and byline', () => {
		expect(paragraphIdsOf('Asie\n\nLe 3 mai 2024, A a vu B.\n\nIls ont parlé.\n\nJean Dupont')).toEqual(['p1', 'p2']);
	});
});

describe('checkIntegrity on translations', () => {
	it('reports a translation whose paragraphs do not match the source one for one', () => {
		const issues = issuesAfter((content) => {
			const translation = entry(content, 'meetings', 'en/2025-04-25-almaty');
			translation.body = `${translation.body}\nAn extra paragraph.\n`;
		});
		expect(issues).toEqual([{ file: 'content/meetings/en/2025-04-25-almaty.mdx', field: '(body)', message: expect.stringContaining('7 paragraphs, but the source has 6') }]);
	});

	it('counts paragraphs as the site renders them: escapes are text, a list or a quotation is no paragraph', () => {
		const withBody = (body: string) =>
			issuesAfter((content) => {
				entry(content, 'meetings', 'en/2025-04-25-almaty').body = body;
			});
		const escaped = ['a \\{b}', '&#x69;mport x from "y"', 'c \\<d>', 'e', 'f', 'g'].join('\n\n');
		expect(withBody(`${escaped}\n`)).toEqual([]);
		expect(withBody(`${escaped}\n\n> a quotation\n\n- a list\n`)).toEqual([]);
		expect(withBody('a\n\nb\n')).toEqual([{ file: 'content/meetings/en/2025-04-25-almaty.mdx', field: '(body)', message: expect.stringContaining('2 paragraphs, but the source has 6') }]);
	});
});

describe('checkIntegrity on translated statements', () => {
	const english = 'content/meetings/en/2025-04-25-almaty.mdx';
	const translated = (content: Content) => entry(content, 'meetings', 'en/2025-04-25-almaty').data.statements as { fingerprint: string; text: string }[];

	it('names the statement that has no English text, and the fingerprint to add', () => {
		const issues = issuesAfter((content) => {
			translated(content).splice(2, 1);
		});
		expect(issues).toEqual([{ file: english, field: 'statements', message: expect.stringContaining('no English text for statement 3 of content/meetings/fr/2025-04-25-almaty.mdx (“La Chine soutient fermement') }]);
		expect(issues[0]!.message).toMatch(/add \{ fingerprint: [0-9a-f]{12}, text: "…" \}/u);
	});

	it('catches a French sentence changed after its translation (as after --regenerate), naming the new fingerprint', () => {
		const issues = issuesAfter((content) => {
			const statement = almaty(content).data.statements[2];
			statement.text = statement.text.replace('fermement', 'résolument');
		});
		expect(issues).toEqual([{ file: english, field: 'statements.2', message: expect.stringContaining('translates an earlier wording of statement 3') }]);
		expect(issues[0]!.message).toMatch(/then set fingerprint: [0-9a-f]{12}$/u);
	});

	it('refuses a statement slot of the skeleton left untranslated', () => {
		const issues = issuesAfter((content) => {
			const slot = translated(content)[0]!;
			slot.text = `[translate] ${almaty(content).data.statements[0].text}`;
		});
		expect(issues).toEqual([{ file: english, field: 'statements.0.text', message: expect.stringContaining("still the skeleton's French") }]);
	});

	it('reports a translated statement that translates nothing in the original', () => {
		const issues = issuesAfter((content) => {
			translated(content).push({ fingerprint: '0123456789ab', text: 'A statement of nowhere.' });
		});
		expect(issues).toEqual([{ file: english, field: 'statements.11', message: expect.stringContaining('fingerprint 0123456789ab matches no statement') }]);
	});
});

describe('checkIntegrity on missing translations', () => {
	it('asks for the English translation of an original that has none', () => {
		const issues = issuesAfter((content) => {
			content.entries = content.entries.filter((candidate) => candidate.id !== 'en/2022-06-nur-sultan');
		});
		expect(issues).toEqual([{ file: 'content/meetings/fr/2022-06-nur-sultan.mdx', field: '(translation)', message: expect.stringContaining('missing translation: write content/meetings/en/2022-06-nur-sultan.mdx') }]);
	});
});
