import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { apiRoute, parseJsonBody } from '$lib/server/api/http';
import { requireUser } from '$lib/server/auth/request';
import { createApiToken, listApiTokens, type ApiTokenInfo } from '$lib/server/auth/service';
import { CreateApiTokenBody } from '$lib/server/auth/api-docs';
import { getDb } from '$lib/server/db';

const present = (token: ApiTokenInfo) => ({
	id: token.id,
	name: token.name,
	prefix: token.prefix,
	createdAt: token.createdAt.toISOString(),
	lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
	revokedAt: token.revokedAt?.toISOString() ?? null
});

/** GET /api/v1/me/tokens: my tokens, without the secrets. */
export const GET: RequestHandler = apiRoute(async ({ locals }) => {
	const user = requireUser(locals);
	const items = (await listApiTokens(await getDb(), user.id)).map(present);
	return json({ items, total: items.length, page: 1, perPage: Math.max(items.length, 1) });
});

/** POST /api/v1/me/tokens {"name"}: a new token, shown this once. */
export const POST: RequestHandler = apiRoute(async ({ locals, request }) => {
	const user = requireUser(locals);
	const body = await parseJsonBody(CreateApiTokenBody, request, 10_000);
	const { token, info } = await createApiToken(await getDb(), user.id, body.name);
	return json({ ...present(info), token }, { status: 201 });
});
