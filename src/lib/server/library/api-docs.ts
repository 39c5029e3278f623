/** Schemas of the public library endpoints (/api/v1/resources…) for the OpenAPI document. */
import { z } from 'zod';
import type { EndpointDoc } from '../api/endpoint-doc';
import { FACET_NAMES } from './search-queries';
import { ResourceSearchQuery } from './search';

const codes = (description: string) => z.array(z.string()).meta({ description });

const ResourceItemFields = {
	id: z.uuid(),
	slug: z.string().meta({ description: 'the record page is /library/{slug}' }),
	title: z.string(),
	abstract: z.string().meta({ description: 'Markdown, as written' }),
	language: z.string().meta({ description: 'language of this version (en, es, fr, pt…)' }),
	type: z.string().meta({ description: 'resource-type code' }),
	categories: codes('skills-category codes'),
	countries: codes('ISO 3166-1 alpha-2 codes'),
	regions: codes('ilo-region codes, from the countries'),
	topics: z.array(z.string()),
	targetGroups: codes('target-group codes'),
	authors: z.array(z.string()),
	year: z.number().int().nullable(),
	publisher: z.string(),
	url: z.string(),
	doi: z.string(),
	publishedAt: z.iso.datetime({ offset: true }).nullable()
};

export const ResourceListItem = z
	.object({
		...ResourceItemFields,
		snippet: z.string().meta({ description: 'HTML excerpt: all text escaped, the query words in <mark>' })
	})
	.meta({ id: 'ResourceListItem' });

export const FacetEntry = z
	.object({
		value: z.string().meta({ description: 'the value to filter with (a code, a year, a publisher)' }),
		label: z.string().meta({ description: 'in the language of `locale` / Accept-Language' }),
		count: z.number().int().meta({ description: 'records with this value among those the query and the other facets’ filters reach' }),
		selected: z.boolean()
	})
	.meta({ id: 'FacetEntry' });

export const ResourceListResponse = z.object({
	items: z.array(ResourceListItem),
	total: z.number().int(),
	page: z.number().int(),
	perPage: z.number().int(),
	facets: z.object(Object.fromEntries(FACET_NAMES.map((facet) => [facet, z.array(FacetEntry)])) as Record<(typeof FACET_NAMES)[number], z.ZodArray<typeof FacetEntry>>),
	q: z.string(),
	sort: z.enum(['relevance', 'newest']),
	queryConcepts: z
		.array(z.object({ code: z.string(), label: z.string() }))
		.meta({ description: 'vocabulary concepts the query names; records about them are found in every language' }),
	suggestion: z.string().nullable().meta({ description: 'a nearby query when nothing matched' }),
	correctedQuery: z.string().nullable().meta({ description: 'the query with its unknown words corrected to the nearest title words, when records were found that way' })
});

const ResourceLink = z
	.object({ id: z.uuid(), slug: z.string(), title: z.string(), language: z.string(), type: z.string(), year: z.number().int().nullable() })
	.meta({ id: 'ResourceLink' });

export const ResourceDetailResponse = z
	.object({
		...ResourceItemFields,
		workId: z.uuid().meta({ description: 'shared by the language versions of one work' }),
		status: z.string().meta({ description: 'published for visitors; other statuses only for the author and curators' }),
		licence: z.string(),
		publisherActor: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }).nullable(),
		concepts: codes("vocabulary concepts of the record, 'vocabulary:code'"),
		createdAt: z.iso.datetime({ offset: true }).nullable(),
		updatedAt: z.iso.datetime({ offset: true }).nullable(),
		pdfUrl: z.string().nullable(),
		versions: z.array(ResourceLink).meta({ description: 'the same work in other languages' }),
		related: z.array(ResourceLink).meta({ description: 'published records sharing the most concepts (one per work)' }),
		viewerCanEdit: z.boolean().optional().meta({ description: 'the account asking may change the record' })
	})
	.meta({ id: 'ResourceDetail' });

const idParam = { id: 'record id (uuid) or slug' };

export const libraryEndpoints: EndpointDoc[] = [
	{
		method: 'get',
		path: '/api/v1/resources',
		summary: 'Search the published knowledge records',
		description:
			'Full-text search in every record’s own language, across languages through the vocabularies (a Spanish query finds English records on the same concept), typo-tolerant (a word no record contains is corrected to the nearest word of a title). Filters combine: values of one parameter with OR, different parameters with AND. Each facet’s counts apply every filter but its own. Relevance orders the best 1,000 candidates by rank; later pages follow by kind of match (words, corrected words, concept) and newest first.',
		tags: ['library'],
		query: ResourceSearchQuery,
		response: ResourceListResponse
	},
	{
		method: 'get',
		path: '/api/v1/resources/{id}',
		summary: 'One knowledge record with its language versions and related records',
		description: 'Drafts and records under review answer 404 except to their author and to curators.',
		tags: ['library'],
		params: idParam,
		response: ResourceDetailResponse
	},
	{
		method: 'get',
		path: '/api/v1/resources/{id}.ris',
		summary: 'The record as a RIS citation',
		tags: ['library'],
		params: idParam,
		produces: 'application/x-research-info-systems'
	},
	{
		method: 'get',
		path: '/api/v1/resources/{id}.bib',
		summary: 'The record as a BibTeX citation',
		tags: ['library'],
		params: idParam,
		produces: 'application/x-bibtex'
	},
	{
		method: 'get',
		path: '/api/v1/resources/{id}.csl.json',
		summary: 'The record as CSL-JSON (an array of one item)',
		tags: ['library'],
		params: idParam,
		produces: 'application/vnd.citationstyles.csl+json'
	}
];
