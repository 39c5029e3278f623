/** POST /api/v1/connections/{id}/withdraw: the requester withdraws a pending request. */
import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { apiRoute } from '$lib/server/api/http';
import { clientContext, requireUser, siteOrigin } from '$lib/server/auth/request';
import { withdrawConnectionRequest } from '$lib/server/connect/service';

export const POST: RequestHandler = apiRoute(async (event) => {
	const user = requireUser(event.locals);
	await withdrawConnectionRequest(await getDb(), user, event.params.id, { ip: clientContext(event).ip, origin: siteOrigin(event.url) });
	return json({ ok: true });
});
