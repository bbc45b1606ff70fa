import { z } from 'zod';
import { countryCodeSchema, createCitationSchema, draftSchema, localizedTextSchema, paragraphIdSchema, type CollectionName, type IdReference, type ReferenceFactory } from './common.ts';
import { fuzzyDateSchema } from './date.ts';

/** What a press text reports. The atlas publishes meetings that took place; an announced visit stays a draft. */
export const reportKindSchema = z.enum(['meeting', 'virtual-meeting', 'multilateral-meeting', 'arrival', 'announced-visit']);
export type ReportKind = z.output<typeof reportKindSchema>;

/** Something the ingest found but could not resolve, kept so a curator can act on it. */
export const unresolvedSchema = z.object({
	/** The words as written. */
	name: z.string().min(1),
	/** What it looks like, and so where a curator would add it. */
	reason: z.enum(['unknown-name', 'unknown-place', 'unknown-speaker', 'unknown-organisation']),
	/** The paragraph it appears in. */
	paragraph: paragraphIdSchema,
	/** The 1-based line of the raw file. */
	line: z.number().int().positive(),
});

/** The facts of a meeting, extracted from its source; every fact cites its paragraphs. */
export const createMeetingFactsSchema = <Reference extends z.ZodType>(reference: ReferenceFactory<Reference>) => {
	const cite = createCitationSchema(reference);
	/** A gazetteer entry found in the text: its id (null when unknown) and the words as written. */
	const mention = (collection: CollectionName) =>
		z.object({
			/** The entry, or null when the text names something the gazetteer lacks. */
			id: reference(collection).nullable(),
			/** The name exactly as the text writes it (first occurrence). */
			name: z.string().min(1),
			/** Where the text names it. */
			cite,
		});
	/** An actor the text names, with the role it gives them. */
	const actorMention = mention('actors').extend({
		/** The role as this source writes it (French), or null if none is given. */
		role: z.string().min(1).nullable(),
		/** The person's country: the adjective of the role ("homologue kirghize" → KG), else the gazetteer's; null when neither tells. */
		country: countryCodeSchema.nullable().optional(),
	});
	return z.object({
		/** What the text reports: a meeting held (virtual or not, between two or many) or an announced visit, or an arrival. */
		reports: reportKindSchema.default('meeting'),
		/** The source text this meeting is drawn from. */
		source: reference('sources'),
		/** SHA-256 of the raw source when this file was generated. */
		sourceSha256: z.string().regex(/^[0-9a-f]{64}$/),
		/** Keywords printed above the text ("Kirghizistan", "Asie Centrale"). */
		tags: z.array(z.string()).default([]),
		/** The byline, when the text has one. */
		author: z.string().nullable(),
		/** When the meeting took place. */
		date: fuzzyDateSchema.and(z.object({ cite })),
		/**
		 * Where it took place: a city or region (id null when the gazetteer lacks it), or only a
		 * country when the text names no city ("est arrivé au Kazakhstan": id null, name "Kazakhstan").
		 * Null when the text states no venue: a virtual meeting, or several venues (a tour).
		 */
		place: mention('places')
			.extend({
				/** The venue's country: the one the text ties it to ("à Almaty, au Kazakhstan" → KZ), else the gazetteer's; null when neither tells. */
				country: countryCodeSchema.nullable().optional(),
			})
			.nullable(),
		/** Who met, with the role the source gives them. */
		participants: z.array(actorMention),
		/** Other actors the text names (presidents, states), with the role it gives them. */
		actors: z.array(actorMention),
		/** Other places the text names. */
		places: z.array(mention('places')),
		/** Organisations and initiatives the text names; those the gazetteer lacks have a null id. */
		organisations: z.array(
			mention('organisations').extend({
				/** The acronym the text gives the organisation in brackets after its name ("Forum de Boao pour l'Asie (FBA)" → "FBA"); its bare uses are cited too. */
				abbreviation: z.string().min(1).optional(),
			}),
		),
		/** Cooperation fields and projects the text discusses. */
		areas: z.array(mention('areas')),
		/** Events the text refers to, with their date when the text gives one. */
		events: z.array(mention('events').extend({ date: fuzzyDateSchema.optional() })),
		/** Positions and declarations, attributed to who holds or made them. */
		statements: z.array(
			z.object({
				/** Who speaks or holds the position. Several for a joint position. */
				speakers: z.array(reference('actors')).min(1),
				/** "direct" when the text reports speech ("a déclaré"), "reported" for a stated position ("soutient"). */
				kind: z.enum(['direct', 'reported']),
				/** The attributing verb as written ("a déclaré", "soutient"). */
				verb: z.string().min(1),
				/** The sentence, exactly as written. */
				text: z.string().min(1),
				/** The paragraph it is in. */
				cite,
			}),
		),
		/** What the ingest could not resolve. */
		unresolved: z.array(unresolvedSchema).default([]),
	});
};

