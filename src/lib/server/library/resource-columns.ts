/**
 * Knowledge records as flat rows (CSV, XLSX, JSON with the columns of interfaces.md):
 * the column names in English, Spanish, French and Portuguese, and the conversion of
 * one row into a record input. Vocabulary values may be codes or labels in any
 * language; an unknown one rejects the row naming the field and the closest known value.
 * Empty cells leave what is stored untouched; unknown columns are kept in `extra`.
 */
import type { ResourceInputData } from '../../domain/resource';
import { mapHeaders, splitMulti, type ColumnAliases } from '../io/columns';
import { AppError } from '../errors';
import { categoryFromEarlierList, lookup, suggest, type VocabularyName } from '../vocab';
import { isUuid } from '../ids';

export const RESOURCE_COLUMNS = ['id', 'title', 'abstract', 'language', 'type', 'categories', 'topics', 'targetGroups', 'countries', 'year', 'publisher', 'authors', 'url', 'doi', 'licence'] as const;
export type ResourceColumn = (typeof RESOURCE_COLUMNS)[number];

/** The fields a row must have. */
export const REQUIRED_COLUMNS: ResourceColumn[] = ['title', 'language', 'type'];

export const RESOURCE_ALIASES: ColumnAliases<ResourceColumn> = {
	id: ['identifier', 'identificador', 'identifiant', 'record id', 'código'],
	title: ['título', 'titre', 'titulo', 'name', 'nombre', 'nom', 'nome'],
	abstract: ['resumen', 'résumé', 'resumo', 'summary', 'description', 'descripción', 'descrição', 'sinopsis'],
	language: ['idioma', 'langue', 'língua', 'lingua', 'lang', 'language code'],
	type: ['tipo', 'resource type', 'tipo de recurso', 'type de ressource', 'document type', 'tipo de documento', 'type de document'],
	categories: ['categorías', 'catégories', 'categorias', 'category', 'categoría', 'catégorie', 'categoria', 'skills categories'],
	topics: ['temas', 'thèmes', 'sujets', 'tópicos', 'topic', 'tema', 'thème', 'subjects', 'keywords', 'palabras clave', 'mots-clés', 'palavras-chave'],
	targetGroups: ['target groups', 'beneficiaries', 'grupos destinatarios', 'beneficiarios', 'groupes cibles', 'bénéficiaires', 'grupos-alvo', 'beneficiários', 'público objetivo', 'public cible'],
	countries: ['países', 'pays', 'paises', 'country', 'país'],
	year: ['año', 'année', 'ano', 'publication year', 'date', 'fecha', 'year of publication'],
	publisher: ['editor', 'editorial', 'éditeur', 'editora', 'publisher name', 'institución', 'institution'],
	authors: ['autores', 'auteurs', 'author', 'autor', 'auteur', 'creators'],
	url: ['enlace', 'lien', 'link', 'web', 'address', 'dirección web', 'adresse web', 'endereço'],
	doi: ['digital object identifier'],
	licence: ['license', 'licencia', 'licença', 'licenca', 'rights', 'derechos', 'droits', 'direitos']
};

/** Header → field, or null for a column kept as an extra attribute. */
export type ResourceMapping = Map<string, ResourceColumn | null>;

/** The mapping detected from the headers of a file. */
export function detectResourceMapping(headers: string[]): ResourceMapping {
	return mapHeaders(headers, RESOURCE_ALIASES);
}

/** Applies a curator's choices (header → field or null) over the detected mapping. */
export function overrideMapping(detected: ResourceMapping, choices: Record<string, string | null> | undefined): ResourceMapping {
	if (!choices) return detected;
	const mapping: ResourceMapping = new Map(detected);
	for (const [header, field] of Object.entries(choices)) {
		if (!mapping.has(header)) continue;
		mapping.set(header, field && (RESOURCE_COLUMNS as readonly string[]).includes(field) ? (field as ResourceColumn) : null);
	}
	return mapping;
}

/** Problems of a mapping as a whole: a required field without a column, a field given twice. */
export function mappingProblems(mapping: ResourceMapping): string[] {
	const problems: string[] = [];
	const fields = [...mapping.values()].filter((field): field is ResourceColumn => field !== null);
	for (const required of REQUIRED_COLUMNS) if (!fields.includes(required)) problems.push(`No column holds the ${required} (required).`);
	const twice = [...new Set(fields.filter((field, index) => fields.indexOf(field) !== index))];
	for (const field of twice) problems.push(`Several columns are mapped to ${field}; keep one.`);
	return problems;
}

