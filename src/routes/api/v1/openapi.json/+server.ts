import { buildOpenApiDocument } from '$lib/server/api/openapi';
import { json } from '@sveltejs/kit';

export const GET = () => json(buildOpenApiDocument(), { headers: { 'cache-control': 'public, max-age=300' } });
