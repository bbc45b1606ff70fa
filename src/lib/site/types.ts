/** The atlas as plain data: entries with string ids, as the pages' pure helpers take it. */
import type { Block } from '../ingest/blocks.ts';
import type { Citation, ExtractedDate, MeetingRecord } from '../ingest/types.ts';
import type { Locale, LocalizedText } from '../../schemas/common.ts';

export type { Citation, ExtractedDate, MeetingRecord };

/** A person or a state. */
export interface ActorData {
	id: string;
	kind: 'person' | 'state';
	name: LocalizedText;
	aliases: string[];
	country: string;
	roles: LocalizedText[];
	note?: LocalizedText;
}

/** A city or region. */
export interface PlaceData {
	id: string;
	kind: 'city' | 'region';
	name: LocalizedText;
	formerNames: { name: LocalizedText; until: string }[];
	aliases: string[];
	country?: string;
	coordinates: { lat: number; lon: number };
	note?: LocalizedText;
}

/** An organisation, initiative or party. */
export interface OrganisationData {
	id: string;
	kind: 'organisation' | 'initiative' | 'party';
	name: LocalizedText;
	abbreviation?: LocalizedText;
	aliases: string[];
	note?: LocalizedText;
}

/** A field or project of cooperation. */
export interface AreaData {
	id: string;
	kind: 'field' | 'project';
	name: LocalizedText;
	aliases: string[];
	keywords: { fr: string[]; en: string[] };
	field?: string;
	note?: LocalizedText;
}

/** An event the texts refer to. */
export interface EventData {
	id: string;
	name: LocalizedText;
	date?: ExtractedDate;
	place?: string;
	note?: LocalizedText;
}

/** A raw source split into blocks. */
export interface SourceData {
	id: string;
	originalFilename: string;
	sha256: string;
	publisher: string | null;
	url: string | null;
	note?: LocalizedText;
	blocks: Block[];
}

/** A translation of a meeting article. */
export interface TranslationData {
	title: string;
	translator: string;
	note?: LocalizedText;
	/** The translated paragraphs, in the order of the original's (p1, p2…). */
	paragraphs: string[];
}

/** A meeting: the facts of its French original and its translations. */
export interface MeetingData {
	id: string;
	record: MeetingRecord;
	translations: Partial<Record<Locale, TranslationData>>;
}

/** Everything the site shows. */
export interface AtlasData {
	meetings: MeetingData[];
	actors: ActorData[];
	places: PlaceData[];
	organisations: OrganisationData[];
	areas: AreaData[];
	events: EventData[];
	sources: SourceData[];
}

/** The props of every entry page component: the atlas, the entry's id, the page's language. */
export interface EntryPageProps {
	atlas: AtlasData;
	id: string;
	locale: Locale;
}
