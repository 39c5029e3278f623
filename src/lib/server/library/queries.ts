/** SQL of the library area (knowledge records). Rows in, rows out; the caller owns the transaction. */
import { sql, type Expression } from 'kysely';
import type { DB } from '../db';
import type { NewResourceRow, ResourceRow } from '../db/schema';

/**
 * A title folded for comparison: lower case, accents removed, every run of punctuation
 * or spaces one space. Both sides of a comparison go through this same SQL, so the
 * stored title and the incoming one are folded identically on either engine.
 */
function foldedTitle(title: Expression<string> | string) {
	return sql<string>`btrim(regexp_replace(lower(unaccent(${title})), '[^[:alnum:]]+', ' ', 'g'))`;
}

export async function findResourceByExtraKey(db: DB, key: string, value: string): Promise<ResourceRow | undefined> {
	return db
		.selectFrom('resource')
		.selectAll()
		.where(sql<string>`extra ->> ${key}`, '=', value)
		.orderBy('created_at')
		.limit(1)
		.executeTakeFirst();
}

export async function findResourceByDoi(db: DB, doi: string, language: string): Promise<ResourceRow | undefined> {
	return db
		.selectFrom('resource')
		.selectAll()
		.where(sql<string>`lower(doi)`, '=', doi.toLowerCase())
		.where('language', '=', language)
		.orderBy('created_at')
		.limit(1)
		.executeTakeFirst();
}

export async function findResourceByUrl(db: DB, url: string, language: string): Promise<ResourceRow | undefined> {
	return db
		.selectFrom('resource')
		.selectAll()
		.where('url', '=', url)
		.where('language', '=', language)
		.orderBy('created_at')
		.limit(1)
		.executeTakeFirst();
}

/** The record with the same folded title, year and language. */
export async function findResourceByTitleYear(db: DB, title: string, year: number | null, language: string): Promise<ResourceRow | undefined> {
	return db
		.selectFrom('resource')
		.selectAll()
		.where(foldedTitle(sql.ref('title')), '=', foldedTitle(title))
		.where(sql<boolean>`year is not distinct from ${year}::integer`)
		.where('language', '=', language)
		.orderBy('created_at')
		.limit(1)
		.executeTakeFirst();
}

/** The work id of any record whose extra.workKey is `workKey`. */
export async function findWorkIdByKey(db: DB, workKey: string): Promise<string | undefined> {
	const row = await db
		.selectFrom('resource')
		.select('work_id')
		.where(sql<string>`extra ->> 'workKey'`, '=', workKey)
		.orderBy('created_at')
		.limit(1)
		.executeTakeFirst();
	return row?.work_id;
}

export async function insertResource(db: DB, row: NewResourceRow): Promise<{ id: string; slug: string; work_id: string }> {
	return db.insertInto('resource').values(row).returning(['id', 'slug', 'work_id']).executeTakeFirstOrThrow();
}

export async function updateResource(db: DB, id: string, changes: Record<string, unknown>): Promise<void> {
	await db
		.updateTable('resource')
		.set({ ...changes, updated_at: sql`now()` })
		.where('id', '=', id)
		.execute();
}

export async function countResources(db: DB): Promise<number> {
	const row = await db.selectFrom('resource').select((eb) => eb.fn.countAll<string>().as('count')).executeTakeFirstOrThrow();
	return Number(row.count);
}

/** Deletes the records whose extra JSON carries `key`. */
export async function deleteResourcesWithExtraKey(db: DB, key: string): Promise<number> {
	const result = await db.deleteFrom('resource').where(sql<boolean>`extra ? ${key}`).executeTakeFirst();
	return Number(result.numDeletedRows);
}

export async function findResourceById(db: DB, id: string): Promise<ResourceRow | undefined> {
	return db.selectFrom('resource').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Inserts several records in one statement; returns their ids, slugs and works (in no promised order). */
export async function insertResources(db: DB, rows: NewResourceRow[]): Promise<{ id: string; slug: string; work_id: string }[]> {
	if (rows.length === 0) return [];
	return db.insertInto('resource').values(rows).returning(['id', 'slug', 'work_id']).execute();
}

/** Which of these slugs records already have. */
export async function takenResourceSlugs(db: DB, slugs: string[]): Promise<Set<string>> {
	if (slugs.length === 0) return new Set();
	const rows = await db.selectFrom('resource').select('slug').where('slug', 'in', slugs).execute();
	return new Set(rows.map((row) => row.slug));
}

/** The slugs of records that are `base` or `base-<n>`. */
export async function resourceSlugsLike(db: DB, base: string): Promise<string[]> {
	// Slugs hold only [a-z0-9-], so `base` carries no LIKE wildcards.
	const rows = await db
		.selectFrom('resource')
		.select('slug')
		.where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]))
		.execute();
	return rows.map((row) => row.slug);
}

/** Organisations of the directory by slug. */
export async function findActorsBySlugs(db: DB, slugs: string[]): Promise<Map<string, { id: string; slug: string; name: string }>> {
	if (slugs.length === 0) return new Map();
	const rows = await db.selectFrom('actor').select(['id', 'slug', 'name']).where('slug', 'in', slugs).execute();
	return new Map(rows.map((row) => [row.slug, row]));
}

/**
 * Until the transaction (or the savepoint it is called in) ends, or until called again
 * with false, writes to records leave their search rows alone (migration 20261125T1520):
 * the caller builds them with upsertSearchRows before it ends.
 */
export async function deferSearchRows(db: DB, deferred: boolean): Promise<void> {
	await sql`select set_config('atlas.search_deferred', ${deferred ? 'on' : 'off'}, true)`.execute(db);
}

/** Builds (or rebuilds) the search rows of these records in one statement. */
export async function upsertSearchRows(db: DB, ids: string[]): Promise<void> {
	if (ids.length === 0) return;
	await sql`select resource_search_upsert(${ids}::uuid[])`.execute(db);
}
