/** Rows of audit_log. */
import type { Insertable } from 'kysely';
import type { DB } from '../db';
import type { AuditLogTable } from '../db/schema';

export async function insertAuditRow(db: DB, row: Insertable<AuditLogTable>) {
	await db.insertInto('audit_log').values(row).execute();
}

/** One page of the log, newest first; `action` may end with `.*` to match a family. */
export async function selectAuditPage(db: DB, filter: { action?: string; limit: number; offset: number }) {
	let query = db.selectFrom('audit_log');
	if (filter.action) {
		query = filter.action.endsWith('.*')
			? query.where('action', 'like', `${filter.action.slice(0, -2).replace(/[\\%_]/g, '\\$&')}.%`)
			: query.where('action', '=', filter.action);
	}
	const [rows, count] = await Promise.all([
		query
			.selectAll()
			.orderBy('created_at', 'desc')
			.orderBy('id', 'desc')
			.limit(filter.limit)
			.offset(filter.offset)
			.execute(),
		query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow()
	]);
	return { rows, total: Number(count.total) };
}

/** The distinct actions recorded, for the filter of the audit page. */
export async function selectAuditActions(db: DB) {
	const rows = await db.selectFrom('audit_log').select('action').distinct().orderBy('action').execute();
	return rows.map((row) => row.action);
}
