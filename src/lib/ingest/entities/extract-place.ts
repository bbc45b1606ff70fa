/**
 * Finds where the meeting took place, as wire copy states it. The venue is in the sentence that
 * reports the meeting (the lead of classifyReport: "a rencontré … à Almaty, au Kazakhstan"), else
 * in a sentence that places the meeting itself ("La rencontre a eu lieu à …"), else in the lede
 * before the lead ("… samedi à Pékin. Hu a fait cette remarque lors d'une rencontre …"). It is a
 * city or region ("à <Lieu>"), or only a country when the text names no city ("est arrivé au
 * Kazakhstan", "se rendra en Chine"). Not the venue: a city in a clause about another time ("qui
 * se tiendra à", "avant de se rendre à"), a city that only qualifies another event ("préparer le
 * sommet de Douchanbé"), a name inside a longer name (an organisation, a person). Captions,
 * credits and links are not paragraphs (blocks.ts), so their cities never reach this step.
 */
import type { Report } from '../report/index.ts';
import { findCountries } from './country-of-role.ts';
import type { Gazetteer, Match, AnalysedParagraph } from '../gazetteer/index.ts';
import { fold, splitSentences, type IngestProblem } from '../text/index.ts';
import type { PlaceMention } from '../../../schemas/meeting.ts';

/** A venue the text states, with its country when the text or the gazetteer tells it. */
interface Venue {
	/** "city" for a city or region, "country" when the text names only the country. */
	scope: 'city' | 'country';
	id: string | null;
	name: string;
	country: string | null;
	/** Offsets in the sentence: of the name, and of the end of what ties it to a country. */
	start: number;
	end: number;
	tieEnd: number;
}

/** Why the meeting has no venue although the text was read: a virtual meeting, or several venues. */
export type NoVenueReason = 'virtual' | 'several-venues';

/** The outcome of extractPlace: the venue, no venue (and why), or the problem that nothing was found. */
export type PlaceResult =
	| { ok: true; place: PlaceMention; scope: Venue['scope']; line: number }
	| { ok: true; place: null; reason: NoVenueReason; names: string[]; paragraph?: string; line?: number }
	| { ok: false; problems: IngestProblem[] };

interface SentenceInParagraph {
	paragraph: AnalysedParagraph;
	start: number;
	text: string;
}

