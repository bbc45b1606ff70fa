import { describe, expect, it } from 'vitest';
import { sourceMetadataSchema, sourceSchema } from '../../../src/schemas/source.ts';
import { issuesOf } from './issues.ts';

const metadata = {
	language: 'fr',
	originalFilename: '002_b0e7814c88bdc9d7.txt',
	sha256: 'c01ff5b0c3f3983c9c5bc8eadc08101ad48d77312c8a0a9e3f49b3896a8bc6c1',
	publisher: null,
	url: null,
};

describe('sourceMetadataSchema', () => {
	it('accepts metadata with unknown publisher and url', () => {
		expect(issuesOf(sourceMetadataSchema, metadata)).toEqual([]);
	});

	it('accepts a known publisher, url and an editorial note', () => {
		const known = { ...metadata, publisher: 'Le Quotidien du Peuple', url: 'https://example.org/article', note: { fr: 'Reçu par courriel.', en: 'Received by email.' } };
		expect(issuesOf(sourceMetadataSchema, known)).toEqual([]);
	});

	it.each([
		['not hexadecimal', 'z'.repeat(64)],
		['in upper case', metadata.sha256.toUpperCase()],
		['too short', metadata.sha256.slice(1)],
	])('rejects a sha256 %s, on sha256', (_, sha256) => {
		expect(issuesOf(sourceMetadataSchema, { ...metadata, sha256 })).toEqual([
			{ path: 'sha256', message: 'must be a lowercase hex SHA-256' },
		]);
	});

	it('rejects a url that is not one', () => {
		expect(issuesOf(sourceMetadataSchema, { ...metadata, url: 'www example org' }).map((issue) => issue.path)).toEqual(['url']);
	});

	it('rejects a language the site does not have', () => {
		expect(issuesOf(sourceMetadataSchema, { ...metadata, language: 'ru' }).map((issue) => issue.path)).toEqual(['language']);
	});

	it('requires publisher and url to be written, even as null', () => {
		const { publisher, url, ...partial } = metadata;
		expect(issuesOf(sourceMetadataSchema, partial).map((issue) => issue.path)).toEqual(['publisher', 'url']);
	});
});

describe('sourceSchema', () => {
	const block = { id: 'p1', kind: 'paragraph', text: 'Le 25 avril 2025, …', line: 1 };

	it('accepts metadata with its blocks', () => {
		expect(issuesOf(sourceSchema, { ...metadata, blocks: [{ id: null, kind: 'tag', text: 'Kirghizistan', line: 1 }, { ...block, line: 3 }] })).toEqual([]);
	});

	it('rejects a source without blocks', () => {
		expect(issuesOf(sourceSchema, { ...metadata, blocks: [] }).map((issue) => issue.path)).toEqual(['blocks']);
	});

	it('rejects a block whose line is not a positive integer', () => {
		expect(issuesOf(sourceSchema, { ...metadata, blocks: [{ ...block, line: 0 }] }).map((issue) => issue.path)).toEqual(['blocks.0.line']);
	});
});
