/**
 * SQL of the concepts found in each record's text (resource_text_concept): which records
 * need them found again, and storing them for the text they were found in. The library
 * search reads them (search-queries.ts); search.ts refreshes them.
 */
import { sql } from 'kysely';
import type { DB } from '../db';

/**
 * Records whose text concepts were found for another version of their title and abstract
 * (or never), in id order after `after` (so a refresh of every record reads each once);
 * with ids, those records whatever their state.
 */
export async function textConceptRows(
	db: DB,
	limit: number,
	options: { ids?: string[]; after?: string } = {}
): Promise<{ id: string; title: string; abstract: string; text_hash: string }[]> {
	const query = db
		.selectFrom('resource_search as s')
		.innerJoin('resource as r', 'r.id', 's.resource_id')
		.leftJoin('resource_text_concept as t', 't.resource_id', 's.resource_id')
		.select(['r.id', 'r.title', 'r.abstract', 's.text_hash'])
		.orderBy('s.resource_id')
		.limit(limit);
	if (options.ids) return options.ids.length ? query.where('s.resource_id', 'in', options.ids).execute() : [];
	const stale = query.where(sql<boolean>`t.text_hash is distinct from s.text_hash`);
	return (options.after ? stale.where('s.resource_id', '>', options.after) : stale).execute();
}

/**
 * Stores the concepts found in each record's text, for the text they were found in: a
 * record edited meanwhile (another text_hash) is left stale for the next refresh.
 */
export async function writeTextConcepts(db: DB, updates: { id: string; textHash: string; concepts: string[] }[]): Promise<number> {
	if (updates.length === 0) return 0;
	const payload = JSON.stringify(updates.map((update) => ({ id: update.id, text_hash: update.textHash, concepts: update.concepts })));
	const result = await sql`
		insert into resource_text_concept as t (resource_id, concepts, text_hash)
		select v.id, v.concepts, v.text_hash
		from jsonb_to_recordset(${payload}::jsonb) as v(id uuid, text_hash text, concepts text[])
		join resource_search s on s.resource_id = v.id and s.text_hash = v.text_hash
		on conflict (resource_id) do update set concepts = excluded.concepts, text_hash = excluded.text_hash`.execute(db);
	return Number(result.numAffectedRows ?? 0);
}
