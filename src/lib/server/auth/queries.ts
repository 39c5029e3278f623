/**
 * SQL of the auth area: accounts, sessions, one-use mail tokens, API tokens, rate-limit
 * events and organisation memberships. Times compare against the database clock, so
 * several app processes agree on what has expired.
 */
import { sql, type ExpressionBuilder, type Insertable, type Updateable } from 'kysely';
import type { DB } from '../db';
import type { AppUserTable, Database, Role } from '../db/schema';

/** `now() + n seconds` on the database clock. */
export const secondsFromNow = (seconds: number) => sql<Date>`now() + make_interval(secs => ${seconds})`;
const secondsAgo = (seconds: number) => sql<Date>`now() - make_interval(secs => ${seconds})`;

const emailMatches = (email: string) => (eb: ExpressionBuilder<Database, 'app_user'>) =>
	eb(eb.fn('lower', ['app_user.email']), '=', email.toLowerCase());

// Accounts

export function findUserByEmail(db: DB, email: string) {
	return db.selectFrom('app_user').selectAll().where(emailMatches(email)).executeTakeFirst();
}

export function findUserById(db: DB, id: string) {
	return db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Inserts an account; returns undefined when the address is taken (unique index). */
export function insertUser(db: DB, row: Insertable<AppUserTable>) {
	return db
		.insertInto('app_user')
		.values(row)
		.onConflict((oc) => oc.expression(sql`lower(email)`).doNothing())
		.returningAll()
		.executeTakeFirst();
}

export async function updateUser(db: DB, id: string, patch: Updateable<AppUserTable>) {
	return db
		.updateTable('app_user')
		.set({ ...patch, updated_at: sql<Date>`now()` })
		.where('id', '=', id)
		.returningAll()
		.executeTakeFirst();
}

export async function countUsersWithRole(db: DB, role: Role, options: { activeOnly?: boolean } = {}) {
	let query = db.selectFrom('app_user').where('role', '=', role);
	if (options.activeOnly) query = query.where('disabled_at', 'is', null);
	const row = await query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
	return Number(row.n);
}

/** Locks the admin rows until the transaction ends, so two demotions cannot both pass the last-admin check. */
export async function lockActiveAdmins(db: DB) {
	const rows = await db
		.selectFrom('app_user')
		.select('id')
		.where('role', '=', 'admin')
		.where('disabled_at', 'is', null)
		.forUpdate()
		.execute();
	return rows.map((row) => row.id);
}

export async function selectUsersPage(db: DB, filter: { q?: string; limit: number; offset: number }) {
	let query = db.selectFrom('app_user');
	if (filter.q) {
		const pattern = `%${filter.q.replace(/[\\%_]/g, '\\$&')}%`;
		query = query.where((eb) => eb.or([eb('email', 'ilike', pattern), eb('display_name', 'ilike', pattern)]));
	}
	const [rows, count] = await Promise.all([
		query.selectAll().orderBy('email').limit(filter.limit).offset(filter.offset).execute(),
		query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()
	]);
	return { rows, total: Number(count.n) };
}

// One-use tokens sent by mail

export async function insertEmailToken(db: DB, token: { hash: string; userId: string; purpose: 'confirm' | 'reset'; ttlSeconds: number }) {
	await db
		.insertInto('email_token')
		.values({ id: token.hash, user_id: token.userId, purpose: token.purpose, expires_at: secondsFromNow(token.ttlSeconds) })
		.execute();
}

/** Marks a valid token used and returns its account id; one winner when two requests race. */
export async function consumeEmailToken(db: DB, hash: string, purpose: 'confirm' | 'reset') {
	const row = await db
		.updateTable('email_token')
		.set({ used_at: sql<Date>`now()` })
		.where('id', '=', hash)
		.where('purpose', '=', purpose)
		.where('used_at', 'is', null)
		.where('expires_at', '>', sql<Date>`now()`)
		.returning('user_id')
		.executeTakeFirst();
	return row?.user_id;
}

/** True when the token exists, is unused and has not expired (the confirm page asks before the POST). */
export async function emailTokenIsUsable(db: DB, hash: string, purpose: 'confirm' | 'reset') {
	const row = await db
		.selectFrom('email_token')
		.select('id')
		.where('id', '=', hash)
		.where('purpose', '=', purpose)
		.where('used_at', 'is', null)
		.where('expires_at', '>', sql<Date>`now()`)
		.executeTakeFirst();
	return !!row;
}

/** Retires every open token of one purpose (a new one was sent, or the password changed). */
export async function retireEmailTokens(db: DB, userId: string, purpose: 'confirm' | 'reset') {
	await db
		.updateTable('email_token')
		.set({ used_at: sql<Date>`now()` })
		.where('user_id', '=', userId)
		.where('purpose', '=', purpose)
		.where('used_at', 'is', null)
		.execute();
}

// Browser sessions

export async function insertSession(db: DB, session: { hash: string; userId: string; ttlSeconds: number; userAgent: string; ip: string }) {
	return db
		.insertInto('user_session')
		.values({
			id: session.hash,
			user_id: session.userId,
			expires_at: secondsFromNow(session.ttlSeconds),
			user_agent: session.userAgent,
			ip: session.ip
		})
		.returning('expires_at')
		.executeTakeFirstOrThrow();
}

/** The session with its account, and whether the session has expired by the database clock. */
export function findSessionWithUser(db: DB, hash: string) {
	return db
		.selectFrom('user_session')
		.innerJoin('app_user', 'app_user.id', 'user_session.user_id')
		.selectAll('app_user')
		.select([
			'user_session.id as session_id',
			'user_session.expires_at as session_expires_at',
			sql<boolean>`user_session.expires_at <= now()`.as('session_expired'),
			sql<boolean>`user_session.last_seen_at < now() - interval '1 hour'`.as('session_stale')
		])
		.where('user_session.id', '=', hash)
		.executeTakeFirst();
}

/** Slides a session's end forward; returns the new end. */
export async function extendSession(db: DB, hash: string, ttlSeconds: number) {
	const row = await db
		.updateTable('user_session')
		.set({ last_seen_at: sql<Date>`now()`, expires_at: secondsFromNow(ttlSeconds) })
		.where('id', '=', hash)
		.returning('expires_at')
		.executeTakeFirst();
	return row?.expires_at;
}

export async function deleteSession(db: DB, hash: string) {
	await db.deleteFrom('user_session').where('id', '=', hash).execute();
}

/** Ends every session of an account, but the one kept (the browser changing its password). */
export async function deleteUserSessions(db: DB, userId: string, keepHash?: string | null) {
	let query = db.deleteFrom('user_session').where('user_id', '=', userId);
	if (keepHash) query = query.where('id', '<>', keepHash);
	await query.execute();
}

export async function countUserSessions(db: DB, userId: string) {
	const row = await db
		.selectFrom('user_session')
		.select((eb) => eb.fn.countAll<string>().as('n'))
		.where('user_id', '=', userId)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

// API tokens

export function insertApiToken(db: DB, token: { userId: string; name: string; hash: string; prefix: string }) {
	return db
		.insertInto('api_token')
		.values({ user_id: token.userId, name: token.name, token_hash: token.hash, prefix: token.prefix })
		.returningAll()
		.executeTakeFirstOrThrow();
}

/** A live (not revoked) token with its account. */
export function findLiveApiTokenWithUser(db: DB, hash: string) {
	return db
		.selectFrom('api_token')
		.innerJoin('app_user', 'app_user.id', 'api_token.user_id')
		.selectAll('app_user')
		.select(['api_token.id as token_id'])
		.where('api_token.token_hash', '=', hash)
		.where('api_token.revoked_at', 'is', null)
		.executeTakeFirst();
}

/** Records use, at most once a minute per token (the condition spares the write). */
export async function touchApiToken(db: DB, id: string) {
	await db
		.updateTable('api_token')
		.set({ last_used_at: sql<Date>`now()` })
		.where('id', '=', id)
		.where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', secondsAgo(60))]))
		.execute();
}

export function selectApiTokens(db: DB, filter: { userId?: string; limit: number; offset: number }) {
	let query = db.selectFrom('api_token').innerJoin('app_user', 'app_user.id', 'api_token.user_id');
	if (filter.userId) query = query.where('api_token.user_id', '=', filter.userId);
	return Promise.all([
		query
			.selectAll('api_token')
			.select('app_user.email as user_email')
			.orderBy('api_token.revoked_at', (ob) => ob.desc().nullsFirst())
			.orderBy('api_token.created_at', 'desc')
			.limit(filter.limit)
			.offset(filter.offset)
			.execute(),
		query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()
	]).then(([rows, count]) => ({ rows, total: Number(count.n) }));
}

export function findApiToken(db: DB, id: string) {
	return db.selectFrom('api_token').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function revokeApiTokenRow(db: DB, id: string) {
	const row = await db
		.updateTable('api_token')
		.set({ revoked_at: sql<Date>`now()` })
		.where('id', '=', id)
		.where('revoked_at', 'is', null)
		.returning('id')
		.executeTakeFirst();
	return !!row;
}

// Rate limits

/** Events of one bucket and key inside the window, and the oldest of them. */
export async function countRecentEvents(db: DB, bucket: string, key: string, windowSeconds: number) {
	const row = await db
		.selectFrom('rate_limit_event')
		.select((eb) => [
			eb.fn.countAll<string>().as('n'),
			sql<number | null>`extract(epoch from (min(created_at) + make_interval(secs => ${windowSeconds}) - now()))`.as('frees_in')
		])
		.where('bucket', '=', bucket)
		.where('key', '=', key)
		.where('created_at', '>', secondsAgo(windowSeconds))
		.executeTakeFirstOrThrow();
	return { count: Number(row.n), freesInSeconds: row.frees_in === null ? 0 : Number(row.frees_in) };
}

export async function insertRateLimitEvent(db: DB, bucket: string, key: string) {
	await db.insertInto('rate_limit_event').values({ bucket, key }).execute();
}

/** Drops events older than maxAgeSeconds; with bucket and key, only theirs. */
export async function pruneRateLimitEvents(db: DB, maxAgeSeconds: number, scope?: { bucket: string; key: string }) {
	let query = db.deleteFrom('rate_limit_event').where('created_at', '<', secondsAgo(maxAgeSeconds));
	if (scope) query = query.where('bucket', '=', scope.bucket).where('key', '=', scope.key);
	await query.execute();
}

// Organisation memberships

export async function selectMemberActorIds(db: DB, userId: string) {
	const rows = await db.selectFrom('actor_member').select('actor_id').where('user_id', '=', userId).orderBy('actor_id').execute();
	return rows.map((row) => row.actor_id);
}

export function selectMemberships(db: DB, userId: string) {
	return db
		.selectFrom('actor_member')
		.innerJoin('actor', 'actor.id', 'actor_member.actor_id')
		.select(['actor.id', 'actor.slug', 'actor.name', 'actor_member.role', 'actor_member.created_at'])
		.where('actor_member.user_id', '=', userId)
		.orderBy('actor.name')
		.execute();
}

export function findActor(db: DB, by: { id?: string; slug?: string }) {
	let query = db.selectFrom('actor').select(['id', 'slug', 'name']);
	if (by.id) query = query.where('id', '=', by.id);
	else query = query.where('slug', '=', by.slug ?? '');
	return query.executeTakeFirst();
}

/** Adds a member; returns false when the account already was one. */
export async function insertActorMember(db: DB, member: { actorId: string; userId: string; role: string }) {
	const row = await db
		.insertInto('actor_member')
		.values({ actor_id: member.actorId, user_id: member.userId, role: member.role })
		.onConflict((oc) => oc.columns(['actor_id', 'user_id']).doNothing())
		.returning('actor_id')
		.executeTakeFirst();
	return !!row;
}

export async function deleteActorMember(db: DB, actorId: string, userId: string) {
	const row = await db
		.deleteFrom('actor_member')
		.where('actor_id', '=', actorId)
		.where('user_id', '=', userId)
		.returning('actor_id')
		.executeTakeFirst();
	return !!row;
}
