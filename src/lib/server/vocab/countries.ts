/**
 * The `country` vocabulary: ISO 3166-1 alpha-2 codes with names in the four interface
 * languages from the i18n-iso-countries package, each with its ILO region.
 */
// The package's main entry registers all 80 locales; its index file plus the four JSON
// locale files we need keeps start-up light. Import attributes let the same lines run
// under Node ESM (tsx CLI) and in the Vite SSR bundle.
import * as isoCountries from 'i18n-iso-countries/index.js';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import pt from 'i18n-iso-countries/langs/pt.json' with { type: 'json' };
import { COUNTRY_CODE_ALIASES, iloRegionOfCountry, kosovo } from './concepts/country-region';
import { LOCALES, type AltLabels, type Concept, type Labels, type Locale } from './types';

// Short everyday names where the package gives the long official one, and two fixes:
// its Portuguese file swaps the names of the two Congos.
const PREFERRED_NAMES: Record<Locale, Record<string, string>> = {
	en: {
		BN: 'Brunei', CD: 'Democratic Republic of the Congo', CG: 'Congo', CI: 'Côte d’Ivoire', CN: 'China', CZ: 'Czechia',
		FK: 'Falkland Islands', FM: 'Micronesia', GM: 'Gambia', IR: 'Iran', LA: 'Laos', MD: 'Moldova', MK: 'North Macedonia',
		PS: 'Palestine', RE: 'Réunion', RU: 'Russia', SY: 'Syria', TW: 'Taiwan', TZ: 'Tanzania', US: 'United States',
		VA: 'Holy See', VG: 'British Virgin Islands', VI: 'United States Virgin Islands'
	},
	es: { BN: 'Brunéi', CD: 'República Democrática del Congo', KR: 'Corea del Sur', LA: 'Laos', SY: 'Siria' },
	fr: { CI: 'Côte d’Ivoire', SZ: 'Eswatini', US: 'États-Unis', VA: 'Saint-Siège' },
	pt: { CD: 'República Democrática do Congo', CG: 'República do Congo', PS: 'Palestina' }
};

const WRONG_PACKAGE_NAMES: Partial<Record<Locale, string[]>> = { pt: ['CD', 'CG'] };

let registered = false;

function registerLocales(): void {
	if (registered) return;
	for (const data of [en, es, fr, pt]) isoCountries.registerLocale(data as isoCountries.LocaleData);
	registered = true;
}

function uniqueExcept(values: string[], except: string): string[] {
	return [...new Set(values)].filter((value) => value !== except);
}

/** Builds the country concepts; called once by the registry. */
export function buildCountries(): Concept[] {
	registerLocales();
	const namesByLocale = Object.fromEntries(
		LOCALES.map((locale) => [locale, isoCountries.getNames(locale, { select: 'all' })])
	) as Record<Locale, Record<string, string[]>>;

	const concepts: Concept[] = [];
	for (const alpha2 of Object.keys(isoCountries.getAlpha2Codes()).sort()) {
		if (alpha2 === kosovo.code) continue;
		const labels = {} as Labels;
		const altLabels: AltLabels = {};
		for (const locale of LOCALES) {
			const packageNames = WRONG_PACKAGE_NAMES[locale]?.includes(alpha2) ? [] : (namesByLocale[locale][alpha2] ?? []);
			const label = PREFERRED_NAMES[locale][alpha2] ?? packageNames[0] ?? namesByLocale.en[alpha2]?.[0] ?? alpha2;
			labels[locale] = label;
			const others = uniqueExcept(packageNames, label).filter((name) => name.length > 2);
			if (others.length > 0) altLabels[locale] = others;
		}
		const region = iloRegionOfCountry.get(alpha2);
		if (!region) throw new Error(`Country ${alpha2} has no ILO region; add it to concepts/country-region.ts.`);
		concepts.push({
			code: alpha2,
			labels,
			altLabels,
			extra: { alpha3: isoCountries.alpha2ToAlpha3(alpha2), numeric: isoCountries.alpha2ToNumeric(alpha2), iloRegion: region }
		});
	}
	concepts.push(kosovo);
	return concepts.sort((a, b) => a.code.localeCompare(b.code));
}

/** Alpha-3 codes and the non-ISO codes of real data (EL, UK, XKX) → alpha-2. */
export function countryInputAliases(): Record<string, string> {
	registerLocales();
	const aliases: Record<string, string> = { ...COUNTRY_CODE_ALIASES };
	for (const [alpha3, alpha2] of Object.entries(isoCountries.getAlpha3Codes())) aliases[alpha3] = alpha2;
	aliases.XKX = 'XK';
	return aliases;
}
