/**
 * What the OAI-PMH interface says about the library: its sets (one per resource type,
 * one per skills category, under the parents `type` and `category`) and the simple
 * Dublin Core description of a knowledge record. Pure code over the vocabularies.
 */
import { conceptByCode, concepts, isLocale, label, type Labels } from '../vocab';

/** A published knowledge record as the OAI interface sees it. */
export interface OaiResource {
	id: string;
	slug: string;
	title: string;
	/** Markdown. */
	abstract: string;
	language: string;
	type: string;
	categories: string[];
	topics: string[];
	countries: string[];
	publisher: string;
	authors: string[];
	year: number | null;
	url: string;
	doi: string;
	licence: string;
	/** Last change, ISO 8601 UTC with microseconds. */
	datestamp: string;
}

export interface OaiSet {
	spec: string;
	/** English name (setName). */
	name: string;
	/** The name in every interface language (setDescription). */
	names: Labels;
}

type SetKind = 'type' | 'category';

const SET_VOCABULARIES = { type: 'resource-type', category: 'skills-category' } as const;

const PARENT_SETS: Record<SetKind, Labels> = {
	type: { en: 'Resource types', es: 'Tipos de recurso', fr: 'Types de ressource', pt: 'Tipos de recurso' },
	category: { en: 'Skills categories', es: 'Categorías de competencias', fr: 'Catégories de compétences', pt: 'Categorias de competências' }
};

/** Every set, parents first: `type`, `type:case-study`, …, `category`, `category:1`, …. */
export function oaiSets(): OaiSet[] {
	const sets: OaiSet[] = [];
	for (const kind of ['type', 'category'] as const) {
		sets.push({ spec: kind, name: PARENT_SETS[kind].en, names: PARENT_SETS[kind] });
		for (const concept of concepts(SET_VOCABULARIES[kind])) {
			sets.push({ spec: `${kind}:${concept.code}`, name: concept.labels.en, names: concept.labels });
		}
	}
	return sets;
}

/** The filter a setSpec stands for, or null when the repository has no such set. */
export function parseSetSpec(spec: string): { kind: SetKind; code?: string } | null {
	const match = /^(type|category)(?::([^:]+))?$/.exec(spec);
	if (!match) return null;
	const kind = match[1] as SetKind;
	const code = match[2];
	if (code === undefined) return { kind };
	return conceptByCode(SET_VOCABULARIES[kind], code) ? { kind, code } : null;
}

/** The sets a record belongs to (the most specific ones; the parents are implied). */
export function setSpecsOf(resource: Pick<OaiResource, 'type' | 'categories'>): string[] {
	return [`type:${resource.type}`, ...resource.categories.map((code) => `category:${code}`)];
}

export const DC_ELEMENTS = [
	'title',
	'creator',
	'subject',
	'description',
	'publisher',
	'date',
	'type',
	'identifier',
	'language',
	'coverage',
	'rights'
] as const;
export type DcElementName = (typeof DC_ELEMENTS)[number];

export interface DcElement {
	name: DcElementName;
	value: string;
	/** xml:lang of a value in a natural language. */
	lang?: string;
}

/** A DOI in the `info:doi/` URI form, whatever form it was stored in. */
export function doiUri(doi: string): string {
	const bare = doi.trim().replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/i, '');
	return `info:doi/${bare}`;
}

/**
 * Simple Dublin Core of a record: title, authors as creators, categories (their English
 * label, and the label in the record's language when that is an interface language)
 * and topics as subjects, the abstract as plain text, publisher, year, type (our label
 * and the DCMI type Text), the record page, DOI and address as identifiers, language,
 * countries as coverage, licence as rights.
 */
export function dublinCore(resource: OaiResource, recordPageUrl: string, plainAbstract: string): DcElement[] {
	const lang = resource.language;
	const elements: DcElement[] = [{ name: 'title', value: resource.title, lang }];
	for (const author of resource.authors) elements.push({ name: 'creator', value: author });
	for (const code of resource.categories) {
		elements.push({ name: 'subject', value: label('skills-category', code, 'en'), lang: 'en' });
		if (isLocale(lang) && lang !== 'en') elements.push({ name: 'subject', value: label('skills-category', code, lang), lang });
	}
	for (const topic of resource.topics) elements.push({ name: 'subject', value: topic });
	if (plainAbstract) elements.push({ name: 'description', value: plainAbstract, lang });
	if (resource.publisher) elements.push({ name: 'publisher', value: resource.publisher });
	if (resource.year !== null) elements.push({ name: 'date', value: String(resource.year) });
	elements.push({ name: 'type', value: label('resource-type', resource.type, 'en'), lang: 'en' });
	elements.push({ name: 'type', value: 'Text' });
	elements.push({ name: 'identifier', value: recordPageUrl });
	if (resource.doi) elements.push({ name: 'identifier', value: doiUri(resource.doi) });
	if (resource.url) elements.push({ name: 'identifier', value: resource.url });
	elements.push({ name: 'language', value: lang });
	for (const code of resource.countries) elements.push({ name: 'coverage', value: label('country', code, 'en'), lang: 'en' });
	if (resource.licence) elements.push({ name: 'rights', value: resource.licence });
	return elements;
}
