import { describe, expect, it } from 'vitest';
import { entryOf } from '../../../src/lib/atlas.ts';
import { atlasOf, cite, field, original, person, place, state, translation } from '../atlas-fixture.ts';

describe('toAtlas', () => {
	const minister = { id: 'tomas-vell', name: 'Tomas Vell', cite: cite('x', 'p1') };
	const atlas = atlasOf({
		meetings: [
			original('2024-05-02-port-aven', { place: { id: 'port-aven', name: 'Port-Aven', cite: cite('2024-05-02-port-aven', 'p1') }, participants: [{ ...minister, role: 'ministre' }], areas: [{ id: 'fisheries', name: 'pêche', cite: cite('2024-05-02-port-aven', 'p2') }] }),
			original('2023-11-lenmark', { actors: [{ ...minister, role: null }], place: { id: 'lenmark', name: 'Lenmark', cite: cite('2023-11-lenmark', 'p1') }, places: [{ id: 'port-aven', name: 'Port-Aven', cite: cite('2023-11-lenmark', 'p3') }] }),
			translation('2024-05-02-port-aven', 'Meeting in Port-Aven', ['First paragraph.']),
			original('2023-11-01-port-aven', { place: { id: 'port-aven', name: 'Port-Aven', cite: cite('2023-11-01-port-aven', 'p1') } }),
		],
		actors: [person('tomas-vell', 'Tomas Vell', 'XN'), state('norland', 'Norland', 'XN')],
		places: [place('port-aven', 'Port-Aven'), place('lenmark', 'Lenmark')],
		areas: [field('fisheries', 'Pêche', { fr: ['pêche'] })],
	});
	const ids = (meetings: { id: string }[] | undefined) => meetings?.map((meeting) => meeting.id);

	it('orders meetings by date at their precision, a month before its days, then by id', () => {
		expect(ids(atlas.meetings)).toEqual(['2023-11-lenmark', '2023-11-01-port-aven', '2024-05-02-port-aven']);
		expect(atlas.meetingIndex.get('2024-05-02-port-aven')).toBe(2);
	});

	it('joins each translation to its original, by the id after the language folder', () => {
		expect(entryOf(atlas, 'meetings', '2024-05-02-port-aven').translations.en).toEqual({ title: 'Meeting in Port-Aven', translator: 'Fixture translator (human)', statements: [], paragraphs: ['First paragraph.'] });
		expect(entryOf(atlas, 'meetings', '2023-11-lenmark').translations).toEqual({});
	});

	it('puts each entry beside its id, sorted by id, and indexes it', () => {
		expect(ids(atlas.places)).toEqual(['lenmark', 'port-aven']);
		expect(atlas.byId.places.get('port-aven')?.name.en).toBe('Port-Aven');
		expect(atlas.byId.actors.get('nobody')).toBeUndefined();
	});

	it('finds the meeting of each source', () => {
		expect(atlas.meetingOfSource.get('2023-11-lenmark')?.id).toBe('2023-11-lenmark');
	});

	it('lists the meetings that name an entry once each, oldest first, as participant or mention', () => {
		expect(ids(atlas.meetingsNaming.actors.get('tomas-vell'))).toEqual(['2023-11-lenmark', '2024-05-02-port-aven']);
		expect(ids(atlas.meetingsNaming.areas.get('fisheries'))).toEqual(['2024-05-02-port-aven']);
		// The meeting place counts as named, like the other places a text mentions.
		expect(ids(atlas.meetingsNaming.places.get('port-aven'))).toEqual(['2023-11-lenmark', '2023-11-01-port-aven', '2024-05-02-port-aven']);
	});

	it('tells where meetings were held apart from where places are mentioned', () => {
		expect(ids(atlas.meetingsAt.get('lenmark'))).toEqual(['2023-11-lenmark']);
		expect(ids(atlas.meetingsAt.get('port-aven'))).toEqual(['2023-11-01-port-aven', '2024-05-02-port-aven']);
	});

	it('finds the state actor of a country code, and no person', () => {
		expect(atlas.stateOf.get('XN')?.id).toBe('norland');
		expect(atlas.stateOf.get('XS')).toBeUndefined();
	});

	it('keeps names the gazetteer lacks out of the indexes', () => {
		const unknown = atlasOf({ meetings: [original('2024-01-01-port-aven', { participants: [{ id: null, name: 'Inconnu', cite: cite('x', 'p1'), role: null }] })] });
		expect([...unknown.meetingsNaming.actors.keys()]).toEqual([]);
	});

	it('ignores a translation without an original (the content check reports it)', () => {
		expect(atlasOf({ meetings: [translation('lost', 'Lost', [])] }).meetings).toEqual([]);
	});
});

describe('entryOf', () => {
	it('names the collection and the id it could not find', () => {
		expect(() => entryOf(atlasOf({}), 'actors', 'tomas-vell')).toThrow('the atlas has no actors entry "tomas-vell"');
	});
});
