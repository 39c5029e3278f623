import type { RequestHandler } from './$types';
import { apiRoute } from '$lib/server/api/http';
import { clientContext, requireUser } from '$lib/server/auth/request';
import { revokeApiToken } from '$lib/server/auth/service';
import { getDb } from '$lib/server/db';

/** DELETE /api/v1/me/tokens/{id}: revokes one of my tokens (admins: anyone's). */
export const DELETE: RequestHandler = apiRoute(async (event) => {
	const user = requireUser(event.locals);
	await revokeApiToken(await getDb(), user, event.params.id, clientContext(event));
	return new Response(null, { status: 204 });
});
