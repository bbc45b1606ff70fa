import { describe, expect, it } from 'vitest';
import { classifyReport } from '../../../../../src/lib/ingest/report/classify-report.ts';
import { extractPlace, withoutGivenNames } from '../../../../../src/lib/ingest/entities/extract-place.ts';
import { parsePressText } from '../../../../../src/lib/ingest/parse-press-text.ts';
import { analyse, gazetteer } from '../analyse.ts';

/** The place extracted from an invented text, with the fixture gazetteer. */
function placeOf(text: string) {
	const paragraphs = analyse(text);
	return extractPlace(paragraphs, classifyReport(paragraphs), gazetteer, 's');
}

/** The venue of a text, as { id, name, country }, or what else came out. */
function venueOf(text: string) {
	const result = placeOf(text);
	if (!result.ok) return 'not found';
	if (result.place === null) return result.reason;
	const { id, name, country } = result.place;
	return { id, name, country, scope: result.scope };
}

describe('extractPlace: the city of the sentence that reports the meeting', () => {
	it('takes a known city and the country the text ties it to', () => {
		expect(venueOf('Le 3 mai 2024, Wang Yi a rencontré son homologue kirghize Jeenbek Kulubaev à Almaty, au Kazakhstan.'))
			.toEqual({ id: 'almaty', name: 'Almaty', country: 'KZ', scope: 'city' });
	});

	it('does not read a name ending like a future tense ("Alexandra", "Samira") as another time', () => {
		for (const name of ['Alexandra Petrova', 'Samira Kadyrova', 'Vendra Ostrova']) {
			expect(venueOf(`Le 3 mai 2024, Wang Yi a rencontré son homologue kirghize ${name} à Almaty.`), name).toMatchObject({ id: 'almaty' });
		}
		// A future verb in lower case still moves the place to another event.
		expect(venueOf('Le 3 mai 2024, Wang Yi a rencontré Jeenbek Kulubaev, qui se rendra à Tachkent.')).toBe('not found');
	});

	it("takes a known city's country from the gazetteer when the text does not tie it", () => {
		expect(venueOf('Wang Yi a rencontré mardi à Astana son homologue kazakh.')).toEqual({ id: 'astana', name: 'Astana', country: 'KZ', scope: 'city' });
	});

	it('proposes a city the gazetteer lacks, with no country when the text gives none', () => {
		expect(venueOf('Wang Yi a rencontré jeudi son homologue kirghize à Karakol.')).toEqual({ id: null, name: 'Karakol', country: null, scope: 'city' });
	});

	it('ties a city to its country by "capitale du …", "capitale <adjectif>", a province or a parenthesis', () => {
		expect(venueOf('Le ministre turkmène a rencontré mardi son homologue chinois à Achgabat, capitale du Turkménistan.')).toMatchObject({ name: 'Achgabat', country: 'TM' });
		expect(venueOf("Le sommet de l'organisation s'est ouvert vendredi à Och, ville kirghize, avec la participation du président chinois.")).toMatchObject({ name: 'Och', country: 'KG' });
		expect(venueOf('Wang Yi a rencontré lundi le ministre ouzbek à Kunming, dans la province chinoise du Yunnan (sud-ouest).')).toMatchObject({ name: 'Kunming', country: 'CN' });
		expect(venueOf('Wang Yi a rencontré lundi le ministre ouzbek à Och (Kirghizistan).')).toMatchObject({ name: 'Och', country: 'KG' });
		expect(venueOf('Wang Yi a rencontré lundi le ministre ouzbek à Aktaou, dans l\'ouest du Kazakhstan.')).toMatchObject({ name: 'Aktaou', country: 'KZ' });
		expect(venueOf('Wang Yi a rencontré lundi le ministre ouzbek à Aktaou, au nord du Kazakhstan.')).toMatchObject({ name: 'Aktaou', country: 'KZ' });
	});

	it('does not take a country from a phrase after the city that is not about where it is', () => {
		expect(venueOf('Wang Yi a rencontré lundi à Karakol, en présence du président kazakh, le ministre kirghiz.')).toMatchObject({ name: 'Karakol', country: null });
	});

	it('reads "À <Lieu>" and "A <Lieu>" at the start of the sentence', () => {
		expect(venueOf('À Astana, Wang Yi a rencontré mardi son homologue kazakh.')).toMatchObject({ id: 'astana' });
		expect(venueOf('A Astana, Wang Yi a rencontré mardi son homologue kazakh.')).toMatchObject({ id: 'astana' });
	});

	it('ties an arrival city to the country of the visit in the same sentence', () => {
		expect(venueOf("Le président kirghiz est arrivé dimanche à Xiamen pour une visite d'État en Chine.")).toEqual({ id: null, name: 'Xiamen', country: 'CN', scope: 'city' });
	});

	it('finds the venue in a sentence that places the meeting itself when the lead names none', () => {
		const text = "Cette déclaration a été faite lors d'une rencontre entre les deux ministres.\n\nLes deux pays ont salué leur coopération.\n\nLa rencontre a eu lieu à Astana, au Kazakhstan.";
		expect(venueOf(text)).toEqual({ id: 'astana', name: 'Astana', country: 'KZ', scope: 'city' });
		const result = placeOf(text);
		expect(result.ok && result.place?.cite.paragraphs).toEqual(['p3']);
	});

	it('finds the venue in the lede before the sentence that reports the meeting', () => {
		const text = "Le président chinois a appelé samedi à Pékin au renforcement des liens avec l'Asie centrale.\n\nIl a fait cette remarque lors d'une rencontre avec le président kirghiz.";
		expect(venueOf(text)).toEqual({ id: null, name: 'Pékin', country: null, scope: 'city' });
	});
});

