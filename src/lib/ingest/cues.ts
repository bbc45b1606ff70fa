/** Word patterns, over folded text, that tell what a sentence is about. */
import { fold } from './normalize.ts';

/** The sentence reports the meeting itself: "a rencontré", "la rencontre a eu lieu", "en marge de la réunion". */
const meetingCue = /rencontr|reunion|entretien|entretenu|a eu lieu|s'est tenu|s'est deroule/u;

/** The sentence names who met: "a rencontré son homologue", "rencontre entre". */
const participantCue = /rencontr|homologue|entretenu|entretien/u;

/** True when a sentence reports the meeting: isMeetingSentence("La rencontre a eu lieu à Almaty.") → true. */
export function isMeetingSentence(sentence: string): boolean {
	return meetingCue.test(fold(sentence));
}

/** True when a sentence names who met: isParticipantSentence("A a rencontré son homologue B.") → true. */
export function isParticipantSentence(sentence: string): boolean {
	return participantCue.test(fold(sentence));
}
