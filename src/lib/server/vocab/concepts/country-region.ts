/**
 * ILO region of every ISO 3166-1 alpha-2 code (plus XK, Kosovo). Territories follow the
 * continent they lie in (Réunion and Mayotte → Africa, French Guiana and the Caribbean
 * islands → Americas, Pacific territories → Asia and the Pacific, Greenland → Americas).
 * The uninhabited Antarctic and sub-Antarctic codes need a region only so that every code
 * has one: AQ and HM go with Asia and the Pacific, BV and GS with the Americas, TF and IO
 * with Africa (their UN M49 regions where one exists).
 */
import type { Concept } from '../types';

type IloRegionCode = 'africa' | 'americas' | 'arab-states' | 'asia-pacific' | 'europe-central-asia';

const CODES_BY_REGION: Record<IloRegionCode, string> = {
	'arab-states': 'AE BH IQ JO KW LB OM PS QA SA SY YE',
	africa:
		'AO BF BI BJ BW CD CF CG CI CM CV DJ DZ EG EH ER ET GA GH GM GN GQ GW IO KE KM LR LS LY MA MG ML MR MU MW MZ NA NE NG RE RW SC SD SH SL SN SO SS ST SZ TD TF TG TN TZ UG YT ZA ZM ZW',
	americas:
		'AG AI AR AW BB BL BM BO BQ BR BS BV BZ CA CL CO CR CU CW DM DO EC FK GD GF GL GP GS GT GY HN HT JM KN KY LC MF MQ MS MX NI PA PE PM PR PY SR SV SX TC TT US UY VC VE VG VI',
	'asia-pacific':
		'AF AQ AS AU BD BN BT CC CK CN CX FJ FM GU HK HM ID IN IR JP KH KI KP KR LA LK MH MM MN MO MP MV MY NC NF NP NR NU NZ PF PG PH PK PN PW SB SG TH TK TL TO TV TW UM VN VU WF WS',
	'europe-central-asia':
		'AD AL AM AT AX AZ BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GE GG GI GR HR HU IE IL IM IS IT JE KG KZ LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM TJ TM TR UA UZ VA XK'
};

/** Alpha-2 code → ILO region code. */
export const iloRegionOfCountry: ReadonlyMap<string, IloRegionCode> = new Map(
	(Object.entries(CODES_BY_REGION) as [IloRegionCode, string][]).flatMap(([region, codes]) =>
		codes.split(' ').map((code) => [code, region] as const)
	)
);

/** Kosovo is not in ISO 3166-1; XK is the code the EU and others use for it. */
export const kosovo: Concept = {
	code: 'XK',
	labels: { en: 'Kosovo', es: 'Kosovo', fr: 'Kosovo', pt: 'Kosovo' },
	altLabels: { en: ['Republic of Kosovo'], es: ['República de Kosovo'], fr: ['République du Kosovo'], pt: ['República do Kosovo', 'Cossovo'] },
	extra: { alpha3: 'XKX', iloRegion: 'europe-central-asia' }
};

/** Codes seen in real data that are not ISO alpha-2 but name a country unambiguously. */
export const COUNTRY_CODE_ALIASES: Readonly<Record<string, string>> = {
	EL: 'GR', // Greece in EU statistics and Erasmus lists
	UK: 'GB'
};