function unknownValue(field: string, value: string, vocab: VocabularyName): AppError {
	const near = suggest(vocab, value);
	return new AppError('invalid_input', `${field}: unknown value "${value}"${near ? ` (did you mean "${near.label}"?)` : ''}`);
}

function codesOf(vocab: VocabularyName, values: string[], field: string): string[] {
	return values.map((value) => {
		const concept = lookup(vocab, value);
		if (concept) return concept.code;
		// Skills categories also arrive from the network's earlier list of eight.
		if (vocab === 'skills-category') {
			const earlier = lookup('skills-category-2019', value);
			const mapped = earlier ? categoryFromEarlierList(earlier.code) : null;
			if (mapped) return mapped;
		}
		throw unknownValue(field, value, vocab);
	});
}

function yearOf(text: string): number {
	const match = /^\s*(\d{4})(?:\.0+)?(?:[-/.]\d{1,2}(?:[-/.]\d{1,2})?(?:T.*)?)?\s*$/.exec(text) ?? /^\s*\d{1,2}[-/.]\d{1,2}[-/.](\d{4})\s*$/.exec(text);
	const year = match ? Number(match[1]) : NaN;
	if (!Number.isInteger(year) || year < 1000 || year > 2100) throw new AppError('invalid_input', `year: "${text}" is not a year`);
	return year;
}

function cellText(value: unknown): string {
	if (value == null) return '';
	if (Array.isArray(value)) return value.map(cellText).filter(Boolean).join('|');
	if (typeof value === 'object') return JSON.stringify(value);
	return String(value).trim();
}

/**
 * One flat row (CSV/XLSX cells, or a JSON object with our column names) → record input.
 * Throws AppError naming the field for a missing required value or an unknown one.
 */
export function resourceFromColumns(values: Record<string, unknown>, mapping: ResourceMapping): ResourceInputData {
	const cells = new Map<ResourceColumn, unknown>();
	const extra: Record<string, unknown> = {};
	for (const [header, field] of mapping) {
		const value = values[header];
		if (field) cells.set(field, value);
		else if (value !== undefined && value !== null && value !== '') extra[header] = value;
	}
	const text = (field: ResourceColumn) => cellText(cells.get(field));
	const list = (field: ResourceColumn): string[] => {
		const value = cells.get(field);
		return Array.isArray(value) ? value.map(cellText).filter(Boolean) : splitMulti(text(field));
	};

	const title = text('title');
	if (!title) throw new AppError('invalid_input', 'title: a title is required');
	const languageText = text('language');
	if (!languageText) throw new AppError('invalid_input', 'language: a language is required');
	const language = lookup('language', languageText);
	if (!language) throw unknownValue('language', languageText, 'language');
	const typeText = text('type');
	if (!typeText) throw new AppError('invalid_input', 'type: a resource type is required');
	const [type] = codesOf('resource-type', [typeText], 'type');

	const input: ResourceInputData = { title, language: language.code, type };
	const abstract = text('abstract');
	if (abstract) input.abstract = abstract;
	const categories = list('categories');
	if (categories.length) input.categories = codesOf('skills-category', categories, 'categories');
	const topics = list('topics');
	if (topics.length) input.topics = topics;
	const targetGroups = list('targetGroups');
	if (targetGroups.length) input.targetGroups = codesOf('target-group', targetGroups, 'targetGroups');
	const countries = list('countries');
	if (countries.length) input.countries = codesOf('country', countries, 'countries');
	const year = text('year');
	if (year) input.year = yearOf(year);
	const publisher = text('publisher');
	if (publisher) input.publisher = publisher;
	const authors = list('authors');
	if (authors.length) input.authors = authors;
	for (const field of ['url', 'doi', 'licence'] as const) {
		const value = text(field);
		if (value) input[field] = value;
	}
	// Our own exports carry our record ids; another system's ids are kept to match on re-import.
	const id = text('id');
	if (id && !isUuid(id)) extra.sourceId = id;
	if (Object.keys(extra).length) input.extra = extra;
	return input;
}
