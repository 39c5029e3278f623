import { json } from '@sveltejs/kit';
import { apiRoute } from '$lib/server/api/http';
import { VOCABULARY_CACHE_HEADERS, vocabularyList } from '$lib/server/vocab/api';
import type { RequestHandler } from './$types';

/** GET /api/v1/vocabularies: names, titles and sizes of the controlled vocabularies. */
export const GET: RequestHandler = apiRoute(() => json(vocabularyList(), { headers: VOCABULARY_CACHE_HEADERS }));
