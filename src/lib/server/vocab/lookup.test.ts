import { describe, expect, it } from 'vitest';
import { categoryFromEarlierList, concepts, findConceptsInText, label, lookup, LOCALES, suggest, VOCABULARY_NAMES } from './index';

describe('skills categories', () => {
	it('has the 9 categories, each with a non-empty label in all four languages', () => {
		const categories = concepts('skills-category');
		expect(categories.map((category) => category.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
		for (const category of categories) {
			for (const locale of LOCALES) expect(category.labels[locale].trim()).not.toBe('');
		}
	});

	it('gives every category alt labels in all four languages', () => {
		for (const category of concepts('skills-category')) {
			for (const locale of LOCALES) expect(category.altLabels?.[locale]?.length ?? 0).toBeGreaterThanOrEqual(4);
		}
	});

	it.each(['aprendizaje dual', 'apprentissage', 'aprendizagem', 'Work-based learning', '1', '  WORK BASED LEARNING ', 'Aprendizaje en el trabajo', 'pasantias', 'Apprenticeships'])(
		'finds category 1 from %j',
		(input) => {
			expect(lookup('skills-category', input)?.code).toBe('1');
		}
	);

	it('maps every category of the earlier list of 8 onto the list of 9', () => {
		const earlier = concepts('skills-category-2019');
		expect(earlier).toHaveLength(8);
		const targets = earlier.map((old) => categoryFromEarlierList(old.code));
		expect(targets).toEqual(['1', '2', '3', '4', '5', '5', '6', '7']);
		for (const old of earlier) {
			// The old name and the old code are accepted where a category of the new list is expected.
			expect(lookup('skills-category', old.labels.en)?.code).toBe(old.extra?.mapsTo);
			expect(lookup('skills-category', old.code)?.code).toBe(old.extra?.mapsTo);
		}
		expect(lookup('skills-category', 'Sectoral approach')?.code).toBe('5');
		expect(lookup('skills-category', 'Industry linkages, clusters and skills ecosystems')?.code).toBe('5');
	});
});

describe('lookup', () => {
	it('returns null for unknown, empty or missing values', () => {
		expect(lookup('skills-category', 'astrophysics')).toBeNull();
		expect(lookup('skills-category', '   ')).toBeNull();
		expect(lookup('skills-category', undefined)).toBeNull();
		expect(lookup('skills-category', null)).toBeNull();
	});

	it('ignores a bracketed note when the whole value matches nothing', () => {
		expect(lookup('action-typology', 'Regional Collaboration / Low-Medium Complexity (ST/MT)')?.code).toBe('regional-low-medium');
		expect(lookup('action-typology', 'International Collaboration / High Complexity (MT/LT)')?.code).toBe('international-high');
	});

	it('reads timing abbreviations', () => {
		expect(['ST', 'MT', 'LT'].map((input) => lookup('action-timing', input)?.code)).toEqual(['short', 'medium', 'long']);
	});

	it('finds actor types, target groups and resource types in other languages', () => {
		expect(lookup('actor-type', 'sindicato')?.code).toBe('workers-organisation');
		expect(lookup('actor-type', 'Pôle de compétitivité')?.code).toBe('cluster-organisation');
		expect(lookup('actor-type', 'research and technology organization')?.code).toBe('rto');
		expect(lookup('target-group', 'Personnes handicapées')?.code).toBe('persons-with-disabilities');
		expect(lookup('resource-type', 'Case studies and good practices')?.code).toBe('case-study');
		expect(lookup('resource-type', 'Research papers')?.code).toBe('research-paper');
	});

	it('reads languages by code, tag, ISO 639-2 code or name', () => {
		expect(lookup('language', 'pt-BR')?.code).toBe('pt');
		expect(lookup('language', 'ger')?.code).toBe('de');
		expect(lookup('language', 'Deutsch')?.code).toBe('de');
		expect(lookup('language', 'inglés')?.code).toBe('en');
		expect(concepts('language')).toHaveLength(16);
	});

	it('gives every concept of every vocabulary a label in all four languages', () => {
		for (const name of VOCABULARY_NAMES) {
			for (const concept of concepts(name)) {
				for (const locale of LOCALES) expect(concept.labels[locale], `${name} ${concept.code} ${locale}`).toBeTruthy();
			}
		}
	});

	it('keeps codes unique within a vocabulary', () => {
		for (const name of VOCABULARY_NAMES) {
			const codes = concepts(name).map((concept) => concept.code);
			expect(new Set(codes).size, name).toBe(codes.length);
		}
	});

	it('never lets a label of one concept lead to another concept of the same list', () => {
		for (const name of ['skills-category', 'actor-type', 'target-group', 'resource-type', 'imbalance-type', 'action-typology'] as const) {
			for (const concept of concepts(name)) {
				for (const locale of LOCALES) {
					for (const text of [concept.labels[locale], ...(concept.altLabels?.[locale] ?? [])]) {
						expect(lookup(name, text)?.code, `${name}: "${text}"`).toBe(concept.code);
					}
				}
			}
		}
	});
});

describe('label', () => {
	it('gives the label in the locale, and the code itself when unknown', () => {
		expect(label('skills-category', '9', 'es')).toBe('Habilidades para la vida');
		expect(label('target-group', 'youth', 'fr')).toBe('Jeunes');
		expect(label('skills-category', 'nope', 'pt')).toBe('nope');
	});
});

describe('suggest', () => {
	it('proposes the nearest concept for a typo', () => {
		const suggestion = suggest('imbalance-type', 'skils shortage');
		expect(suggestion?.code).toBe('skills-shortage');
		expect(suggestion?.label).toBe('Skills shortage');
		expect(suggestion?.similarity).toBeGreaterThan(0.9);
	});

	it('answers in the requested locale and accepts a part of a label', () => {
		expect(suggest('imbalance-type', 'mismatch', 'es')?.label).toBe('Desajuste de competencias');
		expect(suggest('country', 'Germny')?.code).toBe('DE');
	});

	it('proposes nothing when nothing is close', () => {
		expect(suggest('imbalance-type', 'xyz')).toBeNull();
		expect(suggest('skills-category', 'quantum chromodynamics')).toBeNull();
	});
});

describe('findConceptsInText', () => {
	const codes = (text: string) => findConceptsInText(text).map(({ vocab, code }) => `${vocab}:${code}`);

	it('finds category 1 and the youth target group in a Spanish phrase', () => {
		expect(codes('formación dual para jóvenes')).toEqual(['skills-category:1', 'target-group:youth']);
	});

	it('matches whole words only, ignoring case, accents and plurals', () => {
		expect(codes('CASE STUDIES on apprenticeships for Refugees')).toEqual([
			'resource-type:case-study',
			'skills-category:1',
			'target-group:refugees'
		]);
		expect(codes('At this stage, nothing relevant')).toEqual([]);
		expect(codes('womenfolk')).toEqual([]);
	});

	it('prefers the longer phrase when one match lies inside another', () => {
		expect(codes('apprentissage en ligne pour les femmes')).toEqual(['skills-category:6', 'target-group:women']);
	});

	it('returns nothing for empty text', () => {
		expect(findConceptsInText('')).toEqual([]);
		expect(findConceptsInText(' ;; ')).toEqual([]);
	});
});
