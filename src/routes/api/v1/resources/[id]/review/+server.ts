import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { apiRoute, parseJsonBody } from '$lib/server/api/http';
import { clientContext, requireRole, siteOrigin } from '$lib/server/auth/request';
import { reviewResource } from '$lib/server/library/review';
import { presentRecord, ReviewDecisionBody } from '$lib/server/library/review-api-docs';
import { notFound } from '$lib/server/errors';
import { getDb } from '$lib/server/db';
import { UUID } from '$lib/server/ids';

/** POST /api/v1/resources/{id}/review {"decision","comment"}: a curator's decision on a submitted record. */
export const POST: RequestHandler = apiRoute(async (event) => {
	const user = requireRole(event.locals, 'curator', 'admin');
	if (!UUID.test(event.params.id)) throw notFound('The record');
	const body = await parseJsonBody(ReviewDecisionBody, event.request, 20_000);
	const { record } = await reviewResource(await getDb(), user, event.params.id, body, {
		ip: clientContext(event).ip,
		origin: siteOrigin(event.url)
	});
	return json(presentRecord(record));
});
