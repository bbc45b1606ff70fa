/**
 * Which features of Natural Earth's countries (world-atlas, keyed by ISO 3166-1 numeric codes)
 * draw a country of the atlas (keyed by ISO 3166-1 alpha-2 codes). Natural Earth has no alpha-2
 * codes, so the map needs this table; it lists the countries of Asia and their neighbours, and a
 * unit test fails, naming the code, when the content uses a country missing here.
 */

/**
 * The numeric codes of each alpha-2 code's features. China includes Hong Kong and Macao, which
 * Natural Earth draws as features of their own, because the content gives them the country CN.
 */
export const featureCodes: Readonly<Record<string, readonly string[]>> = {
	AE: ['784'], AF: ['004'], AM: ['051'], AZ: ['031'], BD: ['050'], BH: ['048'], BN: ['096'], BT: ['064'],
	BY: ['112'], CN: ['156', '344', '446'], GE: ['268'], ID: ['360'], IN: ['356'], IQ: ['368'], IR: ['364'],
	JP: ['392'], KG: ['417'], KH: ['116'], KP: ['408'], KR: ['410'], KW: ['414'], KZ: ['398'], LA: ['418'],
	LK: ['144'], MM: ['104'], MN: ['496'], MY: ['458'], NP: ['524'], OM: ['512'], PH: ['608'], PK: ['586'],
	QA: ['634'], RU: ['643'], SA: ['682'], SG: ['702'], SY: ['760'], TH: ['764'], TJ: ['762'], TM: ['795'],
	TR: ['792'], UA: ['804'], UZ: ['860'], VN: ['704'], YE: ['887'],
};

/** The features that draw a country: featuresOf("CN") → ["156", "344", "446"]; an unknown code → []. */
export function featuresOf(code: string): readonly string[] {
	return featureCodes[code] ?? [];
}
