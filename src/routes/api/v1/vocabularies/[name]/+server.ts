import { json } from '@sveltejs/kit';
import { apiRoute, parseQuery } from '$lib/server/api/http';
import { VOCABULARY_CACHE_HEADERS, vocabularyItems, vocabularyQuerySchema } from '$lib/server/vocab/api';
import type { RequestHandler } from './$types';

/** GET /api/v1/vocabularies/{name}?lang=xx: the concepts of one vocabulary. */
export const GET: RequestHandler = apiRoute(({ params, url }) => {
	const query = parseQuery(vocabularyQuerySchema, url);
	return json(vocabularyItems(params.name, query), { headers: VOCABULARY_CACHE_HEADERS });
});
