/**
 * Builds the OpenAPI 3.1 document from the zod schemas the endpoints validate with.
 * The result is committed as docs/openapi.json; a test fails when the two drift.
 */
import { z } from 'zod';
import type { EndpointDoc } from './endpoint-doc';
import { apiEndpoints } from './endpoints';

const ErrorSchema = z
	.object({
		error: z.object({
			code: z.string().meta({ description: 'stable machine-readable code, e.g. invalid_input, not_found' }),
			message: z.string(),
			fields: z.record(z.string(), z.string()).optional()
		})
	})
	.meta({ id: 'Error' });

type JsonSchema = Record<string, unknown>;

function toSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
	const json = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
	delete json.$schema;
	return json;
}

function queryParameters(query: z.ZodObject | undefined) {
	if (!query) return [];
	const schema = toSchema(query, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
	return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
		name,
		in: 'query',
		required: (schema.required ?? []).includes(name),
		description: typeof property.description === 'string' ? property.description : undefined,
		schema: { ...property, description: undefined }
	}));
}

function fileBodySchema(type: string): JsonSchema {
	const binary = { type: 'string', format: 'binary' };
	return type === 'multipart/form-data' ? { type: 'object', properties: { file: binary }, required: ['file'] } : binary;
}

function operation(endpoint: EndpointDoc) {
	const parameters = [
		...Object.entries(endpoint.params ?? {}).map(([name, description]) => ({
			name,
			in: 'path',
			required: true,
			description,
			schema: { type: 'string' }
		})),
		...queryParameters(endpoint.query)
	];
	const errorResponse = { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
	const okContent = endpoint.produces
		? { [endpoint.produces]: { schema: { type: 'string' } } }
		: { 'application/json': { schema: endpoint.response ? toSchema(endpoint.response, 'output') : {} } };
	return {
		summary: endpoint.summary,
		description: endpoint.description,
		tags: endpoint.tags,
		parameters: parameters.length ? parameters : undefined,
		requestBody: endpoint.body
			? { required: true, content: { 'application/json': { schema: toSchema(endpoint.body, 'input') } } }
			: endpoint.fileBody
				? { required: true, content: Object.fromEntries(endpoint.fileBody.map((type) => [type, { schema: fileBodySchema(type) }])) }
				: undefined,
		security: endpoint.auth ? [{ bearer: [] }, { session: [] }] : [],
		responses: {
			'200': { description: 'OK', content: okContent },
			'400': errorResponse,
			...(endpoint.auth ? { '401': errorResponse, '403': errorResponse } : {}),
			'404': errorResponse,
			...(endpoint.fileBody ? { '413': errorResponse, '415': errorResponse } : {}),
			'429': errorResponse
		}
	};
}

/** The whole OpenAPI document as a plain object (stable key order). */
export function buildOpenApiDocument(): Record<string, unknown> {
	const paths: Record<string, Record<string, unknown>> = {};
	const sorted = [...apiEndpoints].sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
	for (const endpoint of sorted) {
		paths[endpoint.path] ??= {};
		paths[endpoint.path][endpoint.method] = operation(endpoint);
	}
	return JSON.parse(
		JSON.stringify({
			openapi: '3.1.0',
			info: {
				title: 'Skills Atlas API',
				version: '1.0.0',
				description:
					'Public JSON API of Skills Atlas. Reads of public data need no login; writes need a session cookie or `Authorization: Bearer <token>` (create tokens on your account page). Errors always have the shape {"error":{"code","message"}}.',
				license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' }
			},
			servers: [{ url: '/' }],
			tags: [...new Set(sorted.flatMap((e) => e.tags))].sort().map((name) => ({ name })),
			paths,
			components: {
				schemas: { Error: toSchema(ErrorSchema, 'output') },
				securitySchemes: {
					bearer: { type: 'http', scheme: 'bearer', description: 'Personal API token (atl_…)' },
					session: { type: 'apiKey', in: 'cookie', name: 'atlas_session' }
				}
			}
		})
	);
}

/** The document as committed: pretty JSON with a final newline. */
export function openApiText(): string {
	return JSON.stringify(buildOpenApiDocument(), null, 2) + '\n';
}
