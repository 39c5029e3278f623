/**
 * SQL of a record's page: the record with its publisher and file type, the other
 * language versions of its work, and related records by shared concepts. Rows in, rows
 * out; the caller checks access.
 */
import { sql } from 'kysely';
import type { DB } from '../db';
import type { ResourceHitRow } from './search-queries';
import { UUID } from '../ids';

export interface ResourceDetailQueryRow extends ResourceHitRowBase {
	work_id: string;
	status: string;
	licence: string;
	concepts: string[];
	submitted_by: string | null;
	created_at: Date | string | null;
	updated_at: Date | string | null;
	publisher_actor_id: string | null;
	publisher_slug: string | null;
	publisher_actor_name: string | null;
	file_content_type: string | null;
}

type ResourceHitRowBase = Omit<ResourceHitRow, 'tier' | 'score' | 'headline'>;

/** A record by id or slug with its publishing actor and attached file type (any status: the caller checks access). */
export async function findResourceDetailRow(db: DB, idOrSlug: string): Promise<ResourceDetailQueryRow | undefined> {
	const byId = UUID.test(idOrSlug);
	const result = await sql<ResourceDetailQueryRow>`
		select r.id, r.work_id, r.slug, r.status, r.title, r.abstract, r.language, r.type, r.categories, r.countries, r.regions,
			r.topics, r.target_groups, r.authors, r.year, r.publisher_name, r.url, r.doi, r.licence, r.submitted_by,
			r.created_at, r.updated_at, r.published_at, r.publisher_actor_id,
			coalesce(s.concepts, '{}') || coalesce(t.concepts, '{}') as concepts, a.slug as publisher_slug, a.name as publisher_actor_name,
			(select f.content_type from resource_file f where f.resource_id = r.id) as file_content_type
		from resource r
		left join resource_search s on s.resource_id = r.id
		left join resource_text_concept t on t.resource_id = r.id
		left join actor a on a.id = r.publisher_actor_id and a.status = 'published'
		where ${byId ? sql`r.id = ${idOrSlug}::uuid` : sql`r.slug = ${idOrSlug}`}`.execute(db);
	return result.rows[0];
}

export interface ResourceLinkRow {
	id: string;
	slug: string;
	title: string;
	language: string;
	type: string;
	year: number | null;
	status: string;
	submitted_by: string | null;
}

/** The other language versions of a work (any status: the caller filters by access). */
export async function workVersionRows(db: DB, workId: string, exceptId: string): Promise<ResourceLinkRow[]> {
	return db
		.selectFrom('resource')
		.select(['id', 'slug', 'title', 'language', 'type', 'year', 'status', 'submitted_by'])
		.where('work_id', '=', workId)
		.where('id', '<>', exceptId)
		.orderBy('language')
		.orderBy('title')
		.execute();
}

/**
 * Published records of other works sharing the most of `concepts` with a record, one per
 * work (the version in the record's language when there is one).
 */
export async function relatedResourceRows(
	db: DB,
	record: { id: string; work_id: string; language: string },
	concepts: string[],
	limit: number
): Promise<ResourceLinkRow[]> {
	if (concepts.length === 0) return [];
	const result = await sql<ResourceLinkRow>`
		with candidates as (
			select s.resource_id, s.concepts || coalesce(t.concepts, '{}') as concepts
			from resource_search s left join resource_text_concept t on t.resource_id = s.resource_id
			where s.status = 'published' and (s.concepts && ${concepts}::text[] or t.concepts && ${concepts}::text[])
		)
		select id, slug, title, language, type, year, status, submitted_by from (
			select distinct on (r.work_id) r.id, r.slug, r.title, r.language, r.type, r.year, r.status, r.submitted_by, r.published_at,
				(select count(distinct shared) from unnest(c.concepts) as shared where shared = any(${concepts}::text[])) as shared
			from candidates c join resource r on r.id = c.resource_id
			where r.work_id <> ${record.work_id}::uuid
			order by r.work_id, (r.language = ${record.language}) desc, r.published_at desc nulls last
		) best
		order by shared desc, year desc nulls last, published_at desc nulls last, id
		limit ${limit}`.execute(db);
	return result.rows;
}