describe('extractPlace: a building of a city', () => {
	it('takes the city after a building and "de", "d\'" or "à"', () => {
		expect(venueOf('Le président kirghiz Bakyt Osmonov a reçu mercredi Wang Yi à la Maison-Blanche de Karakol.')).toEqual({ id: null, name: 'Karakol', country: null, scope: 'city' });
		expect(venueOf("Le président kazakh Nurlan Seitkali a reçu mardi Wang Yi au palais Ak Orda d'Astana.")).toEqual({ id: 'astana', name: 'Astana', country: 'KZ', scope: 'city' });
		expect(venueOf('Le président chinois Liu Hanwen a reçu lundi Jeenbek Kulubaev au Grand Palais du Peuple à Almaty.')).toEqual({ id: 'almaty', name: 'Almaty', country: 'KZ', scope: 'city' });
	});

	it('takes no person after a building for a city', () => {
		expect(venueOf('Wang Yi a rencontré lundi Jeenbek Kulubaev à la résidence de Nurlan Seitkali.')).toBe('not found');
	});
});

describe('withoutGivenNames', () => {
	it('drops a place alias that is the given name before a surname, and keeps the place elsewhere', () => {
		const [paragraph] = analyse("L'ancien président Noursoultan Temirov s'est rendu à Noursoultan, au Kazakhstan.");
		const places = withoutGivenNames(paragraph!.text, paragraph!.matches).filter((match) => match.entry.collection === 'places');
		expect(places.map((match) => [match.written, match.start])).toEqual([['Noursoultan', paragraph!.text.lastIndexOf('Noursoultan')]]);
	});
});

describe('extractPlace: only a country', () => {
	it('takes the country of an arrival, a stay or an announced visit when no city is named', () => {
		expect(venueOf("Le président chinois est arrivé mercredi au Kazakhstan pour une visite d'État.")).toEqual({ id: null, name: 'Kazakhstan', country: 'KZ', scope: 'country' });
		expect(venueOf('Le Premier ministre chinois se rendra en Ouzbékistan du 3 au 5 mars, a annoncé le ministère.')).toEqual({ id: null, name: 'Ouzbékistan', country: 'UZ', scope: 'country' });
		expect(venueOf('Le ministre kazakh, en visite en Chine, a rencontré lundi Wang Yi.')).toMatchObject({ name: 'Chine', country: 'CN', scope: 'country' });
	});

	it('does not take a country named for something else than where the meeting is', () => {
		expect(venueOf('Wang Yi a rencontré lundi son homologue pour discuter des investissements chinois au Kirghizistan.')).toBe('not found');
	});
});

describe('extractPlace: no venue', () => {
	it('gives null for a virtual meeting, even with a city in the sentence', () => {
		expect(venueOf('Wang Yi, depuis Pékin, s\'est entretenu mardi par visioconférence avec son homologue kazakh à Astana.')).toBe('virtual');
	});

	it('gives null when several venues are announced (a tour)', () => {
		expect(venueOf('Le ministre chinois effectuera des visites au Kirghizistan, au Kazakhstan et en Russie du 2 au 9 juin.')).toBe('several-venues');
		const result = placeOf('Le ministre chinois se rendra à Astana et à Bichkek la semaine prochaine.');
		expect(result.ok && result.place === null && result.names).toEqual(['Astana', 'Bichkek']);
	});

	it('finds nothing when the text states no venue, so that a curator supplies it', () => {
		const result = placeOf('Le président tadjik a discuté jeudi avec le ministre chinois des Affaires étrangères.');
		expect(result.ok).toBe(false);
	});
});

