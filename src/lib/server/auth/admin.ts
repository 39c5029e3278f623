/**
 * Account administration: the user list, roles, disabling, and which organisations an
 * account may edit. Every change is written to the audit log.
 */
import type { DB } from '../db';
import { ROLES, type Role, type SessionUser } from '../../domain/user';
import { recordAudit } from '../audit/service';
import { AuthError } from './errors';
import type { ClientContext } from './common';
import * as queries from './queries';
import { isUuid } from '../ids';

export const USERS_PAGE_SIZE = 50;

export interface UserSummary {
	id: string;
	email: string;
	displayName: string;
	role: Role;
	locale: string;
	confirmedAt: Date | null;
	disabledAt: Date | null;
	createdAt: Date;
}

export interface Membership {
	actorId: string;
	slug: string;
	name: string;
	role: string;
}

type UserRowLike = NonNullable<Awaited<ReturnType<typeof queries.findUserById>>>;

function toSummary(row: UserRowLike): UserSummary {
	return {
		id: row.id,
		email: row.email,
		displayName: row.display_name,
		role: row.role,
		locale: row.locale,
		confirmedAt: row.email_confirmed_at,
		disabledAt: row.disabled_at,
		createdAt: row.created_at
	};
}

function assertAdmin(by: SessionUser | null | undefined): asserts by is SessionUser {
	if (by?.role !== 'admin') throw new AuthError('not_allowed', 'Only administrators may do this.');
}

function assertCurator(by: SessionUser | null | undefined): asserts by is SessionUser {
	if (by?.role !== 'admin' && by?.role !== 'curator') throw new AuthError('not_allowed', 'Only administrators and curators may do this.');
}

async function findTarget(db: DB, userId: string): Promise<UserRowLike> {
	const row = isUuid(userId) ? await queries.findUserById(db, userId) : undefined;
	if (!row) throw new AuthError('user_not_found', 'The account was not found.');
	return row;
}

/** One page of accounts, by address; `q` matches address or name. The caller checks the reader is an admin. */
export async function listUsers(db: DB, options: { q?: string; page?: number } = {}) {
	const page = Math.max(1, Math.floor(options.page ?? 1));
	const q = options.q?.trim().slice(0, 200);
	const { rows, total } = await queries.selectUsersPage(db, { q: q || undefined, limit: USERS_PAGE_SIZE, offset: (page - 1) * USERS_PAGE_SIZE });
	return { items: rows.map(toSummary), total, page, perPage: USERS_PAGE_SIZE };
}

/** One account with its organisations, for the admin's user page. */
export async function getUserForAdmin(db: DB, by: SessionUser, userId: string) {
	assertAdmin(by);
	const row = await findTarget(db, userId);
	return { ...toSummary(row), memberships: await listMemberships(db, row.id) };
}

/** Changes an account's role. The last active administrator cannot be demoted. */
export async function setRole(db: DB, admin: SessionUser, userId: string, role: Role, ctx: ClientContext = {}): Promise<UserSummary> {
	assertAdmin(admin);
	if (!ROLES.includes(role)) throw new AuthError('not_allowed', `Unknown role ${role}.`);
	return db.transaction().execute(async (trx) => {
		const target = await findTarget(trx, userId);
		if (target.role === role) return toSummary(target);
		if (target.role === 'admin') {
			const admins = await queries.lockActiveAdmins(trx);
			if (!admins.some((id) => id !== target.id)) {
				throw new AuthError('last_admin', 'This is the last administrator; make someone else administrator first.');
			}
		}
		const updated = await queries.updateUser(trx, target.id, { role });
		await recordAudit(trx, {
			user: admin,
			action: 'user.role_changed',
			targetType: 'user',
			targetId: target.id,
			details: { email: target.email, from: target.role, to: role },
			ip: ctx.ip
		});
		return toSummary(updated!);
	});
}

