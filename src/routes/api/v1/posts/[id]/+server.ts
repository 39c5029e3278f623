/** GET /api/v1/posts/{id} (id or slug, with suggestions) and PATCH for its author and curators. */
import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { apiRoute, parseJsonBody } from '$lib/server/api/http';
import { clientContext, requireUser, siteOrigin } from '$lib/server/auth/request';
import { PostChanges, updatePost } from '$lib/server/posts/service';
import { getPost } from '$lib/server/posts/view';
import { toPostDetailResponse } from '$lib/server/posts/api-docs';
import { toLocale } from '$lib/server/network/present';

export const GET: RequestHandler = apiRoute(async ({ params, locals, url }) => {
	const locale = toLocale(url.searchParams.get('lang') ?? locals.locale);
	return json(toPostDetailResponse(await getPost(await getDb(), locals.user, params.id, locale)));
});

export const PATCH: RequestHandler = apiRoute(async (event) => {
	const user = requireUser(event.locals);
	const changes = await parseJsonBody(PostChanges, event.request, 100_000);
	const db = await getDb();
	const outcome = await updatePost(db, user, event.params.id, changes, { ip: clientContext(event).ip, origin: siteOrigin(event.url) });
	return json(toPostDetailResponse(await getPost(db, user, outcome.slug, toLocale(event.locals.locale))));
});
