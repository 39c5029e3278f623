import type { PageServerLoad } from './$types';
import { buildOpenApiDocument } from '$lib/server/api/openapi';

type Operation = {
	summary?: string;
	description?: string;
	tags?: string[];
	security?: unknown[];
	parameters?: { name: string; in: string; required: boolean; description?: string; schema: Record<string, unknown> }[];
	requestBody?: { content: Record<string, { schema: unknown }> };
	responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
};

export const load: PageServerLoad = () => {
	const document = buildOpenApiDocument() as { info: { description: string; version: string }; paths: Record<string, Record<string, Operation>> };
	const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
		Object.entries(methods).map(([method, op]) => ({
			id: `${method}-${path}`.replace(/[^a-z0-9]+/gi, '-'),
			method: method.toUpperCase(),
			path,
			summary: op.summary ?? '',
			description: op.description ?? '',
			tag: op.tags?.[0] ?? 'other',
			auth: (op.security?.length ?? 0) > 0,
			parameters: (op.parameters ?? []).map((p) => ({
				name: p.name,
				in: p.in,
				required: p.required,
				description: p.description ?? '',
				type: schemaType(p.schema)
			})),
			body: op.requestBody ? JSON.stringify(Object.values(op.requestBody.content)[0].schema, null, 2) : '',
			response: JSON.stringify(Object.values(op.responses['200']?.content ?? {})[0]?.schema ?? {}, null, 2),
			produces: Object.keys(op.responses['200']?.content ?? {})[0] ?? 'application/json'
		}))
	);
	return { description: document.info.description, version: document.info.version, operations };
};

function schemaType(schema: Record<string, unknown>): string {
	if (Array.isArray(schema.enum)) return schema.enum.join(' | ');
	if (schema.type === 'array') return `${schemaType((schema.items ?? {}) as Record<string, unknown>)}[]`;
	if (Array.isArray(schema.anyOf)) return (schema.anyOf as Record<string, unknown>[]).map(schemaType).join(' | ');
	return String(schema.type ?? 'any');
}
