/**
 * What kind of text a press text is, from the shape of the sentences that report the event:
 * a meeting that took place ("X a rencontré Y", "lors de sa rencontre avec"), an announced visit
 * ("se rendra", "effectuera", "est attendu"), an arrival ("est arrivé", "a atterri"), a
 * multilateral meeting ("avec la participation de", "avec cinq dirigeants") or a virtual one
 * ("par liaison vidéo"). The lead sentence decides; wire copy states the event first.
 */
import { foldText, splitSentences } from '../text/index.ts';
import type { AnalysedParagraph } from '../gazetteer/index.ts';
import type { ReportKind } from '../../../schemas/meeting.ts';

export type { ReportKind } from '../../../schemas/meeting.ts';

/** The shapes of sentence that report who meets whom. */
export type ShapeKind =
	/** "X a rencontré Y", "s'est entretenu avec", "a reçu", "a discuté … avec". */
	| 'meeting'
	/** "lors de sa rencontre avec Y", "au cours d'un entretien avec". */
	| 'meeting-complement'
	/** "X a été accueilli par Y", "a été reçu par". */
	| 'welcome'
	/** "se rendra", "effectuera une visite", "rencontrera", "à l'invitation de", "est attendu". */
	| 'announcement'
	/** "est arrivé", "a atterri", "ont rejoint". */
	| 'arrival'
	/** "avec la participation de", "le sommet s'est ouvert", "Parmi ces dirigeants figurent". */
	| 'participation'
	/** "X, hôte de la réunion, a ouvert les travaux", "sous la présidence de X": who hosts or chairs a meeting. */
	| 'host'
	/** "son homologue kirghize Y": a pair, without a verb of meeting. */
	| 'counterpart';

/** A sentence with the shape of a report, and the cue words it rests on. */
export interface ReportSentence {
	paragraph: string;
	/** The sentence's offset in its paragraph. */
	start: number;
	text: string;
	shapes: { kind: ShapeKind; cue: string; start: number; end: number }[];
	/** "avec cinq dirigeants", "avec ses homologues": the other side is a group. */
	hasGroupObject: boolean;
	/** "par liaison vidéo", "visioconférence", "par téléphone". */
	virtualCue: string | null;
}

/** The kind of a text and the cue and paragraph it rests on (null when nothing reports a meeting). */
export interface Report {
	kind: ReportKind;
	cue: string | null;
	paragraph: string | null;
	/** The sentence that reports the event (the lead), when there is one. */
	lead: ReportSentence | null;
	/** Every sentence with a report shape, in text order. */
	sentences: ReportSentence[];
}

