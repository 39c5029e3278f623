/**
 * Every controlled vocabulary by name, with its title. Concepts are built on first use and
 * kept (ISCO reads a CSV file, countries and languages are computed), then frozen so that
 * no caller can change the shared copy.
 */
import { actionComplexities, actionScopes, actionTimings, actionTypology } from './concepts/action';
import { actorTypes } from './concepts/actor-type';
import { cinterforAreas } from './concepts/cinterfor-area';
import { iloRegions } from './concepts/ilo-region';
import { imbalanceTypes } from './concepts/imbalance-type';
import { policyLevels, policySteps } from './concepts/policy';
import { resourceTypes } from './concepts/resource-type';
import { skillsCategories } from './concepts/skills-category';
import { skillsCategories2019 } from './concepts/skills-category-2019';
import { targetGroups } from './concepts/target-group';
import { buildCountries, countryInputAliases } from './countries';
import { loadIscoGroups } from './isco';
import { buildLanguages, languageInputAliases } from './languages';
import { LOCALES, VOCABULARY_NAMES, type Concept, type Labels, type Vocabulary, type VocabularyName } from './types';

interface VocabularyDefinition {
	title: Labels;
	concepts: () => Concept[];
	inputAliases?: () => Record<string, string>;
}

const DEFINITIONS: Record<VocabularyName, VocabularyDefinition> = {
	'skills-category': {
		title: { en: 'Skills categories', es: 'Categorías de competencias', fr: 'Catégories de compétences', pt: 'Categorias de competências' },
		concepts: () => withEarlierCategoryNames(skillsCategories),
		// Codes of the earlier list ("old-6") resolve to the category they became. Its bare
		// numbers cannot: "6" is Training delivery in the list of 9.
		inputAliases: () => Object.fromEntries(skillsCategories2019.map((old) => [old.code, String(old.extra?.mapsTo)]))
	},
	'skills-category-2019': {
		title: { en: 'Skills categories (earlier list of 8)', es: 'Categorías de competencias (lista anterior de 8)', fr: 'Catégories de compétences (ancienne liste de 8)', pt: 'Categorias de competências (lista anterior de 8)' },
		concepts: () => skillsCategories2019
	},
	'actor-type': {
		title: { en: 'Actor types', es: 'Tipos de actores', fr: 'Types d’acteurs', pt: 'Tipos de atores' },
		concepts: () => actorTypes
	},
	'target-group': {
		title: { en: 'Target groups', es: 'Grupos destinatarios', fr: 'Publics cibles', pt: 'Grupos-alvo' },
		concepts: () => targetGroups
	},
	'resource-type': {
		title: { en: 'Resource types', es: 'Tipos de recursos', fr: 'Types de ressources', pt: 'Tipos de recursos' },
		concepts: () => resourceTypes
	},
	'action-scope': {
		title: { en: 'Scope of collaboration', es: 'Alcance de la colaboración', fr: 'Portée de la collaboration', pt: 'Âmbito da colaboração' },
		concepts: () => actionScopes
	},
	'action-complexity': {
		title: { en: 'Complexity of actions', es: 'Complejidad de las acciones', fr: 'Complexité des actions', pt: 'Complexidade das ações' },
		concepts: () => actionComplexities
	},
	'action-timing': {
		title: { en: 'Timing of actions', es: 'Plazo de las acciones', fr: 'Horizon des actions', pt: 'Prazo das ações' },
		concepts: () => actionTimings
	},
	'action-typology': {
		title: { en: 'Typology of actions', es: 'Tipología de acciones', fr: 'Typologie des actions', pt: 'Tipologia de ações' },
		concepts: () => actionTypology
	},
	'policy-step': {
		title: { en: 'Policy steps', es: 'Etapas de política', fr: 'Étapes d’action publique', pt: 'Etapas de política' },
		concepts: () => policySteps
	},
	'policy-level': {
		title: { en: 'Policy levels', es: 'Niveles de política', fr: 'Niveaux d’action publique', pt: 'Níveis de política' },
		concepts: () => policyLevels
	},
	'imbalance-type': {
		title: { en: 'Types of skills imbalance', es: 'Tipos de desequilibrio de competencias', fr: 'Types de déséquilibre de compétences', pt: 'Tipos de desequilíbrio de competências' },
		concepts: () => imbalanceTypes
	},
	'cinterfor-area': {
		title: { en: 'ILO/Cinterfor operational areas', es: 'Áreas operativas de OIT/Cinterfor', fr: 'Domaines d’action de l’OIT/Cinterfor', pt: 'Áreas operacionais da OIT/Cinterfor' },
		concepts: () => cinterforAreas
	},
	'ilo-region': {
		title: { en: 'ILO regions', es: 'Regiones de la OIT', fr: 'Régions de l’OIT', pt: 'Regiões da OIT' },
		concepts: () => iloRegions
	},
	country: {
		title: { en: 'Countries', es: 'Países', fr: 'Pays', pt: 'Países' },
		concepts: buildCountries,
		inputAliases: countryInputAliases
	},
	isco: {
		title: { en: 'Occupations (ISCO-08)', es: 'Ocupaciones (CIUO-08)', fr: 'Professions (CITP-08)', pt: 'Profissões (CIUO-08)' },
		concepts: () => loadIscoGroups()
	},
	language: {
		title: { en: 'Languages', es: 'Idiomas', fr: 'Langues', pt: 'Idiomas' },
		concepts: buildLanguages,
		inputAliases: languageInputAliases
	}
};

