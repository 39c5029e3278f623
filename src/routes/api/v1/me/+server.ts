import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { apiRoute } from '$lib/server/api/http';
import { requireUser } from '$lib/server/auth/request';

/** GET /api/v1/me: the account making the request. */
export const GET: RequestHandler = apiRoute(({ locals }) => {
	const user = requireUser(locals);
	return json({ id: user.id, email: user.email, displayName: user.displayName, role: user.role, locale: user.locale, actorIds: user.actorIds });
});