/** Disables an account: it cannot sign in, its sessions end and its API tokens stop working. */
export async function disableUser(db: DB, admin: SessionUser, userId: string, ctx: ClientContext = {}): Promise<void> {
	assertAdmin(admin);
	if (userId === admin.id) throw new AuthError('self_disable', 'You cannot disable your own account.');
	await db.transaction().execute(async (trx) => {
		const target = await findTarget(trx, userId);
		if (target.disabled_at) return;
		if (target.role === 'admin') {
			const admins = await queries.lockActiveAdmins(trx);
			if (!admins.some((id) => id !== target.id)) {
				throw new AuthError('last_admin', 'This is the last administrator; make someone else administrator first.');
			}
		}
		await queries.updateUser(trx, target.id, { disabled_at: new Date() });
		await queries.deleteUserSessions(trx, target.id);
		await recordAudit(trx, { user: admin, action: 'user.disabled', targetType: 'user', targetId: target.id, details: { email: target.email }, ip: ctx.ip });
	});
}

/** Lets a disabled account sign in again. */
export async function enableUser(db: DB, admin: SessionUser, userId: string, ctx: ClientContext = {}): Promise<void> {
	assertAdmin(admin);
	const target = await findTarget(db, userId);
	if (!target.disabled_at) return;
	await queries.updateUser(db, target.id, { disabled_at: null });
	await recordAudit(db, { user: admin, action: 'user.enabled', targetType: 'user', targetId: target.id, details: { email: target.email }, ip: ctx.ip });
}

/** The organisations an account may edit. */
export async function listMemberships(db: DB, userId: string): Promise<Membership[]> {
	const rows = await queries.selectMemberships(db, userId);
	return rows.map((row) => ({ actorId: row.id, slug: row.slug, name: row.name, role: row.role }));
}

export interface MembershipOptions extends ClientContext {
	/** Who makes the change: admins and curators. Absent for trusted internal callers (the demo loader). */
	by?: SessionUser | null;
	/** Role inside the organisation; `manager` by default. */
	role?: string;
}

/** Lets an account edit an organisation's profile. Adding an existing member changes nothing. */
export async function addActorMember(db: DB, actorId: string, userId: string, options: MembershipOptions = {}): Promise<boolean> {
	if (options.by !== undefined) assertCurator(options.by);
	const actor = isUuid(actorId) ? await queries.findActor(db, { id: actorId }) : undefined;
	if (!actor) throw new AuthError('actor_not_found', 'The organisation was not found.');
	const user = await findTarget(db, userId);
	const added = await queries.insertActorMember(db, { actorId: actor.id, userId: user.id, role: options.role ?? 'manager' });
	if (added) {
		await recordAudit(db, {
			user: options.by ?? null,
			action: 'actor_member.added',
			targetType: 'actor',
			targetId: actor.id,
			details: { actor: actor.slug, userId: user.id, email: user.email, role: options.role ?? 'manager' },
			ip: options.ip
		});
	}
	return added;
}

/** The same, naming the organisation by its slug (the admin form). */
export async function addActorMemberBySlug(db: DB, slug: string, userId: string, options: MembershipOptions = {}): Promise<boolean> {
	if (options.by !== undefined) assertCurator(options.by);
	const actor = await queries.findActor(db, { slug: slug.trim() });
	if (!actor) throw new AuthError('actor_not_found', 'No organisation has this identifier.');
	return addActorMember(db, actor.id, userId, options);
}

/** Withdraws an account's right to edit an organisation. */
export async function removeActorMember(db: DB, actorId: string, userId: string, options: MembershipOptions = {}): Promise<boolean> {
	if (options.by !== undefined) assertCurator(options.by);
	if (!isUuid(actorId) || !isUuid(userId)) return false;
	const removed = await queries.deleteActorMember(db, actorId, userId);
	if (removed) {
		await recordAudit(db, {
			user: options.by ?? null,
			action: 'actor_member.removed',
			targetType: 'actor',
			targetId: actorId,
			details: { userId },
			ip: options.ip
		});
	}
	return removed;
}
