/** Word patterns, over folded text, that tell what a sentence is about. */
import { fold } from './normalize.ts';

/** The sentence reports the meeting itself: "a rencontré", "la rencontre a eu lieu", "en marge de la réunion". */
const meetingCue = /rencontr|reunion|entretien|entretenu|a eu lieu|s'est tenu|s'est deroule/u;

/** True when a sentence reports the meeting: isMeetingSentence("La rencontre a eu lieu à Almaty.") → true. */
export function isMeetingSentence(sentence: string): boolean {
	return meetingCue.test(fold(sentence));
}
