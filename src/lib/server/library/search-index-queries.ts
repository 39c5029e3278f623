/**
 * SQL of the library's in-memory side index (search-index.ts,
 * docs/decisions/0006-search-side-index.md): reading the published records to build it,
 * and the few things a search still asks the database (the query's tsquery and its words'
 * stop-word status, the relevance of the best candidates, the page's rows).
 */
import { sql } from 'kysely';
import type { DB } from '../db';
import { combinedTsQuery, headlineExpression, meaningfulWord, PAGE_COLUMNS, scoreExpression, type ResourceHitRow, type ResourceMatch } from './search-queries';


/** The published records after `after` (resource id order), with what the side index keeps of each. */
export interface IndexSourceRow {
	id: string;
	type: string;
	language: string;
	categories: string[];
	countries: string[];
	regions: string[];
	year: number | null;
	publisher: string;
	topics: string[];
	concepts: string[];
	text_concepts: string[] | null;
	/** published_at in microseconds since 1970 (exact, for ordering), or null. */
	published_us: string | null;
	vector: string;
}

export async function indexSourceRows(db: DB, after: string | null, limit: number): Promise<IndexSourceRow[]> {
	const result = await sql<IndexSourceRow>`
		select s.resource_id as id, s.type, s.language, s.categories, s.countries, s.regions, s.year, s.publisher_name as publisher,
			array(select lower(topic) from unnest(s.topics) as topic) as topics, s.concepts,
			(select t.concepts from resource_text_concept t where t.resource_id = s.resource_id) as text_concepts,
			(extract(epoch from s.published_at) * 1000000)::bigint::text as published_us, s.search_vector::text as vector
		from resource_search s
		where s.status = 'published' and ${after === null ? sql`true` : sql`s.resource_id > ${after}::uuid`}
		order by s.resource_id
		limit ${limit}`.execute(db);
	return result.rows;
}

/** Published records (whether a rebuild of the side index is worth waiting for). */
export async function publishedRecordCount(db: DB): Promise<number> {
	const row = await db.selectFrom('resource_search').select((eb) => eb.fn.countAll<string>().as('n')).where('status', '=', 'published').executeTakeFirst();
	return Number(row?.n ?? 0);
}

/** The text form of the combined query (every language's parse, OR-ed), '' when every word is a stop word. */
export async function tsqueryText(db: DB, text: string): Promise<string> {
	const result = await sql<{ query: string }>`select ${combinedTsQuery(text)}::text as query`.execute(db);
	return result.rows[0]?.query ?? '';
}

/** The relevance score (scoreExpression) of candidates given with their tiers. */
export async function scoreCandidates(db: DB, match: ResourceMatch, candidates: { id: string; tier: number }[]): Promise<Map<string, number>> {
	if (candidates.length === 0) return new Map();
	const result = await sql<{ id: string; score: number }>`
		select c.resource_id as id, ${scoreExpression(match)} as score
		from unnest(${candidates.map((candidate) => candidate.id)}::uuid[], ${candidates.map((candidate) => candidate.tier)}::int[]) as c(resource_id, tier)
		join resource_search s on s.resource_id = c.resource_id`.execute(db);
	return new Map(result.rows.map((row) => [row.id, Number(row.score)]));
}

/** The rows of one page, in the order given, with their snippet when the query has words. */
export async function pageRowsByIds(db: DB, text: string | null, page: { id: string; tier: number; score: number }[]): Promise<ResourceHitRow[]> {
	if (page.length === 0) return [];
	const result = await sql<ResourceHitRow & { position: string }>`
		select ${PAGE_COLUMNS}, p.tier, p.score, p.position, ${headlineExpression(text)} as headline
		from unnest(${page.map((entry) => entry.id)}::uuid[], ${page.map((entry) => entry.tier)}::int[], ${page.map((entry) => entry.score)}::float8[])
			with ordinality as p(resource_id, tier, score, position)
		join resource r on r.id = p.resource_id join resource_search hs on hs.resource_id = p.resource_id
		where r.status = 'published'
		order by p.position`.execute(db);
	return result.rows.map(({ position: _position, ...row }) => ({ ...row, tier: Number(row.tier), score: Number(row.score) }));
}

/**
 * For each word: whether it is no stop word in any of the four languages, and its
 * combined tsquery text; and the combined tsquery text of the whole query, in the same
 * statement (one round trip for what the side index needs of the database).
 */
export async function wordQueries(db: DB, words: string[], text: string): Promise<{ words: { word: string; meaningful: boolean; query: string }[]; query: string }> {
	const result = await sql<{ words: { word: string; meaningful: boolean; query: string }[] | null; query: string }>`
		select (select json_agg(json_build_object('word', word, 'meaningful', ${meaningfulWord(sql.ref('w.word'))},
				'query', ${combinedTsQuery(sql.ref('w.word'))}::text) order by position)
			from unnest(${words}::text[]) with ordinality as w(word, position)) as words,
			${combinedTsQuery(text)}::text as query`.execute(db);
	const row = result.rows[0];
	return { words: row?.words ?? [], query: row?.query ?? '' };
}
