import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { listUsers } from '$lib/server/auth/service';
import { requirePageRole } from '$lib/server/auth/request';

export const load: PageServerLoad = async (event) => {
	requirePageRole(event, 'admin');
	const q = (event.url.searchParams.get('q') ?? '').slice(0, 200);
	const page = Number(event.url.searchParams.get('page')) || 1;
	return { q, users: await listUsers(await getDb(), { q, page }) };
};
