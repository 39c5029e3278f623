import { describe, it, expect } from 'vitest';
import { detectResourceMapping, mappingProblems, overrideMapping, resourceFromColumns } from './resource-columns';

const row = (headers: string[], values: unknown[]) => {
	const mapping = detectResourceMapping(headers);
	return resourceFromColumns(Object.fromEntries(headers.map((header, index) => [header, values[index]])), mapping);
};

describe('resource columns', () => {
	it('recognises the column names in English, Spanish, French and Portuguese', () => {
		expect([...detectResourceMapping(['Título', 'Idioma', 'Tipo de recurso', 'Año', 'Palabras clave']).values()]).toEqual(['title', 'language', 'type', 'year', 'topics']);
		expect([...detectResourceMapping(['Titre', 'Langue', 'Résumé', 'Groupes cibles', 'Pays', 'Éditeur']).values()]).toEqual(['title', 'language', 'abstract', 'targetGroups', 'countries', 'publisher']);
		expect([...detectResourceMapping(['titulo', 'língua', 'tipo', 'grupos-alvo', 'licença', 'target_groups', 'Nota']).values()]).toEqual(['title', 'language', 'type', 'targetGroups', 'licence', 'targetGroups', null]);
	});

	it('turns labels in any language into codes, and keeps unknown columns and foreign ids', () => {
		const input = row(
			['id', 'title', 'language', 'type', 'categories', 'targetGroups', 'countries', 'year', 'authors', 'Comentario'],
			['ext-17', 'Guía', 'Español', 'Estudios de caso y buenas prácticas', 'Aprendizaje en el trabajo|Sectoral approach|9', 'jóvenes', 'Perú|EL|XK', '2019-05-01', 'Pérez, Ana|OIT', 'revisar']
		);
		expect(input).toEqual({
			title: 'Guía',
			language: 'es',
			type: 'case-study',
			categories: ['1', '5', '9'],
			targetGroups: ['youth'],
			countries: ['PE', 'GR', 'XK'],
			year: 2019,
			authors: ['Pérez, Ana', 'OIT'],
			extra: { Comentario: 'revisar', sourceId: 'ext-17' }
		});
	});

	it('accepts JSON arrays and numbers, ignores our own record ids and empty cells', () => {
		const input = row(['id', 'title', 'language', 'type', 'categories', 'year', 'abstract'], ['0b5f3c1e-8a6d-4c59-9a57-3f0e2a1b7c9d', 'T', 'fr', 'statistics', ['4', '6'], 2021, '']);
		expect(input).toEqual({ title: 'T', language: 'fr', type: 'statistics', categories: ['4', '6'], year: 2021 });
		expect(row(['title', 'language', 'type', 'year'], ['T', 'en', 'tool', '2020.0']).year).toBe(2020);
		expect(row(['title', 'language', 'type', 'year'], ['T', 'en', 'tool', '03/04/1999']).year).toBe(1999);
	});

	it('names the field and the closest value of what it cannot take', () => {
		expect(() => row(['title', 'language', 'type'], ['T', 'Englsh', 'tool'])).toThrow(/language: unknown value "Englsh" \(did you mean "English"\?\)/);
		expect(() => row(['title', 'language', 'type', 'targetGroups'], ['T', 'en', 'tool', 'yuoth'])).toThrow(/targetGroups: unknown value "yuoth" \(did you mean "Youth"\?\)/);
		expect(() => row(['title', 'language', 'type', 'year'], ['T', 'en', 'tool', 'soon'])).toThrow(/year: "soon" is not a year/);
		expect(() => row(['title', 'language', 'type'], ['', 'en', 'tool'])).toThrow(/^title: a title is required/);
	});

	it('applies the curator’s column choices and reports a missing or doubled field', () => {
		const detected = detectResourceMapping(['Nom', 'Langue', 'Genre']);
		expect(mappingProblems(detected)).toEqual(['No column holds the type (required).']);
		const chosen = overrideMapping(detected, { Genre: 'type', Unknown: 'title' });
		expect(mappingProblems(chosen)).toEqual([]);
		expect(mappingProblems(overrideMapping(chosen, { Langue: 'title' }))).toEqual(['No column holds the language (required).', 'Several columns are mapped to title; keep one.']);
		expect(overrideMapping(chosen, { Nom: 'not-a-field' }).get('Nom')).toBeNull();
	});
});
