/** SQL of the create forms: actors that may already be the organisation being added. Rows in, rows out. */
import { sql } from 'kysely';
import type { DB } from '../db';
import type { ActorRow } from '../db/schema';

/**
 * Actors whose name or other name equals `name` (case-insensitive), or whose web
 * address, without scheme, `www.` and trailing slashes, equals `websiteKey` (when given).
 */
export async function selectActorsNamedOrAt(db: DB, name: string, websiteKey: string, statuses: string[], limit = 10): Promise<ActorRow[]> {
	const byWebsite = websiteKey
		? sql`or (a.website <> '' and regexp_replace(regexp_replace(lower(a.website), '^https?://(www\\.)?', ''), '/+$', '') = ${websiteKey})`
		: sql``;
	const result = await sql<ActorRow>`
		select a.* from actor a
		where a.status = any (${statuses}::text[])
			and (lower(a.name) = lower(${name})
				or exists (select 1 from unnest(a.other_names) other where lower(other) = lower(${name}))
				${byWebsite})
		order by a.name, a.created_at
		limit ${limit}`.execute(db);
	return result.rows;
}
