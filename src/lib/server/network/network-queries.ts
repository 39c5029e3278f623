/**
 * SQL the network importers and exporters add to queries.ts: bulk reads that let an
 * import resolve references in memory instead of one query per row. The caller owns
 * the transaction.
 */
import { sql } from 'kysely';
import type { DB } from '../db';
import type { ActorRow, NewActorRow, RelationRow } from '../db/schema';

/** Every actor that carries an id of the external system `key`. */
export async function actorsWithExternalIdKey(db: DB, key: string): Promise<ActorRow[]> {
	return db.selectFrom('actor').selectAll().where(sql<boolean>`external_ids ? ${key}`).execute();
}

/** Every actor slug in use. */
export async function actorSlugs(db: DB): Promise<string[]> {
	const rows = await db.selectFrom('actor').select('slug').execute();
	return rows.map((row) => row.slug);
}

/** Every relation, oldest first, for exports. */
export async function listRelationsForExport(db: DB): Promise<RelationRow[]> {
	return db.selectFrom('relation').selectAll().orderBy('created_at').orderBy('id').execute();
}

/** Inserts several actors in one statement (bulk imports). */
export async function insertActors(db: DB, rows: NewActorRow[]): Promise<void> {
	if (rows.length) await db.insertInto('actor').values(rows).execute();
}
