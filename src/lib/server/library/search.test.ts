import { describe, it, expect } from 'vitest';
import { normalizeFilters, queryMatch, ResourceSearchQuery, textConceptCodes } from './search';
import { AppError } from '../errors';

describe('queryMatch', () => {
	it('maps work-based-learning words of four languages to one concept', () => {
		for (const q of ['aprendizaje dual', 'apprentissage', 'aprendizagem', 'apprenticeships', 'formación dual']) {
			expect(queryMatch(q).concepts, q).toContain('skills-category:1');
		}
	});
	it('keeps the other words of the query for concept matches', () => {
		expect(queryMatch('aprendizaje dual Portugal')).toMatchObject({ conceptRemainder: 'portugal', text: 'aprendizaje dual Portugal' });
		expect(queryMatch('apprentissage').conceptRemainder).toBeNull();
		expect(queryMatch('formación dual para jóvenes').concepts).toEqual(['skills-category:1', 'target-group:youth']);
	});
	it('folds the query for title typos, but not phrases', () => {
		expect(queryMatch('Apprenticeshíp').typo).toBe('apprenticeship');
		expect(queryMatch('"exact phrase"').typo).toBeNull();
		expect(queryMatch('')).toEqual({ text: null, typo: null, corrected: null, concepts: [], conceptRemainder: null });
	});
});

describe('textConceptCodes', () => {
	it('lists the concepts a text names, once each, sorted', () => {
		expect(textConceptCodes('Stages en entreprise pour les jeunes; formation en alternance pour les jeunes')).toEqual(['skills-category:1', 'target-group:youth']);
	});
});

describe('normalizeFilters', () => {
	const parse = (input: Record<string, unknown>) => normalizeFilters(ResourceSearchQuery.parse(input));
	it('turns labels in any language and repeated parameters into codes', () => {
		expect(parse({ category: ['Aprendizaje en el trabajo', '6'], lang: 'Español', country: 'Portugal', year: ['2020', '2021'] })).toMatchObject({
			category: ['1', '6'],
			language: ['es'],
			country: ['PT'],
			year: [2020, 2021]
		});
	});
	it('names the field of an unknown value', () => {
		expect(() => parse({ region: 'Atlantis' })).toThrow(AppError);
		try {
			parse({ region: 'Atlantis' });
		} catch (error) {
			expect((error as AppError).fields).toEqual({ region: 'unknown value "Atlantis"' });
		}
	});
});
