/**
 * The fields of the open data files, explained in both languages on the data page. A test
 * checks that they name exactly the fields of the schemas in lib/share/open-data.ts.
 */
export const dataFields = {
	meetings: {
		id: { fr: 'identifiant stable de la rencontre : date et lieu, « 2025-04-25-almaty »', en: 'stable meeting id: date and place, "2025-04-25-almaty"' },
		reports: { fr: 'ce que rapporte la source : meeting (rencontre), virtual-meeting (entretien par vidéo), multilateral-meeting (rencontre multilatérale), arrival (arrivée)', en: 'what the source reports: meeting, virtual-meeting (a video call), multilateral-meeting, arrival' },
		url: { fr: 'adresse de la page de la rencontre, en français (fr) et en anglais (en)', en: 'address of the meeting page, in French (fr) and English (en)' },
		title: { fr: 'titre, dans les deux langues', en: 'title, in both languages' },
		source: { fr: 'le texte de presse : id, adresses, SHA-256 du texte brut reçu', en: 'the press text: id, addresses, SHA-256 of the raw text as received' },
		date: { fr: 'valeur ISO 8601 à sa précision (« 2022-06 »), précision, dernier jour d’une rencontre de plusieurs jours (sinon null), déduite ou non, raison de la déduction, citation', en: 'ISO 8601 value at its precision ("2022-06"), precision, last day of a meeting over several days (else null), inferred or not, basis of the inference, citation' },
		place: { fr: 'lieu de la rencontre : id, nom tel qu’écrit, pays auquel la source le rattache (code ISO, sinon null), citation ; null quand le texte n’indique pas de lieu', en: 'where it took place: id, name as written, the country the source ties it to (ISO code, else null), citation; null when the text states no venue' },
		participants: { fr: 'qui s’est rencontré : id, nom tel qu’écrit, fonction telle que la source la donne (en français), pays (code ISO : adjectif de la fonction, sinon celui de la fiche), citation', en: 'who met: id, name as written, role as the source states it (in French), country (ISO code: the adjective of the role, else the entry’s), citation' },
		actors: { fr: 'autres acteurs nommés, avec citation', en: 'other actors named, with citation' },
		places: { fr: 'autres lieux nommés, avec citation', en: 'other places named, with citation' },
		organisations: { fr: 'organisations et initiatives nommées, avec leur sigle quand la source le donne entre parenthèses, et citation', en: 'organisations and initiatives named, with the acronym the source gives in brackets, and citation' },
		areas: { fr: 'domaines et projets de coopération, avec citation', en: 'fields and projects of cooperation, with citation' },
		events: { fr: 'événements évoqués, avec citation', en: 'events referred to, with citation' },
		statements: { fr: 'déclarations et positions : à qui la source les attribue (ids), direct ou rapporté, verbe, texte cité en français, sa traduction anglaise (textEn), citation', en: 'statements and positions: whom the source attributes them to (ids), direct or reported, verb, text quoted in French, its English translation (textEn), citation' },
	},
	actors: {
		id: { fr: 'identifiant stable', en: 'stable id' },
		kind: { fr: '« person » (personne) ou « state » (État)', en: '"person" or "state"' },
		name: { fr: 'nom en français et en anglais', en: 'name in French and English' },
		aliases: { fr: 'toutes les graphies connues', en: 'every known spelling' },
		country: { fr: 'code pays ISO 3166-1 alpha-2', en: 'ISO 3166-1 alpha-2 country code' },
		url: { fr: 'adresse de la page de l’acteur dans les deux langues', en: 'address of the actor page in both languages' },
		appearances: { fr: 'chaque rencontre où l’acteur figure : participant ou seulement nommé, nom et fonction tels qu’écrits, citation', en: 'every meeting the actor appears in: participant or only named, name and role as written, citation' },
	},
	areas: {
		id: { fr: 'identifiant stable', en: 'stable id' },
		kind: { fr: '« field » (domaine) ou « project » (projet)', en: '"field" or "project"' },
		name: { fr: 'nom en français et en anglais', en: 'name in French and English' },
		field: { fr: 'pour un projet, l’id de son domaine', en: 'for a project, the id of its field' },
		aliases: { fr: 'autres noms d’un projet', en: 'other names of a project' },
		url: { fr: 'adresse de la page dans les deux langues', en: 'address of the page in both languages' },
		mentions: { fr: 'chaque rencontre où il en est question : mots de la source, citation', en: 'every meeting where it comes up: words of the source, citation' },
	},
	citation: {
		source: { fr: 'id du texte source', en: 'id of the source text' },
		paragraphs: { fr: 'paragraphes du texte qui donnent le fait : « p1 », « p2 »…', en: 'paragraphs of the text that state the fact: "p1", "p2"…' },
		urls: { fr: 'adresse de chacun de ces paragraphes dans l’original français', en: 'address of each of those paragraphs in the French original' },
	},
} as const;
