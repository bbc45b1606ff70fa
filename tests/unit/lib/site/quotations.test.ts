import { describe, expect, it } from 'vitest';
import { entryOf } from '../../../../src/lib/atlas.ts';
import { quoteSentence, quoteStatement } from '../../../../src/lib/site/quotations.ts';
import { atlasOf, translation, world } from '../../atlas-fixture.ts';

const atlas = atlasOf(world);
const portAven = '2024-02-02-port-aven';
const fortRoyal = '2021-03-fort-royal';

describe('quoteStatement', () => {
	const meeting = entryOf(atlas, 'meetings', portAven);
	const [railway, transport, ports] = meeting.record.statements;

	it('quotes a statement in English from the translation whose fingerprint matches its French sentence, keeping the original', () => {
		expect(quoteStatement(meeting, railway!, 'en')).toEqual({ text: 'Mira Saltan stressed that the coastal railway line would move forward.', lang: 'en', original: 'Mira Saltan a souligné que la ligne ferroviaire côtière avancerait.' });
		expect(quoteStatement(meeting, transport!, 'en').text).toBe('Sudria wishes to develop transport.');
	});

	it('quotes the French on French pages, and where no English text exists', () => {
		expect(quoteStatement(meeting, railway!, 'fr')).toEqual({ text: 'Mira Saltan a souligné que la ligne ferroviaire côtière avancerait.', lang: 'fr' });
		expect(quoteStatement(meeting, ports!, 'en')).toEqual({ text: '« Nos ports sont ouverts », a déclaré Mira Saltan.', lang: 'fr' });
		const fortRoyalMeeting = entryOf(atlas, 'meetings', fortRoyal);
		expect(quoteStatement(fortRoyalMeeting, fortRoyalMeeting.record.statements[0]!, 'en').lang).toBe('fr');
	});

	it('ignores an English text whose fingerprint is that of another wording', () => {
		const changed = { ...railway!, text: 'Mira Saltan a affirmé que la ligne ferroviaire côtière avancerait.' };
		expect(quoteStatement(meeting, changed, 'en')).toEqual({ text: changed.text, lang: 'fr' });
	});
});

describe('quoteSentence', () => {
	it('quotes the sentence of the same rank in the translated paragraph', () => {
		expect(quoteSentence(atlas, portAven, { paragraph: 'p2', text: 'Les deux ministres ont salué le travail de la Ligue des ports.' }, 'en')).toEqual({
			text: 'The two ministers praised the work of the League of Ports.',
			lang: 'en',
			original: 'Les deux ministres ont salué le travail de la Ligue des ports.',
		});
	});

	it('quotes the whole translated paragraph, with the whole original, when the two split differently', () => {
		const uneven = atlasOf({ ...world, meetings: world.meetings.map((article) => (article.id === `en/${portAven}` ? translation(portAven, 'T', ['p1', 'Norland President Karl Ostrem had proposed the meeting; the two ministers praised the League of Ports.', 'p3', 'p4']) : article)) });
		const quoted = quoteSentence(uneven, portAven, { paragraph: 'p2', text: 'Les deux ministres ont salué le travail de la Ligue des ports.' }, 'en');
		expect(quoted.text).toBe('Norland President Karl Ostrem had proposed the meeting; the two ministers praised the League of Ports.');
		expect(quoted.original).toMatch(/^Le président norlandais .*Ligue des ports\.$/u);
	});

	it('quotes the French on French pages and for a meeting without translation', () => {
		const sentence = { paragraph: 'p2', text: 'Les deux ministres ont salué le travail de la Ligue des ports.' };
		expect(quoteSentence(atlas, portAven, sentence, 'fr')).toEqual({ text: sentence.text, lang: 'fr' });
		expect(quoteSentence(atlas, fortRoyal, { paragraph: 'p3', text: 'Ils ont convenu de relancer le chemin de fer côtier.' }, 'en')).toEqual({ text: 'Ils ont convenu de relancer le chemin de fer côtier.', lang: 'fr' });
	});
});
