/** Counts for the home page, straight from the tables. */
import { sql } from 'kysely';
import type { DB } from '../db';

export async function countPublished(db: DB) {
	const row = await sql<{
		actors: string;
		relations: string;
		resources: string;
		countries: string;
		languages: string;
	}>`select
		(select count(*) from actor where status = 'published') as actors,
		(select count(*) from relation) as relations,
		(select count(*) from resource where status = 'published') as resources,
		(select count(distinct country) from actor where status = 'published' and country is not null) as countries,
		(select count(distinct language) from resource where status = 'published') as languages`.execute(db);
	return row.rows[0];
}

/** Organisations per skills category code. */
export async function countActorsByCategory(db: DB) {
	const result = await sql<{ code: string; count: string }>`
		select code, count(*) as count
		from actor, unnest(categories) as code
		where status = 'published'
		group by code order by count(*) desc, code`.execute(db);
	return result.rows;
}

export async function recentPublishedResources(db: DB, limit: number) {
	return db
		.selectFrom('resource')
		.select(['id', 'slug', 'title', 'language', 'type', 'publisher_name', 'year', 'published_at'])
		.where('status', '=', 'published')
		.orderBy('published_at', 'desc')
		.orderBy('title')
		.limit(limit)
		.execute();
}
