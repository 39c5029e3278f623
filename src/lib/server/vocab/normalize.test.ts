import { describe, expect, it } from 'vitest';
import { editDistance, looseKey, normalizeText, similarity } from './normalize';

describe('normalizeText', () => {
	it('folds case, accents, punctuation and spacing', () => {
		expect(normalizeText('  Formación-DUAL ')).toBe('formacion dual');
		expect(normalizeText('Réunion')).toBe('reunion');
		expect(normalizeText('Employers’ organisation')).toBe(normalizeText("employers' organization"));
		expect(normalizeText('Œuvre / Straße')).toBe('oeuvre strasse');
		expect(normalizeText('—')).toBe('');
	});
});

describe('looseKey', () => {
	it('lets simple plurals meet their singular', () => {
		expect(looseKey(normalizeText('pasantías'))).toBe(looseKey(normalizeText('pasantía')));
		expect(looseKey('jovenes')).toBe(looseKey('joven'));
		expect(looseKey('courses')).toBe(looseKey('course'));
		expect(looseKey('refugees')).toBe(looseKey('refugee'));
		expect(looseKey('class')).toBe('class');
	});
});

describe('editDistance and similarity', () => {
	it('counts single-character edits', () => {
		expect(editDistance('', 'abc')).toBe(3);
		expect(editDistance('kitten', 'sitting')).toBe(3);
		expect(editDistance('same', 'same')).toBe(0);
		expect(similarity('skils', 'skills')).toBeCloseTo(5 / 6);
		expect(similarity('', '')).toBe(1);
	});
});
