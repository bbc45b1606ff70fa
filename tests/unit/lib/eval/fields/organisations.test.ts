/** The organisations field of the scorer. Invented records and truths only: the corpus is third-party. */
import { describe, expect, it } from 'vitest';
import { fieldsOf, recordWith, truthWith } from '../invented-scoring.ts';

describe('organisations', () => {
	it('matches an acronym given in parentheses to either form', () => {
		const truth = truthWith({ organizations: ['Conseil des steppes (CDS)'] });
		expect(fieldsOf(recordWith({ organisations: [{ id: null, name: 'CDS' }] }), truth).organisations.score).toBe(1);
		expect(fieldsOf(recordWith({ organisations: [{ id: null, name: 'Conseil des Steppes' }] }), truth).organisations.score).toBe(1);
	});

	it('matches an acronym to its expansion only through the gazetteer entry the record links', () => {
		const truth = truthWith({ organizations: ['Conseil des steppes'] });
		expect(fieldsOf(recordWith({ organisations: [{ id: 'steppe-council', name: 'CDS' }] }), truth).organisations.score).toBe(1);
		expect(fieldsOf(recordWith({ organisations: [{ id: null, name: 'CDS' }] }), truth).organisations.score).toBe(0);
	});

	it('tolerates word order and an elided article, and scores F1', () => {
		const truth = truthWith({ organizations: ['ministère zarkentois des Mines', 'CDS'] });
		const record = recordWith({ organisations: [{ id: null, name: 'ministère des Mines zarkentois' }, { id: null, name: "l'Union des ports" }] });
		expect(fieldsOf(record, truth).organisations.score).toBe(0.5);
		expect(fieldsOf(recordWith({ organisations: [{ id: null, name: 'l’CDS' }] }), truthWith({ organizations: ['CDS'] })).organisations.score).toBe(1);
	});

	it('leaves out an initiative of the gazetteer, which the annotators do not count as an organisation', () => {
		const record = recordWith({ organisations: [{ id: 'silk-corridor', name: 'Corridor de la soie' }, { id: null, name: 'CDS' }] });
		expect(fieldsOf(record, truthWith({ organizations: ['CDS'] })).organisations.score).toBe(1);
	});

	it('is 1 when neither names one, 0 when only the record does', () => {
		expect(fieldsOf(recordWith(), truthWith()).organisations.score).toBe(1);
		expect(fieldsOf(recordWith({ organisations: [{ id: null, name: 'CDS' }] }), truthWith()).organisations.score).toBe(0);
	});
});
