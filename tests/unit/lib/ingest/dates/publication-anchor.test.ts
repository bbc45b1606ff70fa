/** The publication day an article's address carries. */
import { describe, expect, it } from 'vitest';
import { dateFromUrl } from '../../../../../src/lib/ingest/dates/publication-anchor.ts';

describe('dateFromUrl', () => {
	it('reads the publication day from the article\'s address', () => {
		expect(dateFromUrl('http://example.org/n3/2018/0412/c1-2.html')).toMatchObject({ year: 2018, month: 4, day: 12 });
		expect(dateFromUrl('https://example.org/actu/2023-10-20/article/6')).toMatchObject({ year: 2023, month: 10, day: 20 });
		expect(dateFromUrl('http://example.org/archives/2008-08/09/content_16173756.htm')).toMatchObject({ year: 2008, month: 8, day: 9 });
		expect(dateFromUrl('http://example.org/Chine/8302774.html')).toBeNull();
	});
});
