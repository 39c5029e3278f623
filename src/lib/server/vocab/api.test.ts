import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../errors';
import { vocabEndpoints, vocabularyItems, vocabularyList, vocabularyListResponseSchema, vocabularyResponseSchema } from './api';
import { VOCABULARY_NAMES } from './types';

describe('vocabulary API bodies', () => {
	it('lists every vocabulary with its title and size', () => {
		const body = vocabularyListResponseSchema.parse(vocabularyList());
		expect(body.items.map((item) => item.name)).toEqual([...VOCABULARY_NAMES]);
		const categories = body.items.find((item) => item.name === 'skills-category');
		expect(categories).toMatchObject({ size: 9, title: { es: 'Categorías de competencias' } });
	});

	it('answers every vocabulary in the documented shape', () => {
		for (const name of VOCABULARY_NAMES) vocabularyResponseSchema.parse(vocabularyItems(name, { lang: 'fr' }));
	});

	it('labels items in the requested language and keeps all four', () => {
		const body = vocabularyItems('target-group', { lang: 'pt' });
		const youth = body.items.find((item) => item.code === 'youth');
		expect(youth?.label).toBe('Jovens');
		expect(youth?.labels.en).toBe('Youth');
		expect(youth?.altLabels.es).toContain('juventud');
		expect(body.title).toBe('Grupos-alvo');
	});

	it('leaves long descriptions out unless asked', () => {
		const without = vocabularyItems('isco', {}).items.find((item) => item.code === '2511');
		expect(without?.extra).toEqual({ level: 4, uri: 'http://data.europa.eu/esco/isco/C2511' });
		expect(without?.parent).toBe('251');
		const withDescriptions = vocabularyItems('isco', { descriptions: 'true' }).items.find((item) => item.code === '2511');
		expect((withDescriptions?.extra?.description as { en: string }).en).toMatch(/^Systems analysts/);
	});

	it('answers not_found for an unknown vocabulary', () => {
		expect(() => vocabularyItems('colours')).toThrowError(AppError);
		try {
			vocabularyItems('colours');
		} catch (error) {
			expect((error as AppError).code).toBe('not_found');
			expect((error as AppError).status).toBe(404);
		}
	});

	it('documents both endpoints with schemas that convert to JSON Schema', () => {
		expect(vocabEndpoints.map((endpoint) => endpoint.path)).toEqual(['/api/v1/vocabularies', '/api/v1/vocabularies/{name}']);
		for (const endpoint of vocabEndpoints) {
			expect(endpoint.response).toBeDefined();
			expect(() => z.toJSONSchema(endpoint.response!)).not.toThrow();
			if (endpoint.query) expect(() => z.toJSONSchema(endpoint.query!)).not.toThrow();
		}
	});
});
