/** SQL of the network area: actors and relations. Rows in, rows out; the caller owns the transaction. */
import { sql } from 'kysely';
import type { DB } from '../db';
import type { ActorRow, NewActorRow, ActorUpdate, RelationRow } from '../db/schema';

export async function findActorById(db: DB, id: string): Promise<ActorRow | undefined> {
	return db.selectFrom('actor').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findActorBySlug(db: DB, slug: string): Promise<ActorRow | undefined> {
	return db.selectFrom('actor').selectAll().where('slug', '=', slug).executeTakeFirst();
}

/** The actor known under `value` in the external system `key` (oldest first if several). */
export async function findActorByExternalId(db: DB, key: string, value: string): Promise<ActorRow | undefined> {
	return db
		.selectFrom('actor')
		.selectAll()
		.where(sql<boolean>`external_ids @> jsonb_build_object(${key}::text, ${value}::text)`)
		.orderBy('created_at')
		.limit(1)
		.executeTakeFirst();
}

/** Actors whose name or other name equals `name`, ignoring case (several when the name is ambiguous). */
export async function findActorsByName(db: DB, name: string): Promise<ActorRow[]> {
	return db
		.selectFrom('actor')
		.selectAll()
		.where(sql<boolean>`lower(name) = ${name.toLowerCase()} or ${name.toLowerCase()} = any (select lower(n) from unnest(other_names) as n)`)
		.limit(5)
		.execute();
}

/** Slugs already taken in `table` that are `base` or `base-<n>`. */
export async function slugsLike(db: DB, table: 'actor' | 'resource', base: string): Promise<string[]> {
	// Slugs hold only [a-z0-9-], so `base` carries no LIKE wildcards.
	const rows = await db
		.selectFrom(table)
		.select('slug')
		.where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]))
		.execute();
	return rows.map((row) => row.slug);
}

export async function insertActor(db: DB, row: NewActorRow): Promise<{ id: string; slug: string }> {
	return db.insertInto('actor').values(row).returning(['id', 'slug']).executeTakeFirstOrThrow();
}

/** Writes changed columns and counts the change in `version`. */
export async function updateActor(db: DB, id: string, changes: ActorUpdate): Promise<void> {
	await db
		.updateTable('actor')
		.set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
		.where('id', '=', id)
		.execute();
}

/** Every actor, by name, for exports. */
export async function listActorsForExport(db: DB): Promise<ActorRow[]> {
	return db.selectFrom('actor').selectAll().orderBy('name').orderBy('id').execute();
}

export async function countActors(db: DB): Promise<number> {
	const row = await db.selectFrom('actor').select((eb) => eb.fn.countAll<string>().as('count')).executeTakeFirstOrThrow();
	return Number(row.count);
}

/** Ids among `ids` that exist. */
export async function existingActorIds(db: DB, ids: string[]): Promise<string[]> {
	if (ids.length === 0) return [];
	const rows = await db.selectFrom('actor').select('id').where('id', 'in', ids).execute();
	return rows.map((row) => row.id);
}

/** Deletes the actors that carry an id of the external system `key`; their relations go with them. */
export async function deleteActorsWithExternalIdKey(db: DB, key: string): Promise<number> {
	const result = await db.deleteFrom('actor').where(sql<boolean>`external_ids ? ${key}`).executeTakeFirst();
	return Number(result.numDeletedRows);
}

export async function findRelation(db: DB, sourceId: string, targetId: string, type: string): Promise<RelationRow | undefined> {
	return db
		.selectFrom('relation')
		.selectAll()
		.where('source_id', '=', sourceId)
		.where('target_id', '=', targetId)
		.where('type', '=', type)
		.executeTakeFirst();
}

export interface RelationColumns {
	label: string;
	description: string;
	start_year: number | null;
	end_year: number | null;
}

export async function insertRelation(
	db: DB,
	row: { source_id: string; target_id: string; type: string } & RelationColumns
): Promise<{ id: string }> {
	return db.insertInto('relation').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function updateRelation(db: DB, id: string, changes: Partial<RelationColumns>): Promise<void> {
	await db
		.updateTable('relation')
		.set({ ...changes, updated_at: sql`now()` })
		.where('id', '=', id)
		.execute();
}

export async function countRelations(db: DB): Promise<number> {
	const row = await db.selectFrom('relation').select((eb) => eb.fn.countAll<string>().as('count')).executeTakeFirstOrThrow();
	return Number(row.count);
}
