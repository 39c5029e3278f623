/** GET /api/v1/actors: the directory search of interfaces.md (items, total, page, perPage, facets). */
import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { apiRoute } from '$lib/server/api/http';
import { actorFiltersFromUrl, searchActors } from '$lib/server/network/directory';
import { toApiList } from '$lib/server/network/api-docs';

export const GET: RequestHandler = apiRoute(async ({ url, locals }) => {
	const lang = url.searchParams.get('lang') ?? locals.locale;
	const result = await searchActors(await getDb(), actorFiltersFromUrl(url), { locale: lang, viewer: locals.user });
	return json(toApiList(result));
});
