import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../../../src/lib/ingest/entities/extract-mentions.ts';
import { extractOrganisations } from '../../../../../src/lib/ingest/entities/extract-organisations.ts';
import { parsePressText } from '../../../../../src/lib/ingest/parse-press-text.ts';
import { analyse, gazetteer } from '../analyse.ts';

/** The organisations of an invented text, as the recipe finds them. */
function organisationsOf(text: string) {
	const paragraphs = analyse(text);
	return extractOrganisations(paragraphs, extractMentions(paragraphs, 'test', null).organisations, gazetteer.nationalities, 'test');
}
const namesIn = (text: string) => organisationsOf(text).organisations.map((organisation) => organisation.name);

describe('extractOrganisations', () => {
	it('links a name, its acronym in brackets and the bare acronym later into one organisation', () => {
		const { organisations, unresolved } = organisationsOf(
			"Le ministre a pris la parole au Forum des vallées pour la Caspienne (FVC).\n\nLe FVC réunit chaque année des délégations.",
		);
		expect(organisations).toEqual([{ id: null, name: 'Forum des vallées pour la Caspienne', abbreviation: 'FVC', cite: { source: 'test', paragraphs: ['p1', 'p2'] } }]);
		expect(unresolved).toEqual([{ name: 'Forum des vallées pour la Caspienne', reason: 'unknown-organisation', paragraph: 'p1', line: 1 }]);
	});

	it('finds a name spelt by its acronym even across small and skipped words', () => {
		expect(namesIn("Il a salué l'Agence pour la pêche et les ressources marines du Nord (APRN) à sa création.")).toEqual([
			'Agence pour la pêche et les ressources marines du Nord',
		]);
	});

	it('keeps the acronym of a name whose letters do not spell it', () => {
		expect(organisationsOf("L'Union douanière des steppes (EUDS) tiendra séance.").organisations[0]).toMatchObject({ name: 'Union douanière des steppes', abbreviation: 'EUDS' });
	});

	it('finds a ministry in lower case, with its country adjective before or after the complement', () => {
		expect(namesIn("Selon le porte-parole du ministère kirghize des Affaires étrangères, la visite est confirmée.")).toEqual(['ministère kirghize des Affaires étrangères']);
		expect(namesIn("L'annonce a été faite par le ministère de l'Énergie chinois jeudi.")).toEqual(["ministère de l'Énergie chinois"]);
	});

	it('continues a name across "et de la", "et du", "et des" when capitalised words follow', () => {
		expect(namesIn('Il a pris la parole au Forum de la Steppe et de la Montagne pour le développement régional.')).toEqual([
			'Forum de la Steppe et de la Montagne pour le développement régional',
		]);
		expect(namesIn('Le Conseil des Régions et du Commerce a tenu séance.')).toEqual(['Conseil des Régions et du Commerce']);
		expect(namesIn('Le Forum de la Steppe et de la coopération régionale a tenu séance.')).toEqual(['Forum de la Steppe']);
	});

	it('takes a capitalised head with its adjectives, and stops before the verb', () => {
		expect(namesIn("La Banque eurasienne d'investissement finance la route.")).toEqual(["Banque eurasienne d'investissement"]);
		expect(namesIn('La Commission intergouvernementale soutient le projet.')).toEqual(['Commission intergouvernementale']);
	});

	it('finds a medium named after its common noun', () => {
		expect(namesIn('Ses propos ont été repris par la chaîne publique kazakhe Khabar TV.')).toEqual(['Khabar TV']);
	});

	it('does not take the news agency the text comes from for an organisation, nor report it', () => {
		const text = "Selon l'agence de presse officielle Kabar, les entretiens ont duré deux heures. L'Agence France-Presse (AFP) le confirme.";
		const found = organisationsOf(text);
		expect(found.organisations).toEqual([]);
		expect(found.unresolved).toEqual([]);
		// Its words are accounted for, so they are not reported as unknown names either.
		expect(found.spans.get('p1')!.map((span) => text.slice(span.start, span.end)).sort()).toEqual(['AFP', 'Agence France-Presse', 'Kabar']);
	});

	it('files the organ of a known organisation under that organisation', () => {
		const found = organisationsOf('Le Comité exécutif du Conseil des steppes se réunira à Almaty.');
		expect(found.organisations).toEqual([{ id: 'steppe-council', name: 'Conseil des steppes', cite: { source: 'test', paragraphs: ['p1'] } }]);
		expect(found.unresolved).toEqual([]);
	});

	it('keeps gazetteer organisations with their id, in order of first mention with the new ones', () => {
		expect(organisationsOf("Le Fonds mondial pour l'eau a été présenté.\n\nLe CDS en débattra.").organisations.map((organisation) => organisation.id)).toEqual([null, 'steppe-council']);
	});

	it('takes no event, role, common noun or capitalised head alone for an organisation', () => {
		expect(namesIn('Le Sommet des pays riverains de la Caspienne aura lieu en mai.')).toEqual([]);
		expect(namesIn('Wang Yi, ministre chinois des Affaires étrangères, a rencontré son homologue.')).toEqual([]);
		expect(namesIn('Le ministère de la coopération a été réorganisé.')).toEqual([]);
		expect(namesIn('Le Conseil a décidé de renforcer les échanges.')).toEqual([]);
		expect(namesIn('Les Jeux olympiques (JO) ont commencé.')).toEqual([]);
	});
});

describe('parsePressText and organisations', () => {
	it('reports a new organisation once, as an organisation, and not its words as unknown names', () => {
		const result = parsePressText(
			'Le 3 mars 2024, Wang Yi a rencontré Jeenbek Kulubaev à Almaty, en marge du Forum des vallées pour la Caspienne (FVC).\n\nLe FVC se réunit chaque printemps.',
			gazetteer,
			{ source: 'test', sha256: '0'.repeat(64) },
		);
		if (!result.ok) throw new Error('no record');
		const { record, review } = result.parsed;
		expect(record.organisations).toEqual([{ id: null, name: 'Forum des vallées pour la Caspienne', abbreviation: 'FVC', cite: { source: 'test', paragraphs: ['p1', 'p2'] } }]);
		expect(record.unresolved.map((item) => [item.name, item.reason])).toEqual([['Forum des vallées pour la Caspienne', 'unknown-organisation']]);
		expect(review.filter((item) => item.field === 'unresolved')).toEqual([
			expect.objectContaining({ message: '"Forum des vallées pour la Caspienne" is not in the gazetteer', fix: expect.stringContaining('content/organisations/'), blocking: false }),
		]);
	});
});
