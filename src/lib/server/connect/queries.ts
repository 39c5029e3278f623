/**
 * SQL of connection requests and account blocks. Rows in, rows out; the caller owns the
 * transaction. The party helpers (`requesterSide`, `recipientSide`) name once who stands
 * on each side of a request, so every access query below agrees with the others.
 */
import { sql, type ExpressionBuilder } from 'kysely';
import type { DB } from '../db';
import type { ConnectionKind, ConnectionRequestRow, ConnectionStatus, Database, PersonRow } from '../db/schema';

type RequestEb = ExpressionBuilder<Database, 'connection_request'>;

/** The request was sent by this account, or for an organisation it manages. */
function requesterSide(eb: RequestEb, userId: string) {
	return eb.or([
		eb('connection_request.requester_id', '=', userId),
		eb('connection_request.from_actor_id', 'in', eb.selectFrom('actor_member').select('actor_member.actor_id').where('actor_member.user_id', '=', userId))
	]);
}

/** The request is addressed to an organisation this account manages, or to its own person entry. */
function recipientSide(eb: RequestEb, userId: string) {
	return eb.or([
		eb('connection_request.to_actor_id', 'in', eb.selectFrom('actor_member').select('actor_member.actor_id').where('actor_member.user_id', '=', userId)),
		eb('connection_request.to_person_id', 'in', eb.selectFrom('person').select('person.id').where('person.user_id', '=', userId))
	]);
}

/** Ids of the organisations the account manages. */
export async function selectManagedActorIds(db: DB, userId: string): Promise<string[]> {
	const rows = await db.selectFrom('actor_member').select('actor_id').where('user_id', '=', userId).execute();
	return rows.map((row) => row.actor_id);
}

/** Enabled accounts that manage the organisation (they answer its requests). */
export async function selectActorAnswererIds(db: DB, actorId: string): Promise<string[]> {
	const rows = await db
		.selectFrom('actor_member')
		.innerJoin('app_user', 'app_user.id', 'actor_member.user_id')
		.select('app_user.id')
		.where('actor_member.actor_id', '=', actorId)
		.where('app_user.disabled_at', 'is', null)
		.orderBy('actor_member.created_at')
		.execute();
	return rows.map((row) => row.id);
}

/** Whether the account exists and is enabled. */
export async function isEnabledUser(db: DB, userId: string): Promise<boolean> {
	const row = await db.selectFrom('app_user').select('id').where('id', '=', userId).where('disabled_at', 'is', null).executeTakeFirst();
	return !!row;
}

