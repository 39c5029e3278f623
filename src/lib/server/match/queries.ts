/** SQL of matchmaking: the rows the index is built from. Rows in, rows out. */
import { sql } from 'kysely';
import type { DB } from '../db';
import type { ActorRow, PersonRow } from '../db/schema';

/** What matchmaking reads of an actor row. */
export type CandidateRow = Pick<
	ActorRow,
	'id' | 'slug' | 'name' | 'type' | 'country' | 'region' | 'languages' | 'categories' | 'target_groups' | 'mentoring_categories' | 'description' | 'updated_at'
>;

const CANDIDATE_COLUMNS = ['id', 'slug', 'name', 'type', 'country', 'region', 'languages', 'categories', 'target_groups', 'mentoring_categories', 'description', 'updated_at'] as const satisfies readonly (keyof CandidateRow)[];

/** Every published actor, with the columns matchmaking reads. */
export async function selectCandidates(db: DB): Promise<CandidateRow[]> {
	return db.selectFrom('actor').select(CANDIDATE_COLUMNS).where('status', '=', 'published').orderBy('id').execute();
}

/** The published actors `ids`, with the columns matchmaking reads. */
export async function selectCandidatesByIds(db: DB, ids: string[]): Promise<CandidateRow[]> {
	if (ids.length === 0) return [];
	return db.selectFrom('actor').select(CANDIDATE_COLUMNS).where('status', '=', 'published').where('id', 'in', ids).execute();
}

/**
 * Id and a fingerprint of every published actor's row: a rebuild reads again only the
 * rows whose fingerprint changed (computed in the database, so any change counts).
 */
export async function selectCandidateFingerprints(db: DB): Promise<{ id: string; fingerprint: string }[]> {
	return db
		.selectFrom('actor as a')
		.select(['a.id', sql<string>`md5(a::text)`.as('fingerprint')])
		.where('a.status', '=', 'published')
		.orderBy('a.id')
		.execute();
}

/** Every relation as a pair of actor ids. */
export async function selectRelationPairs(db: DB): Promise<{ source_id: string; target_id: string }[]> {
	return db.selectFrom('relation').select(['source_id', 'target_id']).execute();
}

/** The relations of one actor, either direction. */
export async function selectRelationPairsOf(db: DB, actorId: string): Promise<{ source_id: string; target_id: string }[]> {
	return db
		.selectFrom('relation')
		.select(['source_id', 'target_id'])
		.where((eb) => eb.or([eb('source_id', '=', actorId), eb('target_id', '=', actorId)]))
		.execute();
}

/** Full rows of the actors `ids` (for presenting suggestions). */
export async function selectActorsByIds(db: DB, ids: string[]): Promise<ActorRow[]> {
	if (ids.length === 0) return [];
	return db.selectFrom('actor').selectAll().where('id', 'in', ids).execute();
}

/** Ids of the actors an account manages, oldest membership first. */
export async function selectManagedActorIds(db: DB, userId: string): Promise<string[]> {
	const rows = await db.selectFrom('actor_member').select('actor_id').where('user_id', '=', userId).orderBy('created_at').execute();
	return rows.map((row) => row.actor_id);
}

/** The person of the roster linked to an account, if any. */
export async function selectPersonOfUser(db: DB, userId: string): Promise<PersonRow | undefined> {
	return db.selectFrom('person').selectAll().where('user_id', '=', userId).orderBy('created_at').limit(1).executeTakeFirst();
}

/** A person by id or slug. */
export async function selectPersonByRef(db: DB, ref: string, byId: boolean): Promise<PersonRow | undefined> {
	return db
		.selectFrom('person')
		.selectAll()
		.where(byId ? 'id' : 'slug', '=', ref)
		.executeTakeFirst();
}

/**
 * Organisations a person of the roster is already connected with through an accepted
 * request: organisations that asked the person, and organisations the person's account
 * asked for itself.
 */
export async function selectActorsConnectedToPerson(db: DB, personId: string, userId: string | null): Promise<string[]> {
	const rows = await db
		.selectFrom('connection_request')
		.select(['from_actor_id', 'to_actor_id', 'to_person_id'])
		.where('status', '=', 'accepted')
		.where((eb) =>
			eb.or([
				eb('to_person_id', '=', personId),
				...(userId ? [eb.and([eb('requester_id', '=', userId), eb('from_actor_id', 'is', null), eb('to_actor_id', 'is not', null)])] : [])
			])
		)
		.execute();
	return rows.map((row) => (row.to_person_id === personId ? row.from_actor_id : row.to_actor_id)).filter((id): id is string => !!id);
}