const built = new Map<VocabularyName, Vocabulary>();

/** A vocabulary with all its concepts (built on first call, then cached). */
export function getVocabulary(name: VocabularyName): Vocabulary {
	const cached = built.get(name);
	if (cached) return cached;
	const definition = DEFINITIONS[name];
	if (!definition) throw new Error(`Unknown vocabulary "${name}".`);
	const vocabulary: Vocabulary = deepFreeze({
		name,
		title: definition.title,
		concepts: definition.concepts().map(withoutDuplicateAltLabels),
		...(definition.inputAliases ? { inputAliases: definition.inputAliases() } : {})
	});
	built.set(name, vocabulary);
	return vocabulary;
}

/** The concepts of a vocabulary, in their defined order. */
export function concepts(name: VocabularyName): readonly Concept[] {
	return getVocabulary(name).concepts;
}

/** Name, title and number of concepts of every vocabulary. */
export function vocabularySummaries(): { name: VocabularyName; title: Labels; size: number }[] {
	return VOCABULARY_NAMES.map((name) => ({ name, title: DEFINITIONS[name].title, size: concepts(name).length }));
}

/** The title of a vocabulary, without building its concepts. */
export function vocabularyTitle(name: VocabularyName): Labels {
	return DEFINITIONS[name].title;
}

// The names of the earlier list of 8 stay valid input for the category they became.
function withEarlierCategoryNames(categories: Concept[]): Concept[] {
	return categories.map((category) => {
		const altLabels = { ...category.altLabels };
		for (const old of skillsCategories2019) {
			if (old.extra?.mapsTo !== category.code) continue;
			for (const locale of LOCALES) {
				altLabels[locale] = [...(altLabels[locale] ?? []), old.labels[locale], ...(old.altLabels?.[locale] ?? [])];
			}
		}
		return { ...category, altLabels };
	});
}

function withoutDuplicateAltLabels(concept: Concept): Concept {
	if (!concept.altLabels) return concept;
	const altLabels: Concept['altLabels'] = {};
	for (const locale of LOCALES) {
		const values = concept.altLabels[locale];
		if (!values) continue;
		const unique = [...new Set(values)].filter((value) => value !== concept.labels[locale]);
		if (unique.length > 0) altLabels[locale] = unique;
	}
	return { ...concept, altLabels };
}

function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object' && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const child of Object.values(value)) deepFreeze(child);
	}
	return value;
}
