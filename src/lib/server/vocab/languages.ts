/**
 * The `language` vocabulary: the four interface languages plus the content languages seen
 * in the network. Names come from the runtime's ICU data (Intl.DisplayNames); the name of a
 * language in itself and its ISO 639-2 codes are accepted on input too (languageInputAliases).
 */
import { LOCALES, type Concept, type Labels } from './types';

export const CONTENT_LANGUAGES = ['en', 'es', 'fr', 'pt', 'de', 'it', 'nl', 'ar', 'zh', 'ru', 'ja', 'pl', 'el', 'tr', 'sw', 'am'] as const;

// ISO 639-2 codes (bibliographic and terminology forms) used by library catalogues.
const ISO_639_2: Record<string, string[]> = {
	en: ['eng'], es: ['spa'], fr: ['fra', 'fre'], pt: ['por'], de: ['deu', 'ger'], it: ['ita'], nl: ['nld', 'dut'],
	ar: ['ara'], zh: ['zho', 'chi'], ru: ['rus'], ja: ['jpn'], pl: ['pol'], el: ['ell', 'gre'], tr: ['tur'], sw: ['swa'], am: ['amh']
};

// Used only if the runtime has no ICU names for a language (small-icu builds).
const FALLBACK_ENGLISH_NAMES: Record<string, string> = {
	en: 'English', es: 'Spanish', fr: 'French', pt: 'Portuguese', de: 'German', it: 'Italian', nl: 'Dutch', ar: 'Arabic',
	zh: 'Chinese', ru: 'Russian', ja: 'Japanese', pl: 'Polish', el: 'Greek', tr: 'Turkish', sw: 'Swahili', am: 'Amharic'
};

// Other names people write for a language.
const EXTRA_NAMES: Record<string, Partial<Record<(typeof LOCALES)[number], string[]>>> = {
	es: { es: ['castellano'], fr: ['castillan'], pt: ['castelhano'] },
	nl: { en: ['Flemish'], es: ['flamenco'], fr: ['flamand'], pt: ['flamengo'] },
	zh: { en: ['Mandarin'], es: ['mandarín'], fr: ['mandarin'], pt: ['mandarim'] },
	sw: { en: ['Kiswahili'], es: ['kiswahili'], fr: ['kiswahili'], pt: ['kiswahili'] }
};

function capitalise(name: string, locale: string): string {
	return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

function displayName(language: string, inLocale: string): string | undefined {
	try {
		const name = new Intl.DisplayNames([inLocale], { type: 'language', fallback: 'none' }).of(language);
		return name && name !== language ? name : undefined;
	} catch {
		return undefined;
	}
}

/** Builds the language concepts; called once by the registry. */
export function buildLanguages(): Concept[] {
	return CONTENT_LANGUAGES.map((code): Concept => {
		const labels = {} as Labels;
		let fallback = false;
		for (const locale of LOCALES) {
			const name = displayName(code, locale);
			if (!name) fallback = true;
			labels[locale] = capitalise(name ?? FALLBACK_ENGLISH_NAMES[code], locale);
		}
		const endonym = displayName(code, code);
		const concept: Concept = { code, labels, extra: { endonym: capitalise(endonym ?? labels.en, code), interface: (LOCALES as readonly string[]).includes(code) } };
		if (EXTRA_NAMES[code]) concept.altLabels = EXTRA_NAMES[code];
		if (fallback) concept.labelsFallback = true;
		return concept;
	});
}

/** ISO 639-2 codes and each language's name in itself → code. */
export function languageInputAliases(): Record<string, string> {
	const aliases: Record<string, string> = {};
	for (const code of CONTENT_LANGUAGES) {
		for (const alias of ISO_639_2[code]) aliases[alias] = code;
		const endonym = displayName(code, code);
		if (endonym) aliases[endonym] = code;
	}
	return aliases;
}
