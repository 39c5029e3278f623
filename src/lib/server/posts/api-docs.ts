/** Schemas and OpenAPI descriptions of the partner-post endpoints, and their JSON shapes. */
import { z } from 'zod';
import type { EndpointDoc } from '../api/endpoint-doc';
import { PostChanges, PostInput, type PostList } from './service';
import { InterestInput } from './engagement';
import type { PostDetail } from './view';

const Labelled = z.object({ value: z.string(), label: z.string() });

export const PartnerPostSchema = z.object({
	id: z.uuid(),
	slug: z.string(),
	title: z.string(),
	description: z.string().meta({ description: 'Markdown as written by the author' }),
	actorTypes: z.array(z.string()).meta({ description: 'wanted actor types (actor-type codes)' }),
	categories: z.array(z.string()),
	targetGroups: z.array(z.string()),
	countries: z.array(z.string()).meta({ description: 'ISO 3166-1 alpha-2 codes where partners are wanted' }),
	scope: z.enum(['regional', 'international', 'any']),
	status: z.enum(['open', 'closed']),
	open: z.boolean().meta({ description: 'open and not past its deadline: interest is accepted' }),
	deadline: z.string().nullable().meta({ description: 'YYYY-MM-DD' }),
	author: z.object({ name: z.string() }),
	organisation: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }).nullable(),
	interestCount: z.number().int(),
	createdAt: z.iso.datetime(),
	updatedAt: z.iso.datetime(),
	closedAt: z.iso.datetime().nullable(),
	labels: z.object({
		actorTypes: z.array(Labelled),
		categories: z.array(Labelled),
		targetGroups: z.array(Labelled),
		countries: z.array(Labelled)
	})
});

export const PostListResponse = z.object({
	items: z.array(PartnerPostSchema),
	total: z.number().int(),
	page: z.number().int(),
	perPage: z.number().int(),
	facets: z.object({}).meta({ description: 'no facets yet (the list shape of every list)' })
});

const SuggestionSchema = z.object({
	actor: z.object({ id: z.uuid(), slug: z.string(), name: z.string(), type: z.string(), typeLabel: z.string(), country: z.string().nullable(), countryLabel: z.string() }).loose(),
	score: z.number(),
	reasons: z.array(z.object({ code: z.string(), text: z.string() }))
});

export const PostDetailResponse = PartnerPostSchema.extend({
	followerCount: z.number().int(),
	interests: z
		.array(
			z.object({
				id: z.string(),
				message: z.string(),
				createdAt: z.iso.datetime(),
				user: z.object({ id: z.uuid(), name: z.string() }),
				organisation: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }).nullable()
			})
		)
		.nullable()
		.meta({ description: 'who is interested: only for the author and curators, null for others' }),
	viewer: z.object({
		signedIn: z.boolean(),
		canManage: z.boolean(),
		following: z.boolean(),
		interested: z.boolean(),
		canExpressInterest: z.boolean()
	}),
	suggestions: z.array(SuggestionSchema).meta({ description: 'organisations suggested for the post, best first, with score and reasons; the posting organisation is left out' })
});

const PostListQuery = z.object({
	q: z.string().max(200).optional().meta({ description: 'words of the title or text; a word naming a skills category also finds posts on it' }),
	category: z.array(z.string()).optional().meta({ description: 'skills-category code (repeatable)' }),
	country: z.array(z.string()).optional().meta({ description: 'country code (repeatable)' }),
	type: z.array(z.string()).optional().meta({ description: 'wanted actor type (repeatable)' }),
	status: z.enum(['open', 'closed', 'all']).optional().meta({ description: 'default open (open and not past the deadline)' }),
	page: z.number().int().min(1).optional(),
	perPage: z.number().int().min(1).max(100).optional(),
	lang: z.enum(['en', 'es', 'fr', 'pt']).optional().meta({ description: 'language of labels and reasons' })
});

/** The list shape of interfaces.md. */
export function toPostListResponse(list: PostList): z.infer<typeof PostListResponse> {
	return { items: list.items, total: list.total, page: list.page, perPage: list.perPage, facets: {} };
}

/** The detail as the API answers it. */
export function toPostDetailResponse(detail: PostDetail): z.infer<typeof PostDetailResponse> {
	return detail;
}

const FollowResponse = z.object({ postId: z.uuid(), following: z.boolean() });

export const postEndpoints: EndpointDoc[] = [
	{
		method: 'get',
		path: '/api/v1/posts',
		summary: 'Partner-search posts, newest first, with filters',
		tags: ['posts'],
		query: PostListQuery,
		response: PostListResponse
	},
	{
		method: 'post',
		path: '/api/v1/posts',
		summary: 'Publish a partner-search post',
		description:
			'At most ATLAS_POST_DAILY_LIMIT posts (default 5) per account in 24 hours (429 beyond). Without categories or target groups, those named in the title and description are used.',
		tags: ['posts'],
		body: PostInput,
		response: PostDetailResponse,
		auth: true
	},
	{
		method: 'get',
		path: '/api/v1/posts/{id}',
		summary: 'One post, with the organisations suggested for it',
		tags: ['posts'],
		params: { id: 'the post id (uuid) or its slug' },
		response: PostDetailResponse
	},
	{
		method: 'patch',
		path: '/api/v1/posts/{id}',
		summary: 'Change, close or reopen a post (its author and curators); followers are notified',
		tags: ['posts'],
		params: { id: 'the post id (uuid) or its slug' },
		body: PostChanges,
		response: PostDetailResponse,
		auth: true
	},
	{
		method: 'post',
		path: '/api/v1/posts/{id}/interest',
		summary: 'Say you are interested in a post; its author is notified',
		description: 'Once per account; refused (409) for one’s own post and for closed posts.',
		tags: ['posts'],
		params: { id: 'the post id (uuid) or its slug' },
		body: InterestInput,
		response: z.object({ postId: z.uuid() }),
		auth: true
	},
	{
		method: 'post',
		path: '/api/v1/posts/{id}/follow',
		summary: 'Follow a post: be notified when it changes or closes',
		tags: ['posts'],
		params: { id: 'the post id (uuid) or its slug' },
		response: FollowResponse,
		auth: true
	},
	{
		method: 'delete',
		path: '/api/v1/posts/{id}/follow',
		summary: 'Stop following a post',
		tags: ['posts'],
		params: { id: 'the post id (uuid) or its slug' },
		response: FollowResponse,
		auth: true
	}
];