export async function findPersonBySlug(db: DB, slug: string): Promise<PersonRow | undefined> {
	return db.selectFrom('person').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function findPersonById(db: DB, id: string): Promise<PersonRow | undefined> {
	return db.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Serialises one account's request creation (daily limit, duplicates) until the transaction ends. */
export async function lockRequester(db: DB, userId: string): Promise<void> {
	await sql`select pg_advisory_xact_lock(hashtext(${'connect:' + userId}))`.execute(db);
}

/** Requests the account sent since `since` (any status: withdrawing does not give a request back). */
export async function countRequestsSince(db: DB, userId: string, since: Date): Promise<number> {
	const row = await db
		.selectFrom('connection_request')
		.select((eb) => eb.fn.countAll<string>().as('n'))
		.where('requester_id', '=', userId)
		.where('created_at', '>', since)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

export interface PartiesWhere {
	kind: ConnectionKind;
	/** The requesting party: its organisation, else the account. */
	fromActorId: string | null;
	requesterId: string;
	toActorId: string | null;
	toPersonId: string | null;
}

/** A pending or accepted request between the same parties and of the same kind, if any. */
export async function findOpenRequest(db: DB, where: PartiesWhere): Promise<ConnectionRequestRow | undefined> {
	let query = db.selectFrom('connection_request').selectAll().where('kind', '=', where.kind).where('status', 'in', ['pending', 'accepted']);
	query = where.fromActorId
		? query.where('from_actor_id', '=', where.fromActorId)
		: query.where('requester_id', '=', where.requesterId).where('from_actor_id', 'is', null);
	query = where.toActorId ? query.where('to_actor_id', '=', where.toActorId) : query.where('to_person_id', '=', where.toPersonId!);
	return query.executeTakeFirst();
}

/** A pending or accepted request of `kind` from organisation `from` to organisation `to`. */
export async function findOpenActorRequest(db: DB, kind: ConnectionKind, fromActorId: string, toActorId: string): Promise<ConnectionRequestRow | undefined> {
	return db
		.selectFrom('connection_request')
		.selectAll()
		.where('kind', '=', kind)
		.where('status', 'in', ['pending', 'accepted'])
		.where('from_actor_id', '=', fromActorId)
		.where('to_actor_id', '=', toActorId)
		.executeTakeFirst();
}

export interface NewRequest {
	kind: ConnectionKind;
	requesterId: string;
	fromActorId: string | null;
	toActorId: string | null;
	toPersonId: string | null;
	message: string;
	categories: string[];
}

export async function insertRequest(db: DB, row: NewRequest): Promise<string> {
	const inserted = await db
		.insertInto('connection_request')
		.values({
			kind: row.kind,
			requester_id: row.requesterId,
			from_actor_id: row.fromActorId,
			to_actor_id: row.toActorId,
			to_person_id: row.toPersonId,
			message: row.message,
			categories: row.categories
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return String(inserted.id);
}

export async function findRequest(db: DB, id: string): Promise<ConnectionRequestRow | undefined> {
	return db.selectFrom('connection_request').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Moves a pending request to its answer; false when it was no longer pending. */
export async function answerRequest(
	db: DB,
	id: string,
	change: { status: Exclude<ConnectionStatus, 'pending'>; answeredBy: string; note: string }
): Promise<boolean> {
	const result = await db
		.updateTable('connection_request')
		.set({ status: change.status, answered_by: change.answeredBy, answer_note: change.note, answered_at: sql`now()` })
		.where('id', '=', id)
		.where('status', '=', 'pending')
		.executeTakeFirst();
	return Number(result.numUpdatedRows) > 0;
}

export async function setRequestRelation(db: DB, id: string, relationId: string): Promise<void> {
	await db.updateTable('connection_request').set({ relation_id: relationId }).where('id', '=', id).execute();
}

/** The relation of `type` between two organisations in either direction, if any. */
export async function findRelationEitherWay(db: DB, a: string, b: string, type: string): Promise<{ id: string } | undefined> {
	return db
		.selectFrom('relation')
		.select('id')
		.where('type', '=', type)
		.where((eb) => eb.or([eb.and([eb('source_id', '=', a), eb('target_id', '=', b)]), eb.and([eb('source_id', '=', b), eb('target_id', '=', a)])]))
		.executeTakeFirst();
}

/** Every request the account sent or may answer, newest first (at most `limit`). */
export async function selectRequestsOf(db: DB, userId: string, limit = 200): Promise<ConnectionRequestRow[]> {
	return db
		.selectFrom('connection_request')
		.selectAll()
		.where((eb) => eb.or([requesterSide(eb, userId), recipientSide(eb, userId)]))
		.orderBy('created_at', 'desc')
		.orderBy('id', 'desc')
		.limit(limit)
		.execute();
}

/** Declines every pending request from `requesterId` that `userId` may answer; returns their ids. */
export async function declinePendingFrom(db: DB, requesterId: string, userId: string): Promise<string[]> {
	const rows = await db
		.updateTable('connection_request')
		.set({ status: 'declined', answered_by: userId, answered_at: sql`now()` })
		.where('status', '=', 'pending')
		.where('requester_id', '=', requesterId)
		.where((eb) => recipientSide(eb, userId))
		.returning('id')
		.execute();
	return rows.map((row) => String(row.id));
}

export interface UserRow {
	id: string;
	email: string;
	display_name: string;
	locale: string;
}

export async function selectUsers(db: DB, ids: string[]): Promise<UserRow[]> {
	if (ids.length === 0) return [];
	return db.selectFrom('app_user').select(['id', 'email', 'display_name', 'locale']).where('id', 'in', [...new Set(ids)]).execute();
}

export async function selectActorsByIds(db: DB, ids: string[]) {
	if (ids.length === 0) return [];
	return db.selectFrom('actor').select(['id', 'slug', 'name', 'type', 'contact', 'contact_public']).where('id', 'in', [...new Set(ids)]).execute();
}

export async function selectPeopleByIds(db: DB, ids: string[]) {
	if (ids.length === 0) return [];
	return db.selectFrom('person').select(['id', 'slug', 'name', 'contact', 'user_id']).where('id', 'in', [...new Set(ids)]).execute();
}

// ---------------------------------------------------------------------------------
// Blocks.

/** Whether any of `blockerIds` blocked `blockedId`. */
export async function anyBlock(db: DB, blockerIds: string[], blockedId: string): Promise<boolean> {
	if (blockerIds.length === 0) return false;
	const row = await db.selectFrom('user_block').select('blocker_id').where('blocker_id', 'in', blockerIds).where('blocked_id', '=', blockedId).executeTakeFirst();
	return !!row;
}

/** Adds a block; false when it existed. */
export async function insertBlock(db: DB, blockerId: string, blockedId: string): Promise<boolean> {
	const rows = await db
		.insertInto('user_block')
		.values({ blocker_id: blockerId, blocked_id: blockedId })
		.onConflict((oc) => oc.columns(['blocker_id', 'blocked_id']).doNothing())
		.returning('blocker_id')
		.execute();
	return rows.length > 0;
}

/** Lifts a block; false when there was none. */
export async function deleteBlock(db: DB, blockerId: string, blockedId: string): Promise<boolean> {
	const result = await db.deleteFrom('user_block').where('blocker_id', '=', blockerId).where('blocked_id', '=', blockedId).executeTakeFirst();
	return Number(result.numDeletedRows) > 0;
}

/** The accounts `blockerId` blocked, newest first, with their display names. */
export async function selectBlocks(db: DB, blockerId: string) {
	return db
		.selectFrom('user_block')
		.innerJoin('app_user', 'app_user.id', 'user_block.blocked_id')
		.select(['user_block.blocked_id', 'user_block.created_at', 'app_user.display_name'])
		.where('user_block.blocker_id', '=', blockerId)
		.orderBy('user_block.created_at', 'desc')
		.execute();
}

// ---------------------------------------------------------------------------------
// Contact visibility: who an accepted request connects.

/**
 * Whether the account stands on the other side of an accepted request involving the
 * organisation: it asked the organisation (itself or for an organisation it manages),
 * or the organisation asked something the account answers for.
 */
export async function hasAcceptedConnectionWithActor(db: DB, actorId: string, userId: string): Promise<boolean> {
	const row = await db
		.selectFrom('connection_request')
		.select('id')
		.where('status', '=', 'accepted')
		.where((eb) =>
			eb.or([
				eb.and([eb('to_actor_id', '=', actorId), requesterSide(eb, userId)]),
				eb.and([eb('from_actor_id', '=', actorId), recipientSide(eb, userId)])
			])
		)
		.limit(1)
		.executeTakeFirst();
	return !!row;
}

/**
 * Of `personIds`, those the account is connected with by an accepted request: it asked
 * the person, or the person's own account asked something the account answers for.
 */
export async function selectConnectedPersonIds(db: DB, userId: string, personIds: string[]): Promise<string[]> {
	if (personIds.length === 0) return [];
	const asked = await db
		.selectFrom('connection_request')
		.select('to_person_id as id')
		.where('status', '=', 'accepted')
		.where('to_person_id', 'in', personIds)
		.where((eb) => requesterSide(eb, userId))
		.execute();
	const answered = await db
		.selectFrom('connection_request')
		.innerJoin('person', 'person.user_id', 'connection_request.requester_id')
		.select('person.id')
		.where('connection_request.status', '=', 'accepted')
		.where('person.id', 'in', personIds)
		.where((eb) => recipientSide(eb, userId))
		.execute();
	return [...new Set([...asked, ...answered].map((row) => row.id as string))];
}

/** Writes an organisation's mentoring offer; `bumpVersion` counts it as a change of the profile. */
export async function updateActorMentoring(db: DB, actorId: string, categories: string[], bumpVersion: boolean): Promise<void> {
	await db
		.updateTable('actor')
		.set(bumpVersion ? { mentoring_categories: categories, version: sql`version + 1`, updated_at: sql`now()` } : { mentoring_categories: categories })
		.where('id', '=', actorId)
		.execute();
}
