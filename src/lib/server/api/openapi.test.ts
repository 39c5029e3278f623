import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApiText, buildOpenApiDocument } from './openapi';

describe('OpenAPI document', () => {
	it('matches the committed docs/openapi.json (run `npx atlas openapi -o docs/openapi.json` after changing an endpoint)', () => {
		const committed = readFileSync(join(import.meta.dirname, '../../../../docs/openapi.json'), 'utf8');
		expect(openApiText()).toBe(committed);
	});

	it('documents the public shapes of interfaces.md with the one error shape', () => {
		const document = buildOpenApiDocument() as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
		expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/v1/vocabularies', '/api/v1/vocabularies/{name}', '/api/v1/me']));
		for (const methods of Object.values(document.paths)) {
			for (const operation of Object.values(methods)) expect(operation.responses['404']).toMatchObject({ content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
		}
	});
});
