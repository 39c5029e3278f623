/** POST /api/v1/connections/{id}/decline: the recipient's side answers a pending request. */
import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { apiRoute, parseJsonBody } from '$lib/server/api/http';
import { clientContext, requireUser, siteOrigin } from '$lib/server/auth/request';
import { declineConnectionRequest } from '$lib/server/connect/service';
import { AnswerBody } from '$lib/server/connect/api-docs';

export const POST: RequestHandler = apiRoute(async (event) => {
	const user = requireUser(event.locals);
	// The body is optional: a bare POST answers without a note.
	const hasBody = (event.request.headers.get('content-type') ?? '').includes('application/json');
	const { note } = hasBody ? await parseJsonBody(AnswerBody, event.request, 20_000) : { note: undefined };
	await declineConnectionRequest(await getDb(), user, event.params.id, note ?? '', { ip: clientContext(event).ip, origin: siteOrigin(event.url) });
	return json({ ok: true });
});
