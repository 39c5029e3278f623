import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { apiRoute, parseJsonBody, parseQuery } from '$lib/server/api/http';
import { clientContext, requireUser, siteOrigin } from '$lib/server/auth/request';
import { createResource } from '$lib/server/library/review';
import { CreateResourceBody, presentRecord } from '$lib/server/library/review-api-docs';
import { getDb } from '$lib/server/db';
import { ResourceSearchQuery, searchResources } from '$lib/server/library/search';
import { preferredLocale } from '$lib/server/locale';
import { isLocale } from '$lib/server/vocab';

/**
 * GET /api/v1/resources?q=&lang=&type=&category=&topic=&country=&region=&year=&publisher=&sort=&page=&perPage=&locale=
 * Published records only; labels in ?locale= or the Accept-Language language.
 */
export const GET: RequestHandler = apiRoute(async ({ url, request }) => {
	const query = parseQuery(ResourceSearchQuery, url);
	const wanted = preferredLocale(request.headers.get('accept-language'));
	const result = await searchResources(await getDb(), query, { locale: isLocale(wanted) ? wanted : 'en' });
	return json(result, { headers: { 'cache-control': 'public, max-age=60', vary: 'Accept-Language' } });
});

/** POST /api/v1/resources: a new record, kept as a draft or sent for review ("submit": true). */
export const POST: RequestHandler = apiRoute(async (event) => {
	const user = requireUser(event.locals);
	const { submit, ...input } = await parseJsonBody(CreateResourceBody, event.request, 200_000);
	const record = await createResource(await getDb(), user, input, {
		submit,
		ctx: { ip: clientContext(event).ip, origin: siteOrigin(event.url) }
	});
	return json(presentRecord(record), { status: 201, headers: { location: `/api/v1/resources/${record.id}` } });
});
