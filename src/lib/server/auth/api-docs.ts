/** Schemas of the account endpoints (/api/v1/me…), used by the handlers and the OpenAPI document. */
import { z } from 'zod';
import type { EndpointDoc } from '../api/endpoint-doc';
import { ROLES } from '../../domain/user';
import { API_TOKEN_NAME_MAX } from './tokens';

export const MeResponse = z.object({
	id: z.uuid(),
	email: z.string(),
	displayName: z.string(),
	role: z.enum(ROLES),
	locale: z.string(),
	actorIds: z.array(z.uuid()).meta({ description: 'organisations this account may edit' })
});

export const ApiTokenResponse = z.object({
	id: z.uuid(),
	name: z.string(),
	prefix: z.string().meta({ description: 'first 8 characters of the token, to recognise it' }),
	createdAt: z.iso.datetime(),
	lastUsedAt: z.iso.datetime().nullable(),
	revokedAt: z.iso.datetime().nullable()
});

export const ApiTokenList = z.object({
	items: z.array(ApiTokenResponse),
	total: z.number().int(),
	page: z.number().int(),
	perPage: z.number().int()
});

export const CreateApiTokenBody = z.object({
	name: z.string().trim().min(1).max(API_TOKEN_NAME_MAX).meta({ description: 'what the token is for, e.g. "import script"' })
});

export const CreatedApiToken = ApiTokenResponse.extend({
	token: z.string().meta({ description: 'the token itself (atl_ + 40 characters); shown this once only' })
});

export const authEndpoints: EndpointDoc[] = [
	{
		method: 'get',
		path: '/api/v1/me',
		summary: 'The account making the request',
		tags: ['account'],
		response: MeResponse,
		auth: true
	},
	{
		method: 'get',
		path: '/api/v1/me/tokens',
		summary: 'My API tokens (never the tokens themselves)',
		tags: ['account'],
		response: ApiTokenList,
		auth: true
	},
	{
		method: 'post',
		path: '/api/v1/me/tokens',
		summary: 'Create an API token; the answer holds the token, shown once',
		tags: ['account'],
		body: CreateApiTokenBody,
		response: CreatedApiToken,
		auth: true
	},
	{
		method: 'delete',
		path: '/api/v1/me/tokens/{id}',
		summary: 'Revoke one of my API tokens (204 No Content)',
		tags: ['account'],
		params: { id: 'token id' },
		auth: true
	}
];
