/** GET /api/v1/posts (filters, pages) and POST to publish a partner-search post. */
import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { apiRoute, parseJsonBody, parseQuery } from '$lib/server/api/http';
import { clientContext, requireUser, siteOrigin } from '$lib/server/auth/request';
import { createPost, listPosts, PostFilters, PostInput } from '$lib/server/posts/service';
import { getPost } from '$lib/server/posts/view';
import { toPostDetailResponse, toPostListResponse } from '$lib/server/posts/api-docs';
import { toLocale } from '$lib/server/network/present';

export const GET: RequestHandler = apiRoute(async ({ url, locals }) => {
	const locale = toLocale(url.searchParams.get('lang') ?? locals.locale);
	const filters = parseQuery(PostFilters, url);
	return json(toPostListResponse(await listPosts(await getDb(), filters, locale)));
});

export const POST: RequestHandler = apiRoute(async (event) => {
	const user = requireUser(event.locals);
	const input = await parseJsonBody(PostInput, event.request, 100_000);
	const db = await getDb();
	const created = await createPost(db, user, input, { ip: clientContext(event).ip, origin: siteOrigin(event.url) });
	return json(toPostDetailResponse(await getPost(db, user, created.id, toLocale(event.locals.locale))), { status: 201 });
});
