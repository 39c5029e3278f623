import { z } from 'zod';
import type { EndpointDoc } from './endpoint-doc';

export const OverviewResponse = z.object({
	actors: z.number().int(),
	relations: z.number().int(),
	resources: z.number().int(),
	countries: z.number().int(),
	languages: z.number().int(),
	categories: z.array(z.object({ code: z.string(), count: z.number().int() }))
});

export const metaEndpoints: EndpointDoc[] = [
	{
		method: 'get',
		path: '/api/v1/openapi.json',
		summary: 'This OpenAPI document',
		tags: ['meta']
	},
	{
		method: 'get',
		path: '/api/v1/overview',
		summary: 'Live counts of what the platform holds (published records only)',
		tags: ['meta'],
		response: OverviewResponse
	}
];
