/** Who speaks when the text says "les deux parties": the states of the meeting's participants. */
import type { ActorMention } from '../../../schemas/meeting.ts';
import type { Gazetteer } from '../gazetteer/index.ts';

/**
 * The state actors of the participants, in order, each once: a participant's country is the
 * one its role gives, else its gazetteer entry's.
 * jointSpeakers([{ id: "wang-yi", country: "CN" }, { id: null, country: "KG" }], gazetteer) → ["china", "kyrgyzstan"]
 */
export function jointSpeakers(participants: Pick<ActorMention, 'id' | 'country'>[], gazetteer: Gazetteer): string[] {
	const actorOf = (id: string | null) => gazetteer.entries.find((entry) => entry.collection === 'actors' && entry.id === id);
	const stateOf = (country: string | null | undefined) =>
		gazetteer.entries.find((entry) => entry.collection === 'actors' && entry.kind === 'state' && entry.country === country)?.id;
	return [...new Set(participants.map((participant) => stateOf(participant.country ?? actorOf(participant.id)?.country)).filter((id) => id !== undefined))];
}
