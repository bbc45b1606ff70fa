/**
 * Gathers the gazetteer entries a text names into the record's lists: the actors it names (with
 * their roles), and which places, organisations and cooperation areas. Who met is decided by
 * extract-participants.ts.
 */
import type { GazetteerCollection, Match, AnalysedParagraph } from '../gazetteer/index.ts';
import { findRole } from './roles.ts';
import { splitSentences } from '../text/index.ts';
import type { ActorMention, Mention } from '../../../schemas/meeting.ts';

/** One named entry with every paragraph that names it, its first spelling and first role. */
interface Gathered {
	id: string;
	kind: string;
	name: string;
	paragraphs: string[];
	role: string | null;
}

/** Collects the matches of one collection, in order of first appearance. */
function gather(paragraphs: AnalysedParagraph[], collection: GazetteerCollection): Gathered[] {
	const byId = new Map<string, Gathered>();
	for (const paragraph of paragraphs) {
		for (const sentence of splitSentences(paragraph.text)) {
			const sentenceEnd = sentence.start + sentence.text.length;
			const inSentence = paragraph.matches.filter(
				(match: Match) => match.entry.collection === collection && match.start >= sentence.start && match.end <= sentenceEnd,
			);
			for (const match of inSentence) {
				const gathered = byId.get(match.entry.id) ?? {
					id: match.entry.id,
					kind: match.entry.kind,
					name: match.written,
					paragraphs: [],
					role: null,
				};
				if (!gathered.paragraphs.includes(paragraph.id)) gathered.paragraphs.push(paragraph.id);
				if (match.entry.kind === 'person') gathered.role ??= findRole(sentence.text, match.start - sentence.start, match.end - sentence.start);
				byId.set(match.entry.id, gathered);
			}
		}
	}
	return [...byId.values()];
}

function toMention(gathered: Gathered, source: string): Mention {
	return { id: gathered.id, name: gathered.name, cite: { source, paragraphs: gathered.paragraphs } };
}

function toActorMention(gathered: Gathered, source: string): ActorMention {
	return { ...toMention(gathered, source), role: gathered.role };
}

/** The named entries of a text, sorted into the lists of a meeting record. */
export function extractMentions(paragraphs: AnalysedParagraph[], source: string, meetingPlaceId: string | null) {
	return {
		actors: gather(paragraphs, 'actors').map((actor) => toActorMention(actor, source)),
		places: gather(paragraphs, 'places')
			.filter((place) => place.id !== meetingPlaceId)
			.map((place) => toMention(place, source)),
		organisations: gather(paragraphs, 'organisations').map((organisation) => toMention(organisation, source)),
		areas: gather(paragraphs, 'areas').map((area) => toMention(area, source)),
	};
}