// "à Bichkek", "À Astana", and "A Astana" at the start of a sentence (capital A without its accent).
const cityAfterA = /(?:(?<![\p{L}\p{N}])[àÀ]|^A) ((?:\p{Lu}[\p{L}'’]*)(?:[ -]\p{Lu}[\p{L}'’]*)*)/gu;
// A building of a city: "à la Maison-Blanche de Bichkek", "au palais Ak Orda d'Astana", "au Grand Palais du Peuple à Pékin".
const cityOfBuilding = /(?:(?<![\p{L}\p{N}])[àÀ] la |(?<![\p{L}\p{N}])[àÀ] l['’]|(?<!\p{L})[Aa]u )(?:\p{L}+ ){0,2}(?:[Pp]alais|[Mm]aison(?:-[Bb]lanche)?|[Rr][ée]sidence|[Hh][ôo]tel|[Pp]avillon|[Vv]illa|[Cc]entre (?:des|de) (?:congr[èe]s|conf[ée]rences|expositions))(?:[ -][\p{L}'’-]+){0,4}? (?:de |d['’]|[àa] )((?:\p{Lu}[\p{L}'’]*)(?:[ -]\p{Lu}[\p{L}'’]*)*)/gu;
// Capitalised words after "à" that are not a place: titles, determiners, institutions.
const notPlaceWords = new Set(['m', 'mm', 'mme', 'mlle', 'monsieur', 'madame', 'dr', 'son', 'sa', 'ses', 'leur', 'leurs', 'cette', 'ce', 'ces', 'president', 'presidente', 'premier', 'premiere', 'ministre', 'vice', 'sommet', 'forum', 'organisation', 'conference', 'assemblee', 'conseil', 'etat', 'etats']);

// Over folded text. A sentence that places the meeting itself: "la rencontre a eu lieu à", "les entretiens se sont déroulés à".
const venueStatement = /(?<!\p{L})(?:rencontre|entretiens?|entrevue|pourparlers|discussions|conversations?|echanges|reunion)(?: [^.;]{0,60}?)? (?:a eu lieu|ont eu lieu|s'est tenue?|se sont tenue?s|s'est deroulee?|se sont deroulee?s)(?!\p{L})/u;
// Words of a visit or a presence before "au/en/aux <pays>": "est arrivé au Kazakhstan", "en visite en Chine", "se rendra au Kirghizstan".
const presenceCue = /(?<!\p{L})(?:arrivee?s?|atterri|rendue?s?|rendr\p{L}*|rendre|trouv\p{L}*|visites?|voyages?|tournee|sejour|deplacement|attendue?s?|accueillie?s?|a eu lieu|ont eu lieu|s'est tenue?|s'est deroulee?|se sont tenue?s|se sont deroulee?s)(?!\p{L})/u;
// Where a clause about something else starts inside a sentence.
const clauseStart = /[;:(]|(?<!\p{L})(?:qui|ou|dont|lequel|laquelle|lesquels|lesquelles|avant de|avant d'|apres|puis|tandis que)(?!\p{L})/gu;
// A clause about another time: a future tense or a word of the future, or another leg of a trip.
const otherTime = /(?<!\p{L})(?:\p{Ll}{2,}(?:era|eront|erait|eraient|ira|iront|dra|dront)|aura|auront|sera|seront|prochaine?s?|futur\p{L}*|doi(?:t|vent) (?:se tenir|avoir lieu|accueillir)|devrai(?:t|ent) (?:se tenir|avoir lieu|accueillir)|va (?:se tenir|avoir lieu|accueillir)|avant de|avant d'|apres)(?!\p{L})/u;
// Another event a bilateral meeting may only mention: "préparer le sommet de l'OCS à Douchanbé". Over the
// original text, where the verb "a" and the preposition "à" differ.
const eventNoun = /(?<!\p{L})(?:sommet|forum|conf[ée]rence|r[ée]union|jeux|JO|exposition|salon|foire|c[ée]r[ée]monie|festival|congr[èe]s|session|assembl[ée]e)(?!\p{L})/giu;
// Words that put the meeting at that event: "en marge du sommet", "lors du forum".
const atTheEvent = /(?:lors|en marge|a l'occasion|au cours|dans le cadre|pour) (?:de|du|des|d')(?: \p{L}+){0,3} ?$/u;
const verbBetween = /(?<!\p{L})(?:a|ont|est|sont|s['’]est|se sont|avait|avaient|était|étaient)(?!\p{L})/u;
// What may tie a city to its country after a comma: "capitale kirghize", "dans la province chinoise de", "au Kazakhstan".
const tieStart = /^(?:(?:dans|pres de|non loin de|a l'(?:est|ouest)|au (?:nord|sud|centre)|a \d+ km)\s+)?(?:(?:la|le|l'|les|une?)\s*)?(?:capitale|ville|metropole|chef lieu|port|cite|province|region|republique|oblast|district|comte|etat|nord|sud|est|ouest|centre|au|aux|en)(?!\p{L})/u;

// A capitalised word right after a place's name, as a surname follows a given name.
const surnameAfter = /^ (?:\p{Lu}\p{Ll}[\p{L}'’]*)(?:-\p{Lu}?\p{Ll}[\p{L}'’]*)?(?![\p{L}'’-])/u;

/**
 * Drops the place matches that are a person's given name: a place alias followed by a capitalised
 * word the gazetteer does not know ("Noursoultan Nazarbaïev", where "Noursoultan" is also Astana).
 * withoutGivenNames("L'ancien président Noursoultan Nazarbaïev", [astana "Noursoultan"]) → []
 */
export function withoutGivenNames(text: string, matches: Match[]): Match[] {
	return matches.filter((match) => {
		if (match.entry.collection !== 'places') return true;
		const surname = surnameAfter.exec(text.slice(match.end));
		if (!surname) return true;
		const surnameStart = match.end + 1;
		return matches.some((other) => other.start === surnameStart);
	});
}

/** Every sentence of the prose, with its paragraph. */
function sentencesOf(paragraphs: AnalysedParagraph[]): SentenceInParagraph[] {
	return paragraphs.flatMap((paragraph) => splitSentences(paragraph.text).map((sentence) => ({ paragraph, ...sentence })));
}

/**
 * The sentences that may state the venue, in the order they are trusted: the lead, the
 * sentences that place the meeting itself, then the lede before the lead (in the first
 * paragraph or the lead's own paragraph).
 */
function venueSentences(paragraphs: AnalysedParagraph[], report: Report): SentenceInParagraph[] {
	const sentences = sentencesOf(paragraphs);
	const lead = report.lead ? sentences.find((sentence) => sentence.paragraph.id === report.lead!.paragraph && sentence.start === report.lead!.start) : undefined;
	const leadIndex = lead ? sentences.indexOf(lead) : 0;
	const statements = sentences.filter((sentence) => sentence !== lead && venueStatement.test(fold(sentence.text)));
	const lede = sentences
		.slice(0, leadIndex)
		.filter((sentence) => sentence.paragraph === paragraphs[0] || sentence.paragraph === lead?.paragraph);
	return [...(lead ? [lead] : lede.length === 0 ? sentences.slice(0, 1) : []), ...statements, ...lede];
}

/** The offset where the clause holding an offset starts: after the last "qui", "où", "avant de", ";"… before it. */
function clauseBefore(folded: string): string {
	let start = 0;
	for (const found of folded.matchAll(clauseStart)) start = found.index;
	return folded.slice(start);
}

/**
 * A folded clause without the words the original capitalises: names are not verbs, and "Shira",
 * "Alexandra" or "Kadira" end as a future tense does ("partira").
 * withoutNames("son homologue shira moke a", "son homologue Shira Moke a") → "son homologue a"
 */
function withoutNames(clause: string, original: string): string {
	const bare = (word: string) => word.replace(/[^\p{L}\p{N}']/gu, '');
	const names = new Set((original.match(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*/gu) ?? []).map((name) => bare(fold(name))));
	return clause.split(' ').filter((word) => !names.has(bare(word))).join(' ');
}

/**
 * True when "à <Lieu>" belongs to another event than the reported one: a clause in another
 * time, or (for a meeting between two) a summit or forum the place only qualifies.
 */
function isOtherEvent(before: string, report: Report): boolean {
	const folded = fold(before) + ' ';
	if (report.kind !== 'announced-visit' && otherTime.test(withoutNames(clauseBefore(folded), before))) return true;
	if (report.kind !== 'meeting') return false;
	const event = [...before.matchAll(eventNoun)].at(-1);
	if (!event) return false;
	const between = before.slice(event.index + event[0].length);
	return !between.includes(',') && !verbBetween.test(between) && !atTheEvent.test(fold(before.slice(0, event.index)) + ' ');
}

/** The country a city is tied to right after it: "…, au Kazakhstan", "…, capitale kirghize", "… (Chine)"; with the end of the tie. */
function tiedCountry(after: string, gazetteer: Gazetteer): { country: string; end: number } | null {
	const parenthesis = /^\s*\(([^)]{1,60})\)/u.exec(after);
	if (parenthesis) {
		const country = findCountries(parenthesis[1]!, gazetteer.nationalities)[0];
		if (country) return { country: country.country, end: parenthesis[0].length };
	}
	const comma = /^\s*,\s*/u.exec(after);
	if (!comma) return null;
	const segment = after.slice(comma[0].length).split(/[,;.(]/u)[0]!;
	const folded = fold(segment);
	if (!tieStart.test(folded)) return null;
	const country = findCountries(segment, gazetteer.nationalities)[0];
	if (!country) return null;
	// "au Kazakhstan", "en Chine": the country's name itself follows the preposition ("en présence du président kazakh" ties nothing).
	const preposition = /^(?:au|aux|en)\s+/iu.exec(segment);
	if (/^(?:au|aux|en) (?!(?:nord|sud|centre|est|ouest)(?!\p{L}))/u.test(folded) && (!preposition || country.by !== 'name' || country.start !== preposition[0].length)) return null;
	return { country: country.country, end: comma[0].length + segment.length };
}

/** The cities ("à <Lieu>") of a sentence, with the country the text or the gazetteer gives them. */
function findCities(sentence: SentenceInParagraph, report: Report, gazetteer: Gazetteer): Venue[] {
	const venues: Venue[] = [];
	const afterA = [...sentence.text.matchAll(cityAfterA)].map((found) => ({ found, isBuilding: false }));
	const ofBuilding = [...sentence.text.matchAll(cityOfBuilding)].map((found) => ({ found, isBuilding: true }));
	for (const { found, isBuilding } of [...afterA, ...ofBuilding]) {
		const start = found.index + found[0].length - found[1]!.length;
		const name = found[1]!;
		const end = start + name.length;
		if (isBuilding && afterA.some((other) => other.found.index + other.found[0].length - other.found[1]!.length === start)) continue;
		if (notPlaceWords.has(fold(name.split(/[ -]/u)[0]!))) continue;
		if (isOtherEvent(sentence.text.slice(0, start), report)) continue;
		const offset = sentence.start + start;
		const overlapping = sentence.paragraph.matches.filter((match) => match.start < offset + name.length && match.end > offset);
		const place = overlapping.find((match) => match.entry.collection === 'places' && match.start === offset);
		const state = overlapping.find((match) => match.entry.collection === 'actors' && match.entry.kind === 'state');
		const countryNamed = findCountries(name, gazetteer.nationalities).find((item) => item.by === 'name' && item.start === 0 && item.end === name.length);
		if (state?.entry.country || countryNamed) {
			// "à Singapour", "à Cuba": a country written like a city.
			venues.push({ scope: 'country', id: null, name, country: state?.entry.country ?? countryNamed!.country, start, end, tieEnd: end });
			continue;
		}
		// Part of a person's or an organisation's name ("à Xi Jinping", "à Forum de …"); after a building, a known city or one word.
		if (!place && (overlapping.length > 0 || (isBuilding && /\s/u.test(name)))) continue;
		const written = place ? place.written : name;
		const nameEnd = start + written.length;
		const tie = tiedCountry(sentence.text.slice(nameEnd), gazetteer);
		venues.push({
			scope: 'city',
			id: place?.entry.id ?? null,
			name: written,
			country: tie?.country ?? place?.entry.country ?? null,
			start,
			end: nameEnd,
			tieEnd: nameEnd + (tie?.end ?? 0),
		});
	}
	return venues;
}

/** The countries a sentence names as where someone is, goes or meets: "est arrivé au Kazakhstan", "en Lettonie et en Russie". */
function findCountryVenues(sentence: SentenceInParagraph, report: Report, gazetteer: Gazetteer, cities: Venue[]): Venue[] {
	const venues: Venue[] = [];
	for (const found of findCountries(sentence.text, gazetteer.nationalities)) {
		if (found.by !== 'name') continue;
		const before = sentence.text.slice(0, found.start);
		if (!/(?<!\p{L})(?:au|aux|en)\s+$/iu.test(before)) continue;
		if (cities.some((city) => found.start < city.tieEnd && found.end > city.start)) continue;
		const previous = venues.at(-1);
		const isListed = previous !== undefined && /^\s*(?:,|et|, et)\s*(?:au|aux|en)\s+$/u.test(sentence.text.slice(previous.end, found.start));
		const clause = clauseBefore(fold(before).slice(-90));
		if (!isListed && (!presenceCue.test(clause) || isOtherEvent(before, report))) continue;
		venues.push({ scope: 'country', id: null, name: sentence.text.slice(found.start, found.end), country: found.country, start: found.start, end: found.end, tieEnd: found.end });
	}
	return venues;
}

/** The distinct venues of a sentence: a country that is a stated city's own is not another venue. */
function venuesOf(sentence: SentenceInParagraph, report: Report, gazetteer: Gazetteer): Venue[] {
	const cities = findCities(sentence, report, gazetteer);
	const countries = findCountryVenues(sentence, report, gazetteer, cities);
	const cityVenues = cities.filter((city, index) => city.scope === 'country' || cities.findIndex((other) => (other.id ?? fold(other.name)) === (city.id ?? fold(city.name))) === index);
	// "est arrivé à Xiamen pour une visite d'État en Chine": the visit's country is the city's.
	const countryOfVisit = countries.length === 1 ? countries[0]!.country : null;
	const tied = cityVenues.map((city) => (city.scope === 'city' && city.country === null && countryOfVisit ? { ...city, country: countryOfVisit } : city));
	const otherCountries = countries.filter((country) => !tied.some((city) => city.country === country.country));
	const seen = new Set<string>();
	return [...tied, ...otherCountries]
		.sort((a, b) => a.start - b.start)
		.filter((venue) => {
			const key = venue.scope === 'country' ? `country:${venue.country}` : `city:${venue.id ?? fold(venue.name)}`;
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		});
}

/**
 * The meeting's venue, or null when the text states none (a virtual meeting, several venues
 * announced), or a problem when no venue could be found.
 * extractPlace([p1 "X a rencontré Y à Tunxi, dans la province chinoise de l'Anhui."], report, gazetteer, "s")
 * → { ok: true, place: { id: null, name: "Tunxi", country: "CN", cite: { source: "s", paragraphs: ["p1"] } }, scope: "city", line: 1 }
 */
export function extractPlace(paragraphs: AnalysedParagraph[], report: Report, gazetteer: Gazetteer, source: string): PlaceResult {
	if (report.kind === 'virtual-meeting') return { ok: true, place: null, reason: 'virtual', names: [] };
	for (const sentence of venueSentences(paragraphs, report)) {
		const venues = venuesOf(sentence, report, gazetteer);
		if (venues.length === 0) continue;
		if (venues.length > 1) {
			return { ok: true, place: null, reason: 'several-venues', names: venues.map((venue) => venue.name), paragraph: sentence.paragraph.id, line: sentence.paragraph.line };
		}
		const venue = venues[0]!;
		return {
			ok: true,
			scope: venue.scope,
			line: sentence.paragraph.line,
			place: { id: venue.id, name: venue.name, country: venue.country, cite: { source, paragraphs: [sentence.paragraph.id] } },
		};
	}
	return {
		ok: false,
		problems: [{
			message: 'no meeting place found: the sentence that reports the meeting names no venue ("à <Lieu>", "au <Pays>")',
			fix: 'if the text names the venue otherwise, add that spelling to the place in content/places/; a meeting the text gives no venue for cannot be published yet: keep its draft (--json)',
		}],
	};
}
