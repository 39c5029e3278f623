/**
 * Controlled vocabularies: stable codes with labels in English, Spanish, French and
 * Portuguese, and the lookups that turn what people write into those codes.
 */
export { LOCALES, VOCABULARY_NAMES, isLocale, isVocabularyName } from './types';
export type { AltLabels, Concept, ConceptMention, Labels, Locale, Suggestion, Vocabulary, VocabularyName } from './types';
export { concepts, getVocabulary, vocabularySummaries, vocabularyTitle } from './registry';
export {
	TEXT_VOCABULARIES,
	categoryFromEarlierList,
	conceptByCode,
	findConceptsInText,
	iloRegionOfCountry,
	label,
	lookup,
	suggest
} from './lookup';
export { normalizeText } from './normalize';
export { actionCellCode, type ActionComplexity, type ActionScope, type ActionTiming } from './concepts/action';
export type { Helix } from './concepts/actor-type';
