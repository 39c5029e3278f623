/** Shapes shared by every controlled vocabulary. */

/** The interface languages every concept has a label in. */
export const LOCALES = ['en', 'es', 'fr', 'pt'] as const;
export type Locale = (typeof LOCALES)[number];

/** One label per interface language. */
export type Labels = Record<Locale, string>;

/** Other names people use for a concept, per language (synonyms, plurals, acronyms, old names). */
export type AltLabels = Partial<Record<Locale, string[]>>;

export interface Concept {
	/** Stable code stored in the database and exchanged through the API. */
	code: string;
	labels: Labels;
	altLabels?: AltLabels;
	/** Code of the broader concept in the same vocabulary. */
	parent?: string;
	/** True when some labels are copies of the English one (no translation available). */
	labelsFallback?: boolean;
	/** Vocabulary-specific facts (ILO region of a country, triple-helix side of an actor type…). */
	extra?: Record<string, unknown>;
}

export const VOCABULARY_NAMES = [
	'skills-category',
	'skills-category-2019',
	'actor-type',
	'target-group',
	'resource-type',
	'action-scope',
	'action-complexity',
	'action-timing',
	'action-typology',
	'policy-step',
	'policy-level',
	'imbalance-type',
	'cinterfor-area',
	'ilo-region',
	'country',
	'isco',
	'language'
] as const;
export type VocabularyName = (typeof VOCABULARY_NAMES)[number];

export interface Vocabulary {
	name: VocabularyName;
	title: Labels;
	concepts: readonly Concept[];
	/**
	 * More input accepted by lookup, mapped to a code: other code systems (EL → GR, alpha-3
	 * country codes, ISO 639-2 language codes) and names in languages other than the four
	 * (a language's own name).
	 */
	inputAliases?: Readonly<Record<string, string>>;
}

/** Where a concept was found in a free text. */
export interface ConceptMention {
	vocab: VocabularyName;
	code: string;
	/** The label or alt label that matched, as written in the vocabulary. */
	matched: string;
}

/** Answer of suggest(): the nearest concept to an unknown value. */
export interface Suggestion {
	code: string;
	/** The concept's label in the requested locale. */
	label: string;
	/** The label or alt label that was nearest to the input. */
	matched: string;
	/** 0 (nothing alike) … 1 (identical after normalisation). */
	similarity: number;
}

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function isVocabularyName(value: unknown): value is VocabularyName {
	return typeof value === 'string' && (VOCABULARY_NAMES as readonly string[]).includes(value);
}