describe('extractPlace: a city named for another event is not the venue', () => {
	it('skips a city in a clause about a future event', () => {
		expect(venueOf('Wang Yi a rencontré jeudi le président tadjik, qui accueillera en septembre le sommet de l\'OCS à Douchanbé.')).toBe('not found');
		expect(venueOf('Wang Yi a rencontré jeudi à Astana le président kazakh, qui participera au prochain sommet à Douchanbé.')).toMatchObject({ id: 'astana' });
	});

	it('skips the next or the previous leg of a trip', () => {
		expect(venueOf('Le président kazakh a rencontré lundi Xi Jinping à Astana, avant de se rendre à Almaty.')).toMatchObject({ id: 'astana' });
		expect(venueOf('Le président chinois a rencontré lundi son homologue à Astana après une étape à Bichkek.')).toMatchObject({ id: 'astana' });
	});

	it('skips a city that only qualifies a summit a bilateral meeting prepares', () => {
		expect(venueOf("Wang Yi a rencontré mardi à Almaty son homologue kirghize pour préparer le sommet de l'organisation à Bichkek.")).toMatchObject({ id: 'almaty' });
	});

	it('keeps the city of a summit the meeting is held at', () => {
		expect(venueOf("Wang Yi a rencontré mardi son homologue kirghize en marge du sommet de l'organisation à Bichkek.")).toMatchObject({ name: 'Bichkek' });
	});

	it('skips a trip to a city for another meeting, reported after the meeting', () => {
		const text = 'Le président kirghiz a discuté jeudi avec le ministre chinois de la Défense.\n\nLe ministre s\'est rendu à Och pour une réunion des ministres de la Défense.';
		expect(venueOf(text)).toBe('not found');
	});

	it('skips a city inside a name and a person after "à"', () => {
		expect(venueOf("Xi Jinping a rencontré mercredi l'ancien président kirghiz lors de la conférence du Forum de Boao pour l'Asie.")).toBe('not found');
		expect(venueOf('Wang Yi a rencontré lundi Jeenbek Kulubaev et a transmis à M. Kulubaev les salutations du président chinois.')).toBe('not found');
		expect(venueOf('Wang Yi a rencontré lundi son homologue et a remis à Jeenbek Kulubaev un message.')).toBe('not found');
	});

	it('skips a city in a photo caption', () => {
		const text = 'Wang Yi a rencontré mardi son homologue kazakh.\n\nLe ministre chinois lors d\'une conférence à Pékin.\n\nPhoto : Xinhua\n\nLes deux ministres ont salué leurs liens.';
		expect(venueOf(text)).toBe('not found');
	});
});

describe('parsePressText: the place in the record', () => {
	const options = { source: 's', sha256: '0'.repeat(64) };

	it('records a country-only venue without reporting it as an unknown place', () => {
		const result = parsePressText("Le 14 mars 2024, le président chinois est arrivé au Kazakhstan pour une visite d'État.", gazetteer, options);
		if (!result.ok) throw new Error('refused');
		expect(result.parsed.record.place).toEqual({ id: null, name: 'Kazakhstan', country: 'KZ', cite: { source: 's', paragraphs: ['p1'] } });
		expect(result.parsed.record.unresolved.filter((item) => item.reason === 'unknown-place')).toEqual([]);
		expect(result.parsed.id).toBe('2024-03-14-kazakhstan');
	});

	it('reports an unknown city for the gazetteer, and keeps it', () => {
		const result = parsePressText('Le 14 mars 2024, Wang Yi a rencontré son homologue kirghize à Karakol.', gazetteer, options);
		if (!result.ok) throw new Error('refused');
		expect(result.parsed.record.place).toMatchObject({ id: null, name: 'Karakol', country: null });
		expect(result.parsed.record.unresolved).toContainEqual(expect.objectContaining({ name: 'Karakol', reason: 'unknown-place' }));
	});

	it('gives null and a review item, not a blocking one, for several venues', () => {
		const result = parsePressText('Le 14 mars 2024, le ministre chinois a effectué des visites au Kirghizistan et au Kazakhstan.', gazetteer, options);
		if (!result.ok) throw new Error('refused');
		expect(result.parsed.record.place).toBeNull();
		expect(result.parsed.review).toContainEqual(expect.objectContaining({ field: 'place', blocking: false }));
	});

	it('leaves the place absent, and blocking, when no venue is found', () => {
		const result = parsePressText('Le 14 mars 2024, Wang Yi a rencontré son homologue kirghize.', gazetteer, options);
		if (!result.ok) throw new Error('refused');
		expect(result.parsed.record.place).toBeUndefined();
		expect(result.parsed.review).toContainEqual(expect.objectContaining({ field: 'place', blocking: true }));
	});
});
