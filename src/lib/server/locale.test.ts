import { describe, it, expect } from 'vitest';
import { preferredLocale } from './locale';

describe('preferredLocale', () => {
	it('takes the highest-ranked language we have', () => {
		expect(preferredLocale('pt-BR,pt;q=0.9,en;q=0.8')).toBe('pt');
		expect(preferredLocale('de-DE,de;q=0.9,fr;q=0.7,en;q=0.5')).toBe('fr');
		expect(preferredLocale('en;q=0.2, es;q=0.8')).toBe('es');
	});
	it('answers null when nothing matches', () => {
		expect(preferredLocale('de,ja')).toBeNull();
		expect(preferredLocale(null)).toBeNull();
		expect(preferredLocale('es;q=0')).toBeNull();
	});
});
