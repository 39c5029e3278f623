/**
 * SQL of the library's Atom feed: the most recently published records that a library
 * search reaches. Rows in, rows out; the caller owns the transaction.
 *
 * Matching follows search-queries.ts (same search columns, same filters), but the order
 * is the publication date: the search's "newest" sorts by the work's year first, which
 * is not what a feed of new arrivals needs.
 */
import { sql, type RawBuilder } from 'kysely';
import type { DB } from '../db';
import { combinedTsQuery, type ResourceFilters, type ResourceMatch } from './search-queries';

export interface FeedResourceRow {
	id: string;
	slug: string;
	title: string;
	abstract: string;
	type: string;
	categories: string[];
	authors: string[];
	publisher_name: string;
	published_at: Date;
}

/**
 * Which records the query reaches: its text, its words in a title despite typos, or a
 * concept it names (plus its other words). The same rule as the library search.
 */
function matchPredicate(match: ResourceMatch): RawBuilder<boolean> {
	const parts: RawBuilder<boolean>[] = [];
	if (match.text) parts.push(sql<boolean>`r.search_vector @@ ${combinedTsQuery(match.text)}`);
	if (match.typo) parts.push(sql<boolean>`${match.typo} <% r.search_title`);
	if (match.concepts.length) {
		const overlap = sql<boolean>`r.concepts && ${match.concepts}::text[]`;
		parts.push(match.conceptRemainder ? sql<boolean>`(${overlap} and r.search_vector @@ ${combinedTsQuery(match.conceptRemainder)})` : overlap);
	}
	return parts.length ? sql<boolean>`(${sql.join(parts, sql` or `)})` : sql<boolean>`true`;
}

function filterPredicates(filters: ResourceFilters): RawBuilder<boolean>[] {
	const parts: RawBuilder<boolean>[] = [];
	if (filters.type.length) parts.push(sql<boolean>`r.type = any(${filters.type}::text[])`);
	if (filters.language.length) parts.push(sql<boolean>`r.language = any(${filters.language}::text[])`);
	if (filters.category.length) parts.push(sql<boolean>`r.categories && ${filters.category}::text[]`);
	if (filters.country.length) parts.push(sql<boolean>`r.countries && ${filters.country}::text[]`);
	if (filters.region.length) parts.push(sql<boolean>`r.regions && ${filters.region}::text[]`);
	if (filters.year.length) parts.push(sql<boolean>`r.year = any(${filters.year}::int[])`);
	if (filters.publisher.length) parts.push(sql<boolean>`r.publisher_name = any(${filters.publisher}::text[])`);
	if (filters.topic.length) {
		const wanted = filters.topic.map((topic) => topic.toLowerCase());
		parts.push(sql<boolean>`exists (select 1 from unnest(r.topics) as topic where lower(topic) = any(${wanted}::text[]))`);
	}
	return parts;
}

/** The `limit` most recently published records that the search reaches, newest first. */
export async function newestPublishedResources(db: DB, search: ResourceMatch & { filters: ResourceFilters }, limit: number): Promise<FeedResourceRow[]> {
	const where = [sql<boolean>`r.status = 'published'`, matchPredicate(search), ...filterPredicates(search.filters)];
	const result = await sql<FeedResourceRow>`
		select r.id, r.slug, r.title, r.abstract, r.type, r.categories, r.authors, r.publisher_name,
			coalesce(r.published_at, r.updated_at) as published_at
		from resource r
		where ${sql.join(where, sql` and `)}
		order by coalesce(r.published_at, r.updated_at) desc, r.id desc
		limit ${limit}`.execute(db);
	return result.rows;
}
