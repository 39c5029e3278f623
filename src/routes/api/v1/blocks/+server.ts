/** GET /api/v1/blocks (accounts I blocked) and POST to block one. */
import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { apiRoute, parseJsonBody } from '$lib/server/api/http';
import { clientContext, requireUser } from '$lib/server/auth/request';
import { blockAccount, listBlocks } from '$lib/server/connect/blocks';
import { BlockBody } from '$lib/server/connect/api-docs';

export const GET: RequestHandler = apiRoute(async ({ locals }) => {
	return json(await listBlocks(await getDb(), requireUser(locals)));
});

export const POST: RequestHandler = apiRoute(async (event) => {
	const user = requireUser(event.locals);
	const { userId } = await parseJsonBody(BlockBody, event.request, 10_000);
	return json(await blockAccount(await getDb(), user, userId, { ip: clientContext(event).ip }));
});
