import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { apiRoute } from '$lib/server/api/http';
import { requireUser } from '$lib/server/auth/request';
import { getDb } from '$lib/server/db';
import { getJob } from '$lib/server/jobs/service';

/** GET /api/v1/jobs/{id}: status and progress of a long-running job (its owner, or an admin). */
export const GET: RequestHandler = apiRoute(async (event) => {
	const user = requireUser(event.locals);
	const job = await getJob(await getDb(), user, event.params.id);
	const { params: _params, ...visible } = job;
	return json(visible, { headers: { 'cache-control': 'no-store' } });
});
