/** Rows of mail_outbox. */
import type { DB } from '../db';

export async function insertMail(db: DB, mail: { to: string; subject: string; text: string }) {
	const row = await db
		.insertInto('mail_outbox')
		.values({ to_address: mail.to, subject: mail.subject, body_text: mail.text })
		.returning('id')
		.executeTakeFirstOrThrow();
	return String(row.id);
}

export async function markMailSent(db: DB, id: string) {
	await db.updateTable('mail_outbox').set({ status: 'sent', sent_at: new Date(), error: null }).where('id', '=', id).execute();
}

export async function markMailFailed(db: DB, id: string, error: string) {
	await db.updateTable('mail_outbox').set({ status: 'failed', error }).where('id', '=', id).execute();
}

export async function selectOutboxPage(db: DB, filter: { to?: string; limit: number; offset: number }) {
	let query = db.selectFrom('mail_outbox');
	if (filter.to) query = query.where((eb) => eb(eb.fn('lower', ['to_address']), '=', filter.to!.toLowerCase()));
	const [rows, count] = await Promise.all([
		query.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(filter.limit).offset(filter.offset).execute(),
		query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow()
	]);
	return { rows, total: Number(count.total) };
}

export function selectMail(db: DB, id: string) {
	return db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirst();
}
