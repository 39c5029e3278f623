/**
 * The vocabularies as the JSON API presents them: response builders for the two
 * endpoints, their zod schemas, and their entries for the OpenAPI document.
 */
import { z } from 'zod';
import type { EndpointDoc } from '../api/endpoint-doc';
import { notFound } from '../errors';
import { concepts, vocabularySummaries, vocabularyTitle } from './registry';
import { LOCALES, VOCABULARY_NAMES, isVocabularyName, type Concept, type Locale } from './types';

/** Vocabularies change only with a release; clients and proxies may keep them an hour. */
export const VOCABULARY_CACHE_HEADERS = { 'cache-control': 'public, max-age=3600' } as const;

export const localeSchema = z.enum(LOCALES);
export const vocabularyNameSchema = z.enum(VOCABULARY_NAMES);

const labelsSchema = z.object({ en: z.string(), es: z.string(), fr: z.string(), pt: z.string() });
const altLabelsSchema = z.object({
	en: z.array(z.string()).optional(),
	es: z.array(z.string()).optional(),
	fr: z.array(z.string()).optional(),
	pt: z.array(z.string()).optional()
});

export const vocabularyListResponseSchema = z.object({
	items: z.array(z.object({ name: vocabularyNameSchema, title: labelsSchema, size: z.number().int() }))
});
export type VocabularyListResponse = z.infer<typeof vocabularyListResponseSchema>;

/** Query of GET /api/v1/vocabularies/{name}. */
export const vocabularyQuerySchema = z.object({
	lang: localeSchema.optional().describe('Language of `label` and `title` (default en); `labels` always has all four.'),
	descriptions: z
		.enum(['true', 'false'])
		.optional()
		.describe('Include long descriptions in `extra.description` (ISCO descriptions make the answer large). Default false.')
});
export type VocabularyQuery = z.infer<typeof vocabularyQuerySchema>;

export const conceptItemSchema = z.object({
	code: z.string(),
	label: z.string(),
	labels: labelsSchema,
	altLabels: altLabelsSchema,
	parent: z.string().optional(),
	labelsFallback: z.boolean().optional().describe('Some labels repeat the English one for want of a translation.'),
	extra: z.record(z.string(), z.unknown()).optional()
});

export const vocabularyResponseSchema = z.object({
	name: vocabularyNameSchema,
	title: z.string(),
	lang: localeSchema,
	items: z.array(conceptItemSchema)
});
export type VocabularyResponse = z.infer<typeof vocabularyResponseSchema>;

/** Body of GET /api/v1/vocabularies. */
export function vocabularyList(): VocabularyListResponse {
	return { items: vocabularySummaries() };
}

/** Body of GET /api/v1/vocabularies/{name}; an unknown name is not_found. */
export function vocabularyItems(name: string, query: VocabularyQuery = {}): VocabularyResponse {
	if (!isVocabularyName(name)) throw notFound(`The vocabulary "${name}"`);
	const lang: Locale = query.lang ?? 'en';
	const withDescriptions = query.descriptions === 'true';
	return {
		name,
		title: vocabularyTitle(name)[lang],
		lang,
		items: concepts(name).map((concept) => conceptItem(concept, lang, withDescriptions))
	};
}

function conceptItem(concept: Concept, lang: Locale, withDescriptions: boolean): z.infer<typeof conceptItemSchema> {
	const item: z.infer<typeof conceptItemSchema> = {
		code: concept.code,
		label: concept.labels[lang],
		labels: { ...concept.labels },
		altLabels: { ...concept.altLabels }
	};
	if (concept.parent) item.parent = concept.parent;
	if (concept.labelsFallback) item.labelsFallback = true;
	if (concept.extra) {
		const { description, ...rest } = concept.extra;
		const extra = withDescriptions && description !== undefined ? { ...rest, description } : rest;
		if (Object.keys(extra).length > 0) item.extra = extra;
	}
	return item;
}

export const vocabEndpoints: EndpointDoc[] = [
	{
		method: 'get',
		path: '/api/v1/vocabularies',
		summary: 'List the controlled vocabularies',
		description: 'Name, title in English, Spanish, French and Portuguese, and number of concepts of every vocabulary.',
		tags: ['vocabularies'],
		response: vocabularyListResponseSchema
	},
	{
		method: 'get',
		path: '/api/v1/vocabularies/{name}',
		summary: 'The concepts of one vocabulary',
		description:
			'Stable code, label in the chosen language, labels and alternative labels in all four languages, parent code and vocabulary-specific facts (`extra`). Cached for an hour. An unknown name answers 404 not_found.',
		tags: ['vocabularies'],
		params: { name: `Vocabulary name: ${VOCABULARY_NAMES.join(', ')}.` },
		query: vocabularyQuerySchema,
		response: vocabularyResponseSchema
	}
];