// Over folded text. Adverbs and days may stand between auxiliary and participle ("a également rencontré", "a rencontré mercredi").
const adverbs = '(?: (?:egalement|aussi|deja|hier|ensuite|notamment|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\\p{L}+ment))*';
const shapePatterns: [ShapeKind, RegExp][] = [
	['meeting', new RegExp(`(?<!\\p{L})(?:a|ont|avait|avaient)${adverbs} (?:rencontre|recu|accueilli)(?:e|s|es)?(?!\\p{L})`, 'u')],
	['meeting', new RegExp(`(?<!\\p{L})(?:s'est|se sont|s'etait|s'etaient)${adverbs} (?:entretenue?s?|rencontree?s?|reunie?s?)(?!\\p{L})`, 'u')],
	['meeting', new RegExp(`(?<!\\p{L})(?:a|ont)${adverbs} (?:eu|tenu|mene)(?: \\p{L}+){0,4}? (?:entretiens?|pourparlers|discussions?|rencontres?|reunions?|conversations?|echanges?|consultations?|entrevues?)(?: [^,.;]{0,80}?)? avec(?!\\p{L})`, 'u')],
	['meeting', new RegExp(`(?<!\\p{L})(?:a|ont)${adverbs} (?:discute|echange|converse|dialogue)[^,.;]{0,160}? avec(?!\\p{L})`, 'u')],
	['welcome', new RegExp(`(?<!\\p{L})(?:a|ont) ete${adverbs} (?:recue?s?|accueillie?s?)(?: [^,.;]{0,60}?)? par(?!\\p{L})`, 'u')],
	['meeting-complement', /(?<!\p{L})(?:lors|au cours|a l'issue|a l'occasion) (?:de (?:sa|son|leur|la) |d'(?:une?|un) )(?:rencontre|entretiens?|entrevue|reunion|conversation)(?: \p{L}+){0,3}? avec(?!\p{L})/u],
	['meeting-complement', /(?<!\p{L})(?:en rencontrant|la rencontre entre|l'entretien entre|un entretien entre|une rencontre entre)(?!\p{L})/u],
	['arrival', new RegExp(`(?<!\\p{L})(?:est|sont|etait|etaient)${adverbs},?(?: \\p{L}+,)? arrivee?s?(?!\\p{L})|(?<!\\p{L})(?:a|ont)${adverbs} (?:atterri|rejoint)(?!\\p{L})`, 'u')],
	['announcement', /(?<!\p{L})(?:se rendr(?:a|ont|ait|aient)|(?:devrai(?:t|ent)|doi(?:t|vent)|va|vont) (?:se rendre|effectuer|rencontrer|s'entretenir)|effectuer(?:a|ont|ait|aient)|rencontrer(?:a|ont|ait|aient)|s'entretiendr(?:a|ont|ait|aient)|participer(?:a|ont|ait|aient)|assister(?:a|ont|ait|aient)|ser(?:a|ont) (?:recue?s?|accueillie?s?) par|(?:est|sont) attendue?s?|a l'invitation d)(?!\p{L})/u],
	['participation', /(?<!\p{L})(?:avec la participation d|en presence d|(?:ont|a) participe a|parmi (?:ces|les|eux|lesquels)|sommet(?: [^.;]{0,80}?)? (?:s'est ouvert|s'est tenu|a eu lieu|s'est deroule|a reuni))/u],
	['host', /(?<!\p{L})(?:hote (?:de|du|des) (?:la |l')?(?:reunion|sommet|forum|conference|rencontre|session|jeux)|(?:a|ont) (?:ouvert|preside) (?:les travaux|le sommet|la reunion|la session|la seance|le forum|la conference)|(?:a|ont) preside|sous la presidence d)/u],
	['counterpart', /(?<!\p{L})homologue(?!\p{L})/u],
];
const groupObject = new RegExp(
	`(?<!\\p{L})(?:avec|rencontre|recu|accueilli|reuni)${adverbs} (?:les |des |ses |leurs |d'autres )?(?:(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|nombreux|\\d+) )?(?:dirigeants|chefs d'etat|chefs de gouvernement|homologues|leaders|presidents|premiers ministres)(?!\\p{L})`,
	'u',
);
const virtualCue = /(?<!\p{L})(?:par liaison video|en liaison video|par visioconference|en visioconference|visioconference|videoconference|par video|par telephone|au telephone|entretien telephonique|conversation telephonique|appel telephonique|s'est entretenue? au telephone)(?!\p{L})/u;

/** The report shapes of one sentence, with their cues as written. */
export function findShapes(sentence: string): ReportSentence['shapes'] {
	const { folded, toOriginal } = foldText(sentence);
	const originalEnd = (foldedEnd: number) => (foldedEnd >= toOriginal.length ? sentence.length : toOriginal[foldedEnd]!);
	const shapes: ReportSentence['shapes'] = [];
	for (const [kind, pattern] of shapePatterns) {
		const found = pattern.exec(folded);
		if (!found) continue;
		const start = toOriginal[found.index]!;
		const end = originalEnd(found.index + found[0].length);
		shapes.push({ kind, cue: sentence.slice(start, end), start, end });
	}
	return shapes.sort((a, b) => a.start - b.start);
}

/** Every sentence of the prose with a report shape, in text order (captions, credits and links are not paragraphs: blocks.ts). */
export function findReportSentences(paragraphs: AnalysedParagraph[]): ReportSentence[] {
	return paragraphs
		.flatMap((paragraph) =>
			splitSentences(paragraph.text).map((sentence): ReportSentence => {
				const { folded, toOriginal } = foldText(sentence.text);
				const virtual = virtualCue.exec(folded);
				const virtualEnd = virtual ? virtual.index + virtual[0].length : 0;
				return {
					paragraph: paragraph.id,
					start: sentence.start,
					text: sentence.text,
					shapes: findShapes(sentence.text),
					hasGroupObject: groupObject.test(folded),
					virtualCue: virtual
						? sentence.text.slice(toOriginal[virtual.index]!, virtualEnd >= toOriginal.length ? sentence.text.length : toOriginal[virtualEnd]!)
						: null,
				};
			}),
		)
		.filter((sentence) => sentence.shapes.length > 0 || sentence.virtualCue !== null);
}

const strongShapes: ShapeKind[] = ['meeting', 'meeting-complement', 'welcome', 'announcement', 'arrival', 'participation'];

/** The lead: the first sentence with a verb or phrase of meeting, else the first "homologue". */
function findLead(sentences: ReportSentence[]): ReportSentence | null {
	return (
		sentences.find((sentence) => sentence.shapes.some((shape) => strongShapes.includes(shape.kind))) ??
		sentences.find((sentence) => sentence.shapes.length > 0) ??
		null
	);
}

/**
 * Classifies a text by its lead sentence: the event itself as a summit or with a group
 * (multilateral), a past meeting (virtual when by video or telephone), an arrival, an
 * announcement. classifyReport([p1 "Le Premier ministre X se rendra au Kirghizstan du 24 au 27 octobre."])
 * → { kind: "announced-visit", cue: "se rendra", paragraph: "p1", … }
 */
export function classifyReport(paragraphs: AnalysedParagraph[]): Report {
	const sentences = findReportSentences(paragraphs);
	const lead = findLead(sentences);
	if (!lead) return { kind: 'meeting', cue: null, paragraph: null, lead: null, sentences };
	const shapeOf = (...kinds: ShapeKind[]) => lead.shapes.find((shape) => kinds.includes(shape.kind));
	const result = (kind: ReportKind, cue: string) => ({ kind, cue, paragraph: lead.paragraph, lead, sentences });
	const participation = shapeOf('participation');
	if (participation) return result('multilateral-meeting', participation.cue);
	const meeting = shapeOf('meeting', 'meeting-complement', 'welcome');
	const arrival = shapeOf('arrival');
	const announcement = shapeOf('announcement');
	if (meeting && !(arrival && arrival.start < meeting.start && meeting.kind === 'welcome')) {
		if (lead.hasGroupObject) return result('multilateral-meeting', meeting.cue);
		if (lead.virtualCue) return result('virtual-meeting', lead.virtualCue);
		// "a rencontré …" in the lead, "par visioconférence" in another sentence about the meeting.
		const virtualElsewhere = sentences.find((sentence) => sentence.virtualCue && sentence.shapes.some((shape) => shape.kind !== 'announcement'));
		if (virtualElsewhere) return { kind: 'virtual-meeting', cue: virtualElsewhere.virtualCue, paragraph: virtualElsewhere.paragraph, lead, sentences };
		return result('meeting', meeting.cue);
	}
	if (arrival) return result('arrival', arrival.cue);
	if (announcement) return result('announced-visit', announcement.cue);
	const any = lead.shapes[0];
	if (lead.virtualCue) return result('virtual-meeting', lead.virtualCue);
	return result(lead.hasGroupObject ? 'multilateral-meeting' : 'meeting', any?.cue ?? '');
}
