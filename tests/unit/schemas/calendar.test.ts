import { describe, expect, it } from 'vitest';
import { calendarSchema } from '../../../src/schemas/calendar.ts';

const entry = {
	id: 'ports-summit-2019',
	name: { fr: 'Sommet des ports', en: 'Ports summit' },
	cues: [['sommet', 'Porto Verde']],
	date: '2019-06-13',
	end: '2019-06-14',
	note: { fr: 'Note éditoriale : test.', en: 'Editorial note: test.' },
};

describe('calendarSchema', () => {
	it('accepts a summit with its days, cues and note', () => {
		expect(calendarSchema.safeParse([entry]).success).toBe(true);
	});

	it('names the field of a bad entry: a day that is not ISO, an end before the start, a missing note, a repeated id', () => {
		const pathsOf = (data: unknown) => calendarSchema.safeParse(data).error?.issues.map((issue) => issue.path.join('.'));
		expect(pathsOf([{ ...entry, date: '13/06/2019' }])).toEqual(['0.date']);
		expect(pathsOf([{ ...entry, end: '2019-06-12' }])).toEqual(['0.end']);
		const { note: _, ...noNote } = entry;
		expect(pathsOf([noNote])).toEqual(['0.note']);
		expect(pathsOf([entry, entry])).toEqual(['1.id']);
	});
});
