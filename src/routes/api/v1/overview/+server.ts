import { json } from '@sveltejs/kit';
import { apiRoute } from '$lib/server/api/http';
import { getDb } from '$lib/server/db';
import { getOverview } from '$lib/server/overview/service';

export const GET = apiRoute(async () => {
	const { recent: _recent, ...overview } = await getOverview(await getDb());
	return json(overview);
});
