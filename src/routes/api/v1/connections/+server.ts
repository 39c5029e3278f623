/** GET /api/v1/connections (mine, both directions) and POST to send a request. */
import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { apiRoute, parseJsonBody } from '$lib/server/api/http';
import { clientContext, requireUser, siteOrigin } from '$lib/server/auth/request';
import { ConnectionInput, createConnectionRequest } from '$lib/server/connect/service';
import { listConnections } from '$lib/server/connect/views';

export const GET: RequestHandler = apiRoute(async ({ locals, url }) => {
	const user = requireUser(locals);
	return json(await listConnections(await getDb(), user, url.searchParams.get('lang') ?? locals.locale));
});

export const POST: RequestHandler = apiRoute(async (event) => {
	const user = requireUser(event.locals);
	const body = await parseJsonBody(ConnectionInput, event.request, 50_000);
	const created = await createConnectionRequest(await getDb(), user, body, { ip: clientContext(event).ip, origin: siteOrigin(event.url) });
	return json(created, { status: 201 });
});
