import { apiRoute } from '$lib/server/api/http';
import { getDb } from '$lib/server/db';
import { citationDownload } from '$lib/server/library/citation';
import { getResourceDetail } from '$lib/server/library/search';
import type { RequestHandler } from './$types';

/** GET /api/v1/resources/{id}.ris: the record (id or slug) as a citation download. */
export const GET: RequestHandler = apiRoute(async ({ params, locals, url }) => {
	const record = await getResourceDetail(await getDb(), params.id, locals.user);
	return citationDownload(record, 'ris', url.origin, !locals.user);
});
