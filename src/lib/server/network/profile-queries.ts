/** SQL of actor profiles: relations both ways, published resources, history, managers and claims. */
import { sql } from 'kysely';
import type { DB } from '../db';
import type { ActorClaimRow, ActorVersionRow } from '../db/schema';

export interface RelationWithOtherRow {
	id: string;
	type: string;
	label: string;
	description: string;
	start_year: number | null;
	end_year: number | null;
	/** 'out' when the profile's actor is the source. */
	direction: 'out' | 'in';
	other_id: string;
	other_slug: string;
	other_name: string;
	other_type: string;
}

/** Relations of an actor in both directions, with the published actor at the other end. */
export async function selectRelationsOf(db: DB, actorId: string): Promise<RelationWithOtherRow[]> {
	const result = await sql<RelationWithOtherRow>`
		select r.id, r.type, r.label, r.description, r.start_year, r.end_year,
			case when r.source_id = ${actorId} then 'out' else 'in' end as direction,
			o.id as other_id, o.slug as other_slug, o.name as other_name, o.type as other_type
		from relation r
		join actor o on o.id = case when r.source_id = ${actorId} then r.target_id else r.source_id end
		where (r.source_id = ${actorId} or r.target_id = ${actorId}) and o.status = 'published'
		order by r.type, o.name`.execute(db);
	return result.rows;
}

export interface PublishedResourceRow {
	id: string;
	slug: string;
	title: string;
	language: string;
	type: string;
	year: number | null;
}

/** Published knowledge records whose publisher is the actor, newest first. */
export async function selectResourcesPublishedBy(db: DB, actorId: string, limit = 50): Promise<PublishedResourceRow[]> {
	return db
		.selectFrom('resource')
		.select(['id', 'slug', 'title', 'language', 'type', 'year'])
		.where('publisher_actor_id', '=', actorId)
		.where('status', '=', 'published')
		.orderBy('published_at', 'desc')
		.limit(limit)
		.execute();
}

export async function isActorMember(db: DB, actorId: string, userId: string): Promise<boolean> {
	const row = await db.selectFrom('actor_member').select('user_id').where('actor_id', '=', actorId).where('user_id', '=', userId).executeTakeFirst();
	return !!row;
}

export async function insertActorVersion(
	db: DB,
	row: { actor_id: string; version: number; change_kind: string; snapshot: unknown; changed_by: string | null; changed_by_name: string; change_note: string }
): Promise<void> {
	await db
		.insertInto('actor_version')
		.values({ ...row, snapshot: JSON.stringify(row.snapshot) })
		.execute();
}

export async function selectActorVersions(db: DB, actorId: string, limit = 100): Promise<ActorVersionRow[]> {
	return db.selectFrom('actor_version').selectAll().where('actor_id', '=', actorId).orderBy('id', 'desc').limit(limit).execute();
}

export async function insertClaim(db: DB, row: { actor_id: string; user_id: string; message: string }): Promise<string> {
	const inserted = await db.insertInto('actor_claim').values(row).returning('id').executeTakeFirstOrThrow();
	return String(inserted.id);
}

export async function findPendingClaim(db: DB, actorId: string, userId: string): Promise<ActorClaimRow | undefined> {
	return db
		.selectFrom('actor_claim')
		.selectAll()
		.where('actor_id', '=', actorId)
		.where('user_id', '=', userId)
		.where('status', '=', 'pending')
		.executeTakeFirst();
}

export async function findClaimById(db: DB, id: string): Promise<ActorClaimRow | undefined> {
	return db.selectFrom('actor_claim').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface PendingClaimRow {
	id: string;
	message: string;
	created_at: Date;
	actor_id: string;
	actor_slug: string;
	actor_name: string;
	user_id: string;
	user_email: string;
	user_name: string;
}

/** Open claims, oldest first, with the organisation and the account. */
export async function selectPendingClaims(db: DB, limit = 200): Promise<PendingClaimRow[]> {
	return db
		.selectFrom('actor_claim as c')
		.innerJoin('actor as a', 'a.id', 'c.actor_id')
		.innerJoin('app_user as u', 'u.id', 'c.user_id')
		.select([
			'c.id',
			'c.message',
			'c.created_at',
			'a.id as actor_id',
			'a.slug as actor_slug',
			'a.name as actor_name',
			'u.id as user_id',
			'u.email as user_email',
			'u.display_name as user_name'
		])
		.where('c.status', '=', 'pending')
		.orderBy('c.created_at')
		.limit(limit)
		.execute();
}

/** Closes a pending claim; false when it was no longer pending. */
export async function decideClaimRow(db: DB, id: string, status: 'approved' | 'rejected', reviewerId: string, note: string): Promise<boolean> {
	const result = await db
		.updateTable('actor_claim')
		.set({ status, reviewer_id: reviewerId, review_note: note, decided_at: sql`now()` })
		.where('id', '=', id)
		.where('status', '=', 'pending')
		.executeTakeFirst();
	return Number(result.numUpdatedRows) > 0;
}

/** Published actors among the neighbours' neighbours are not needed: one step only, both directions. */
export async function selectNeighbourEdges(db: DB, actorIds: string[]): Promise<{ source_id: string; target_id: string; type: string }[]> {
	if (actorIds.length === 0) return [];
	return db
		.selectFrom('relation')
		.select(['source_id', 'target_id', 'type'])
		.where('source_id', 'in', actorIds)
		.where('target_id', 'in', actorIds)
		.execute();
}
