import { apiRoute, parseQuery } from '$lib/server/api/http';
import { getDb } from '$lib/server/db';
import { libraryFeed } from '$lib/server/library/feed';
import { ResourceSearchQuery } from '$lib/server/library/search';
import type { RequestHandler } from './$types';

/**
 * GET /library/feed.atom?q=&lang=&type=&category=&topic=&country=&region=&year=&publisher=
 * The 50 most recently published records of that library search, as an Atom feed.
 */
export const GET: RequestHandler = apiRoute(async ({ url }) => {
	const body = await libraryFeed(await getDb(), parseQuery(ResourceSearchQuery, url), {
		origin: url.origin,
		selfUrl: url.href,
		pageUrl: `${url.origin}/library${url.search}`
	});
	return new Response(body, {
		headers: { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'public, max-age=300' }
	});
});