/** Frontmatter of a meeting article in French, generated by the ingest from its source. */
export const createMeetingOriginalSchema = <Reference extends z.ZodType>(reference: ReferenceFactory<Reference>) =>
	createMeetingFactsSchema(reference).extend({
		/** An original article, generated from a source. */
		kind: z.literal('original'),
		/** The title, from the text or generated when the text has none. */
		title: z.string().min(1),
		/** True when the text had no title and the ingest wrote one. */
		titleGenerated: z.boolean(),
	});

/** Frontmatter of a translated meeting article; the facts come from the original. */
export const translationSchema = z.object({
	/** A translation of the article in the other language folder with the same id. */
	kind: z.literal('translation'),
	/** The translated title. */
	title: z.string().min(1),
	/** Who translated, and how. */
	translator: z.string().min(1),
	/** A translator's note, shown with the translation. */
	note: localizedTextSchema.optional(),
	/**
	 * The statements of the original in this language, in its order. Each names the French
	 * sentence it translates by its fingerprint (statementFingerprint), so that a sentence changed
	 * after translation is caught by the content check.
	 */
	statements: z
		.array(
			z.object({
				/** The first 12 hex digits of the SHA-256 of the French sentence: "3f2a9c1b7d0e". */
				fingerprint: z.string().regex(/^[0-9a-f]{12}$/u, 'the first 12 hex digits of the SHA-256 of the French sentence'),
				/** The sentence in this language. */
				text: z.string().min(1),
			}),
		)
		.default([]),
	/** A skeleton of the ingest not yet translated (see draftSchema): the content check refuses it. */
	draft: draftSchema.optional(),
});

/** Any meeting article: a French original or a translation. */
export const createMeetingSchema = <Reference extends z.ZodType>(reference: ReferenceFactory<Reference>) =>
	z.discriminatedUnion('kind', [createMeetingOriginalSchema(reference), translationSchema]);
export type MeetingOriginalInput = z.input<ReturnType<typeof createMeetingOriginalSchema<IdReference>>>;

/** Everything extracted from one press text, references as ids: what the ingest writes and the site reads. */
export type MeetingRecord = z.output<ReturnType<typeof createMeetingOriginalSchema<IdReference>>>;
/** The frontmatter of a translated article. */
export type TranslationFrontmatter = z.output<typeof translationSchema>;
/** A date of the record with the paragraphs that give it. */
export type CitedDate = MeetingRecord['date'];
/** An entry the text names: its id (null when the gazetteer lacks it), the words as written, the citation. */
export type Mention = MeetingRecord['places'][number];
/** The meeting's venue: a mention of a place, or of a country only, with its country. */
export type PlaceMention = NonNullable<MeetingRecord['place']>;
/** An actor the text names, with the role it gives them. */
export type ActorMention = MeetingRecord['participants'][number];
/** An organisation the text names, with the acronym it gives it, if any. */
export type OrganisationMention = MeetingRecord['organisations'][number];
/** An event the text refers to, with its date when the text gives one. */
export type EventMention = MeetingRecord['events'][number];
/** A position or declaration and who holds or made it. */
export type Statement = MeetingRecord['statements'][number];
/** A name the ingest could not resolve, for a curator to add to the gazetteer. */
export type Unresolved = z.output<typeof unresolvedSchema>;
