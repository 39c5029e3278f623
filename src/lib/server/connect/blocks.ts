/**
 * Blocks: an account refuses every request from another account. Blocking from a
 * received request declines the blocked account's pending requests this account
 * answers for; lifting a block lets new requests through again.
 */
import type { DB } from '../db';
import type { SessionUser } from '../../domain/user';
import { AppError } from '../errors';
import { recordAudit } from '../audit/service';
import { ConnectError } from './errors';
import * as queries from './queries';
import { UUID } from '../ids';

export interface BlockedAccount {
	userId: string;
	name: string;
	since: string;
}

function signedIn(user: SessionUser | null): SessionUser {
	if (!user) throw new AppError('unauthenticated', 'Sign in to manage blocked accounts.');
	return user;
}

/** The accounts the user blocked, newest first. */
export async function listBlocks(db: DB, user: SessionUser | null): Promise<{ items: BlockedAccount[] }> {
	const me = signedIn(user);
	const rows = await queries.selectBlocks(db, me.id);
	return { items: rows.map((row) => ({ userId: row.blocked_id, name: row.display_name, since: new Date(row.created_at).toISOString() })) };
}

/** Blocks an account; its pending requests to profiles the user answers for are declined. */
export async function blockAccount(db: DB, user: SessionUser | null, blockedId: string, ctx: { ip?: string } = {}): Promise<{ created: boolean; declined: number }> {
	const me = signedIn(user);
	if (!UUID.test(blockedId)) throw new ConnectError('user_not_found', 'The account was not found.', 'user');
	const id = blockedId.toLowerCase();
	if (id === me.id) throw new ConnectError('block_self', 'You cannot block your own account.', 'user');
	if ((await queries.selectUsers(db, [id])).length === 0) throw new ConnectError('user_not_found', 'The account was not found.', 'user');
	const work = async (trx: DB) => {
		const created = await queries.insertBlock(trx, me.id, id);
		const declined = await queries.declinePendingFrom(trx, id, me.id);
		if (created) await recordAudit(trx, { user: me, action: 'connection.blocked', targetType: 'user', targetId: id, details: { declined }, ip: ctx.ip });
		return { created, declined: declined.length };
	};
	return db.isTransaction ? work(db) : db.transaction().execute(work);
}

/** Lifts a block; not_found when there was none. */
export async function unblockAccount(db: DB, user: SessionUser | null, blockedId: string, ctx: { ip?: string } = {}): Promise<void> {
	const me = signedIn(user);
	if (!UUID.test(blockedId) || !(await queries.deleteBlock(db, me.id, blockedId.toLowerCase()))) {
		throw new ConnectError('user_not_found', 'This account is not blocked.', 'user');
	}
	await recordAudit(db, { user: me, action: 'connection.unblocked', targetType: 'user', targetId: blockedId.toLowerCase(), ip: ctx.ip });
}
