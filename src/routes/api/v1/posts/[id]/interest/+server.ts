/** POST /api/v1/posts/{id}/interest: "I'm interested", once per account; the author is notified. */
import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { apiRoute, parseJsonBody } from '$lib/server/api/http';
import { clientContext, requireUser, siteOrigin } from '$lib/server/auth/request';
import { expressInterest, InterestInput } from '$lib/server/posts/engagement';

export const POST: RequestHandler = apiRoute(async (event) => {
	const user = requireUser(event.locals);
	const input = await parseJsonBody(InterestInput, event.request, 20_000);
	const outcome = await expressInterest(await getDb(), user, event.params.id, input, { ip: clientContext(event).ip, origin: siteOrigin(event.url) });
	return json(outcome, { status: 201 });
});
