/** OpenAPI description of the network map endpoint (`GET /api/v1/network`, interfaces.md). */
import { z } from 'zod';
import type { EndpointDoc } from '../api/endpoint-doc';
import { NetworkQuery } from './map-filters';

export const NetworkResponse = z.object({
	version: z.number().int().meta({ description: 'version of the network the positions belong to' }),
	layoutReady: z.boolean().meta({ description: 'false while the layout of this version is computed in the background (positions are provisional)' }),
	legend: z.array(z.object({ value: z.string(), label: z.string(), colour: z.string(), count: z.number().int() })),
	nodes: z.array(
		z.object({
			id: z.uuid(),
			label: z.string(),
			type: z.string(),
			country: z.string().nullable(),
			x: z.number(),
			y: z.number(),
			size: z.number(),
			community: z.number().int(),
			colour: z.string(),
			matched: z.boolean().meta({ description: 'false for actors shown faded in showcase mode' })
		})
	),
	edges: z.array(z.object({ source: z.uuid(), target: z.uuid(), type: z.string() }))
});

export const mapEndpoints: EndpointDoc[] = [
	{
		method: 'get',
		path: '/api/v1/network',
		summary: 'The published actor network with positions of the server-computed layout',
		description:
			'Takes the filters of GET /api/v1/actors. mode=filter hides actors that do not match, mode=showcase keeps them with matched=false. ' +
			'focus (actor id or slug) with depth 1|2 keeps the neighbourhood of one actor. size=degree|betweenness|member_count|founded_year, colour=type|region|category|community. ' +
			'format=compact answers edges as [sourceIndex, targetIndex, typeIndex] arrays with an edgeTypes list. Filters that match nothing give empty lists, not an error.',
		tags: ['network'],
		query: NetworkQuery,
		response: NetworkResponse
	}
];
