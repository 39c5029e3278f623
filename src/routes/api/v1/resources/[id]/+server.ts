import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { apiRoute, parseJsonBody } from '$lib/server/api/http';
import { clientContext, requireUser, siteOrigin } from '$lib/server/auth/request';
import { updateResource } from '$lib/server/library/review';
import { presentRecord, UpdateResourceBody } from '$lib/server/library/review-api-docs';
import { getDb } from '$lib/server/db';
import { getResourceDetail } from '$lib/server/library/search';

/** GET /api/v1/resources/{id}: one record (id or slug) with its language versions and related records. */
export const GET: RequestHandler = apiRoute(async ({ params, locals }) => {
	const detail = await getResourceDetail(await getDb(), params.id, locals.user);
	const cache = detail.status === 'published' && !locals.user ? 'public, max-age=60' : 'private, no-store';
	return json(detail, { headers: { 'cache-control': cache } });
});

/** PATCH /api/v1/resources/{id}: change a record (absent fields kept); each real change is a version. */
export const PATCH: RequestHandler = apiRoute(async (event) => {
	const user = requireUser(event.locals);
	const { submit, note, ...fields } = await parseJsonBody(UpdateResourceBody, event.request, 200_000);
	const { record, version } = await updateResource(
		await getDb(),
		user,
		event.params.id,
		{ ...fields, submit, note },
		{ ctx: { ip: clientContext(event).ip, origin: siteOrigin(event.url) } }
	);
	return json({ ...presentRecord(record), version });
});
