/** DELETE /api/v1/blocks/{userId}: lifts a block. */
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { apiRoute } from '$lib/server/api/http';
import { clientContext, requireUser } from '$lib/server/auth/request';
import { unblockAccount } from '$lib/server/connect/blocks';

export const DELETE: RequestHandler = apiRoute(async (event) => {
	const user = requireUser(event.locals);
	await unblockAccount(await getDb(), user, event.params.userId, { ip: clientContext(event).ip });
	return new Response(null, { status: 204 });
});
