/**
 * Schemas and OpenAPI descriptions of the network's directory endpoints, and the list
 * shape of interfaces.md built from a directory result.
 */
import { z } from 'zod';
import type { EndpointDoc } from '../api/endpoint-doc';
import { ActorFilters, type DirectoryResult } from './directory';
import { CuratorProfileChanges } from './profile';
import { pickApiActor } from './present';

export const ApiActorSchema = z.object({
	id: z.uuid(),
	name: z.string(),
	type: z.string().meta({ description: 'code of the actor-type vocabulary' }),
	country: z.string().nullable().meta({ description: 'ISO 3166-1 alpha-2' }),
	region: z.string().nullable().meta({ description: 'ILO region code' }),
	city: z.string(),
	languages: z.array(z.string()),
	categories: z.array(z.string()),
	targetGroups: z.array(z.string()),
	website: z.string(),
	externalIds: z.record(z.string(), z.string())
});

const FacetValueSchema = z.object({ value: z.string(), label: z.string(), count: z.number().int() });

export const ActorListResponse = z.object({
	items: z.array(ApiActorSchema),
	total: z.number().int(),
	page: z.number().int(),
	perPage: z.number().int(),
	facets: z.object({
		type: z.array(FacetValueSchema),
		country: z.array(FacetValueSchema),
		region: z.array(FacetValueSchema),
		language: z.array(FacetValueSchema),
		category: z.array(FacetValueSchema),
		targetGroup: z.array(FacetValueSchema)
	})
});
export type ActorListResponse = z.infer<typeof ActorListResponse>;

const LabelledSchema = z.object({ value: z.string(), label: z.string() });

export const ActorProfileResponse = ApiActorSchema.extend({
	slug: z.string(),
	status: z.enum(['draft', 'published']),
	otherNames: z.array(z.string()),
	latitude: z.number().nullable(),
	longitude: z.number().nullable(),
	sectors: z.array(z.string()),
	description: z.record(z.string(), z.string()).meta({ description: 'text per language code' }),
	size: z.string().nullable(),
	foundedYear: z.number().int().nullable(),
	memberCount: z.number().int().nullable(),
	helix: z.record(z.string(), z.number()).nullable(),
	contact: z
		.object({ name: z.string().optional(), email: z.string().optional(), phone: z.string().optional(), role: z.string().optional() })
		.nullable()
		.meta({ description: 'null unless the actor made its contact public, or the caller manages the actor, curates, or has an accepted connection request with it' }),
	contactPublic: z.boolean(),
	mentoringCategories: z.array(z.string()).meta({ description: 'skills-category codes on which the organisation offers mentoring (empty: no offer)' }),
	version: z.number().int(),
	updatedAt: z.iso.datetime(),
	labels: z.object({
		type: z.string(),
		country: z.string(),
		region: z.string(),
		languages: z.array(LabelledSchema),
		categories: z.array(LabelledSchema),
		targetGroups: z.array(LabelledSchema),
		mentoringCategories: z.array(LabelledSchema)
	})
});

/** Body of PATCH /api/v1/actors/{id}: any actor field; `status` for curators only. */
export const ActorPatchBody = CuratorProfileChanges.extend({
	note: z.string().trim().max(1000).optional().meta({ description: 'what changed, kept in the history' })
});

/** The list shape of interfaces.md: items with exactly the documented fields. */
export function toApiList(result: DirectoryResult): ActorListResponse {
	return {
		items: result.items.map(pickApiActor),
		total: result.total,
		page: result.page,
		perPage: result.perPage,
		facets: result.facets
	};
}

const { page: _page, perPage: _perPage, ...filterShape } = ActorFilters.shape;
const ActorListQuery = z.object({
	...filterShape,
	page: z.number().int().min(1).optional(),
	perPage: z.number().int().min(1).max(100).optional(),
	lang: z.enum(['en', 'es', 'fr', 'pt']).optional().meta({ description: 'language of facet labels' })
});

export const networkEndpoints: EndpointDoc[] = [
	{
		method: 'get',
		path: '/api/v1/actors',
		summary: 'Search the directory of organisations, with facet counts',
		description:
			'Full text over names, other names, cities and descriptions (typo tolerant on names). Each filter may be repeated (values OR-ed); different filters are AND-ed. Values may be codes or labels in any supported language. Contact persons are never listed.',
		tags: ['network'],
		query: ActorListQuery,
		response: ActorListResponse
	},
	{
		method: 'get',
		path: '/api/v1/actors/{id}',
		summary: 'One organisation by id or slug',
		tags: ['network'],
		params: { id: 'the actor id (uuid) or its slug' },
		response: ActorProfileResponse
	},
	{
		method: 'patch',
		path: '/api/v1/actors/{id}',
		summary: 'Change an organisation profile (its managers and curators); each change is kept as a version',
		tags: ['network'],
		params: { id: 'the actor id (uuid) or its slug' },
		body: ActorPatchBody,
		response: ActorProfileResponse.extend({ changedVersion: z.number().int().nullable() }),
		auth: true
	}
];
