/** Rows of notification (in-app messages to one account). */
import { sql } from 'kysely';
import type { DB } from '../db';

export async function insertNotification(
	db: DB,
	row: { userId: string; kind: string; title: string; body: string; link: string }
): Promise<string> {
	const inserted = await db
		.insertInto('notification')
		.values({ user_id: row.userId, kind: row.kind, title: row.title, body: row.body, link: row.link })
		.returning('id')
		.executeTakeFirstOrThrow();
	return String(inserted.id);
}

/** One page of an account's notifications, newest first. */
export async function selectNotificationPage(db: DB, filter: { userId: string; unreadOnly: boolean; limit: number; offset: number }) {
	let query = db.selectFrom('notification').where('user_id', '=', filter.userId);
	if (filter.unreadOnly) query = query.where('read_at', 'is', null);
	const [rows, count] = await Promise.all([
		query.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(filter.limit).offset(filter.offset).execute(),
		query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow()
	]);
	return { rows, total: Number(count.total) };
}

export async function countUnread(db: DB, userId: string): Promise<number> {
	const row = await db
		.selectFrom('notification')
		.select((eb) => eb.fn.countAll<string>().as('total'))
		.where('user_id', '=', userId)
		.where('read_at', 'is', null)
		.executeTakeFirstOrThrow();
	return Number(row.total);
}

export function selectNotification(db: DB, id: string) {
	return db.selectFrom('notification').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Marks one notification of the account read; returns whether a row of that account matched. */
export async function markRead(db: DB, userId: string, id: string): Promise<boolean> {
	const result = await db
		.updateTable('notification')
		.set({ read_at: sql`coalesce(read_at, now())` })
		.where('id', '=', id)
		.where('user_id', '=', userId)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) > 0;
}

export async function markAllRead(db: DB, userId: string): Promise<number> {
	const result = await db
		.updateTable('notification')
		.set({ read_at: sql`now()` })
		.where('user_id', '=', userId)
		.where('read_at', 'is', null)
		.executeTakeFirst();
	return Number(result.numUpdatedRows);
}

/** Address, language and name of an account, to write to it. */
export function selectRecipient(db: DB, userId: string) {
	return db
		.selectFrom('app_user')
		.select(['id', 'email', 'locale', 'display_name', 'disabled_at'])
		.where('id', '=', userId)
		.executeTakeFirst();
}
