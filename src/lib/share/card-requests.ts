/**
 * How a page asks for its social card. During a build the social-cards integration listens
 * (src/integrations/social-cards.ts) and has the card drawn in a worker thread while Astro goes
 * on rendering pages; elsewhere (`astro dev`, tests) nobody listens and the dev route draws a
 * card when it is fetched. The channel is a global symbol because the pages run from Astro's
 * bundle while the integration runs from the config: two copies of every module.
 */
import type { CardContent } from './card.ts';

/** A card a page shows: where it is published and what it says. */
export interface CardRequest {
	path: string;
	content: CardContent;
}

const channel = Symbol.for('atlas.social-cards');
type Listener = (request: CardRequest) => void;
const listeners = globalThis as typeof globalThis & { [channel]?: Listener };

/** Asks for a card; a no-op when no build is listening. */
export function requestCard(request: CardRequest): void {
	listeners[channel]?.(request);
}

/** Starts (or, with undefined, stops) listening for the pages' cards. */
export function listenForCards(listener: Listener | undefined): void {
	listeners[channel] = listener;
}
