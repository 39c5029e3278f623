import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { listAudit, listAuditActions } from '$lib/server/audit/service';
import { requirePageRole } from '$lib/server/auth/request';

export const load: PageServerLoad = async (event) => {
	requirePageRole(event, 'admin', 'curator');
	const db = await getDb();
	const actions = await listAuditActions(db);
	const requested = event.url.searchParams.get('action') ?? '';
	const action = actions.includes(requested) ? requested : '';
	const page = Number(event.url.searchParams.get('page')) || 1;
	const audit = await listAudit(db, { page, action: action || undefined });
	return {
		actions,
		action,
		audit: { ...audit, items: audit.items.map((entry) => ({ ...entry, details: JSON.stringify(entry.details) })) }
	};
};
