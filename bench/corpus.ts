/**
 * A deterministic synthetic atlas for the benchmark: N meetings between invented ministers in
 * invented cities, written as French press texts and imported by the real ingest, with an
 * English translation each. The same N always gives the same files.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { readGazetteer, sha256Hex } from '../src/io/read-content.ts';
import { parsePublishable } from '../src/lib/ingest/parse-press-text.ts';
import { sourceMetadata, toMdx } from '../src/lib/ingest/record/index.ts';
import { statementFingerprint } from '../src/lib/ingest/statements/fingerprint.ts';

/** A small seeded generator (mulberry32), so the corpus never depends on Math.random. */
function random(seed: number) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

// No syllable "ra": a name such as "Shira17" reads to the ingest as a French future tense ("-ira"),
// and the venue after it as that of another, future event.
const syllables = ['ka', 'ru', 'bel', 'tok', 'mok', 'sa', 'ry', 'zhan', 'al', 'tyn', 'ko', 'lo', 'na', 'bek', 'ur', 'ma', 'dai', 'shi', 'ten', 'gor'];
const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const monthsEn = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A distinct invented word for each index: word(0) → "Ka…", never the same twice. */
function word(index: number, length: number): string {
	let text = '';
	let rest = index;
	for (let position = 0; position < length; position++) {
		text += syllables[rest % syllables.length];
		rest = Math.floor(rest / syllables.length) + position + 1;
	}
	return `${text[0]!.toUpperCase()}${text.slice(1)}${index}`;
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/**
 * Writes a synthetic project's content folder: the real atlas's entries (so the real states and
 * fields exist), invented ministers and cities, and N meetings imported by the ingest.
 * Returns the number of meetings written.
 */
export function writeCorpus(projectRoot: string, realRoot: string, meetings: number): number {
	const content = join(projectRoot, 'content');
	for (const folder of ['actors', 'places', 'organisations', 'areas', 'events', 'ingest']) cpSync(join(realRoot, 'content', folder), join(content, folder), { recursive: true });
	for (const folder of ['sources', 'meetings/fr', 'meetings/en']) mkdirSync(join(content, folder), { recursive: true });
	writeFileSync(join(content, 'permalinks.txt'), '');
	writeFileSync(join(content, 'redirects.yaml'), '{}\n');
	return addSyntheticMeetings(projectRoot, meetings);
}

/**
 * Adds to a project's content folder, which must hold the real states and fields, N meetings
 * between invented ministers in invented cities of Kazakhstan, dated one a day from 1 January
 * 2000, each with its source, its article and its English translation; and the invented people
 * and places. Returns the number of meetings added.
 */
export function addSyntheticMeetings(projectRoot: string, meetings: number): number {
	const content = join(projectRoot, 'content');
	const next = random(meetings);
	const people = Math.max(4, Math.ceil(meetings / 10));
	const cities = Math.max(2, Math.ceil(meetings / 20));
	const person = (index: number) => ({ id: `p-${index}`, name: `${word(index, 2)} ${word(index + 7, 3)}ov` });
	const city = (index: number) => ({ id: `c-${index}`, name: `${word(index + 3, 2)}grad` });
	for (let index = 0; index < people; index++) {
		const { id, name } = person(index);
		const chinese = index % 2 === 0;
		writeFileSync(join(content, 'actors', `${id}.yaml`), stringify({ kind: 'person', name: { fr: name, en: name }, aliases: [name], country: chinese ? 'CN' : 'KG', roles: [chinese ? { fr: 'ministre chinois des Affaires étrangères', en: 'Chinese Minister of Foreign Affairs' } : { fr: 'homologue kirghize', en: 'Kyrgyz counterpart' }] }));
	}
	for (let index = 0; index < cities; index++) {
		const { id, name } = city(index);
		writeFileSync(join(content, 'places', `${id}.yaml`), stringify({ kind: 'city', name: { fr: name, en: name }, aliases: [name], country: 'KZ', coordinates: { lat: 46 + (index % 5), lon: 66 + (index % 8) } }));
	}

	const gazetteer = readGazetteer(projectRoot);
	const fields = [['le commerce', 'trade'], ['la santé', 'health'], ['les infrastructures', 'infrastructure'], ['l’investissement', 'investment']] as const;
	for (let index = 0; index < meetings; index++) {
		// One meeting a day from 1 January 2000, so that date and place give a unique id.
		const day = new Date(Date.UTC(2000, 0, 1 + index));
		const [d, m, y] = [day.getUTCDate(), day.getUTCMonth(), day.getUTCFullYear()];
		const chinese = person(2 * Math.floor(next() * Math.floor(people / 2)));
		const kyrgyz = person(2 * Math.floor(next() * Math.floor(people / 2)) + 1);
		const place = city(Math.floor(next() * cities));
		const [field, fieldEn] = fields[Math.floor(next() * fields.length)]!;
		const filler = Math.floor(next() * 3);
		const french = [
			`Le ${d} ${months[m]} ${y}, le ministre chinois des Affaires étrangères ${chinese.name} a rencontré son homologue kirghize ${kyrgyz.name} à ${place.name}.`,
			`Les deux parties ont convenu de renforcer la coopération dans ${field} et de poursuivre les échanges entre les peuples.`,
			`${chinese.name} a déclaré que la Chine était prête à travailler avec le Kirghizistan pour approfondir la confiance mutuelle.`,
			...Array.from({ length: filler }, () => `${kyrgyz.name} a souligné que le Kirghizistan attachait une grande importance aux relations avec la Chine et souhaitait élargir le commerce bilatéral.`),
		];
		const english = [
			`On ${d} ${monthsEn[m]} ${y}, Chinese Minister of Foreign Affairs ${chinese.name} met his Kyrgyz counterpart ${kyrgyz.name} in ${place.name}.`,
			`The two sides agreed to strengthen cooperation in ${fieldEn} and to continue people-to-people exchanges.`,
			`${chinese.name} said that China was ready to work with Kyrgyzstan to deepen mutual trust.`,
			...Array.from({ length: filler }, () => `${kyrgyz.name} stressed that Kyrgyzstan attached great importance to its relations with China and wished to expand bilateral trade.`),
		];
		const text = `${french.join('\n\n')}\n`;
		const bytes = new TextEncoder().encode(text);
		const sha256 = sha256Hex(bytes);
		const id = `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}-${slug(place.name)}`;
		const result = parsePublishable(text, gazetteer, { source: id, sha256, id });
		if (!result.ok) throw new Error(`synthetic meeting ${index}: ${result.problems.map((problem) => problem.message).join('; ')}\n${text}`);
		writeFileSync(join(content, 'sources', `${id}.txt`), bytes);
		writeFileSync(join(content, 'sources', `${id}.yaml`), sourceMetadata(undefined, `${id}.txt`, sha256, {}));
		writeFileSync(join(content, 'meetings', 'fr', `${id}.mdx`), toMdx(result.text, `content/sources/${id}.txt`));
		// Every paragraph is one sentence: a statement's English is its paragraph's.
		const statements = result.text.record.statements.map((statement) => ({ fingerprint: statementFingerprint(statement.text), text: english[Number(statement.cite.paragraphs[0]!.slice(1)) - 1]! }));
		const frontmatter = stringify({ kind: 'translation', title: `Meeting between ${chinese.name} and ${kyrgyz.name} in ${place.name} (${d} ${monthsEn[m]} ${y})`, translator: 'benchmark generator', statements });
		writeFileSync(join(content, 'meetings', 'en', `${id}.mdx`), `---\n${frontmatter}---\n\n${english.join('\n\n')}\n`);
	}
	return meetings;
}
