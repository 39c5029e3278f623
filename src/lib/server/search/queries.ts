/**
 * Site-wide search over published organisations and knowledge records: words match
 * through a `simple` full-text configuration on accent-free text, and trigram
 * similarity on names and titles forgives typos.
 */
import { sql } from 'kysely';
import type { DB } from '../db';

export interface SearchHit {
	kind: 'actor' | 'resource';
	id: string;
	slug: string;
	title: string;
	type: string;
	language: string | null;
	country: string | null;
	snippet: string;
	rank: number;
}

export async function searchEverything(db: DB, query: string, limit: number): Promise<SearchHit[]> {
	const result = await sql<SearchHit>`
		with q as (select websearch_to_tsquery('simple', unaccent(${query})) as tsq, unaccent(lower(${query})) as plain)
		select * from (
			select 'actor' as kind, a.id, a.slug, a.name as title, a.type, null as language, a.country,
				coalesce(a.description->>'en', '') as snippet,
				ts_rank_cd(to_tsvector('simple', unaccent(a.name || ' ' || array_to_string(a.other_names, ' ') || ' ' || a.city || ' ' || a.description::text)), q.tsq)
					+ similarity(unaccent(lower(a.name)), q.plain) as rank
			from actor a, q
			where a.status = 'published'
				and (to_tsvector('simple', unaccent(a.name || ' ' || array_to_string(a.other_names, ' ') || ' ' || a.city || ' ' || a.description::text)) @@ q.tsq
					or similarity(unaccent(lower(a.name)), q.plain) > 0.3)
			union all
			select 'resource' as kind, r.id, r.slug, r.title, r.type, r.language, null as country,
				left(r.abstract, 400) as snippet,
				ts_rank_cd(to_tsvector('simple', unaccent(r.title || ' ' || r.abstract || ' ' || r.publisher_name)), q.tsq)
					+ similarity(unaccent(lower(r.title)), q.plain) as rank
			from resource r, q
			where r.status = 'published'
				and (to_tsvector('simple', unaccent(r.title || ' ' || r.abstract || ' ' || r.publisher_name)) @@ q.tsq
					or similarity(unaccent(lower(r.title)), q.plain) > 0.3)
		) hits
		order by rank desc, title
		limit ${limit}`.execute(db);
	return result.rows.map((row) => ({ ...row, rank: Number(row.rank) }));
}
