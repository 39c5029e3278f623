import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { listOutbox } from '$lib/server/mail/service';
import { requirePageRole } from '$lib/server/auth/request';

export const load: PageServerLoad = async (event) => {
	requirePageRole(event, 'admin');
	const to = (event.url.searchParams.get('to') ?? '').trim().slice(0, 254);
	const page = Number(event.url.searchParams.get('page')) || 1;
	return { to, outbox: await listOutbox(await getDb(), { page, to }) };
};
