/** The organisations field: F1 of one-to-one matches, through acronyms, word order and every alias of a linked entry. */
import type { Gazetteer } from '../../ingest/gazetteer/index.ts';
import type { GroundTruth } from '../ground-truth.ts';
import type { FieldScore, RecordUnderTest } from '../record-under-test.ts';
import { countMatches, entryOf, foldName, round, setScores, spellingsOf } from './matching.ts';

/** The forms an organisation name can take: "Conseil des steppes (CDS)" → itself, "Conseil des steppes", "CDS". */
function organisationForms(name: string): string[] {
	const acronym = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(name);
	return acronym ? [name, acronym[1]!, acronym[2]!] : [name];
}

const wordSet = (name: string) => foldName(name).split(' ').sort().join(' ');

/** F1 of the organisations, initiatives of the gazetteer left out. */
export function scoreOrganisations(record: RecordUnderTest, truth: GroundTruth, gazetteer: Gazetteer | undefined): FieldScore {
	// The atlas files initiatives (the Belt and Road) with organisations; the annotators count
	// institutions only, so an initiative of the gazetteer is left out of the comparison.
	const organisations = (record.organisations ?? []).filter((organisation) => entryOf(gazetteer, 'organisations', organisation.id)?.kind !== 'initiative');
	const forms = organisations.map((organisation) => [
		...spellingsOf(organisation, entryOf(gazetteer, 'organisations', organisation.id)).flatMap(organisationForms),
		...(organisation.abbreviation ? [organisation.abbreviation] : []),
	]);
	const matched = countMatches(
		truth.organizations,
		forms,
		(name, names) => names.some((form) => foldName(form) === foldName(name)),
		(name, names) => organisationForms(name).some((truthForm) => names.some((form) => foldName(form) === foldName(truthForm) || wordSet(form) === wordSet(truthForm))),
	);
	const { recall, precision, f1 } = setScores(matched, truth.organizations.length, organisations.length);
	const written = organisations.map((organisation) => organisation.name).join(', ') || 'none';
	return { score: round(f1), explanation: `recall ${round(recall)}, precision ${round(precision)} (record: ${written}; truth: ${truth.organizations.join(', ') || 'none'})` };
}
