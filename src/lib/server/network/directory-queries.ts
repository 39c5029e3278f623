/**
 * SQL of the actor directory: one filtered set of published actors (text, trigram and
 * facet filters), read as a page and as grouped facet counts. Rows in, rows out.
 */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { DB } from '../db';
import type { ActorRow } from '../db/schema';

/** Normalised filters: vocabulary codes, each list OR-ed inside, AND-ed across. */
export interface DirectoryWhere {
	/** Search words, lower case without accents ('' for none). */
	q: string;
	/** fulltext: the words as given; fuzzy: words corrected to the closest words of names (typo fallback). */
	textMode: 'fulltext' | 'fuzzy';
	/** Text search configuration of the reader's language (english, spanish…). */
	queryConfig: string;
	type: string[];
	country: string[];
	region: string[];
	language: string[];
	category: string[];
	targetGroup: string[];
}

export type FacetName = 'type' | 'country' | 'region' | 'language' | 'category' | 'targetGroup';

export interface FacetCountRow {
	facet: FacetName;
	value: string;
	count: number;
}

function tsQuery(where: Pick<DirectoryWhere, 'q' | 'queryConfig'>) {
	return sql`(websearch_to_tsquery('simple', ${where.q}) || websearch_to_tsquery(${where.queryConfig}::regconfig, ${where.q}))`;
}

/** The search condition on actor_search `s`, or true when no text is given. */
function textCondition(where: DirectoryWhere): Expression<SqlBool> {
	if (!where.q) return sql<SqlBool>`true`;
	return sql<SqlBool>`s.search_vector @@ ${tsQuery(where)}`;
}

/** Named pieces of the WHERE clause, shared by the page, the facets and the map. */
export function directoryConditions(where: DirectoryWhere): Expression<SqlBool>[] {
	const conditions: Expression<SqlBool>[] = [sql<SqlBool>`a.status = 'published'`, textCondition(where)];
	if (where.type.length) conditions.push(sql<SqlBool>`a.type = any (${where.type}::text[])`);
	if (where.country.length) conditions.push(sql<SqlBool>`a.country = any (${where.country}::text[])`);
	if (where.region.length) conditions.push(sql<SqlBool>`a.region = any (${where.region}::text[])`);
	if (where.language.length) conditions.push(sql<SqlBool>`a.languages && ${where.language}::text[]`);
	if (where.category.length) conditions.push(sql<SqlBool>`a.categories && ${where.category}::text[]`);
	if (where.targetGroup.length) conditions.push(sql<SqlBool>`a.target_groups && ${where.targetGroup}::text[]`);
	return conditions;
}

/** FROM and WHERE of the matching set: actor `a`, joined with its search row `s` only when searching text. */
function matchingFrom(where: DirectoryWhere) {
	const from = where.q ? sql`actor a join actor_search s on s.actor_id = a.id` : sql`actor a`;
	return sql`${from} where ${sql.join(directoryConditions(where), sql` and `)}`;
}

/** True when at least one published actor matches the words by full text (else the search turns fuzzy). */
export async function hasFullTextMatch(db: DB, q: string, queryConfig: string): Promise<boolean> {
	const result = await sql<{ found: boolean }>`
		select exists (select 1 from actor_search s join actor a on a.id = s.actor_id
			where s.search_vector @@ ${tsQuery({ q, queryConfig })} and a.status = 'published') as found`.execute(db);
	return !!result.rows[0]?.found;
}

/** The known name word most similar to `word` (pg_trgm similarity), or null when none is close. */
export async function closestNameWord(db: DB, word: string): Promise<string | null> {
	const result = await sql<{ word: string }>`
		select word from actor_search_word where word % ${word}
		order by similarity(word, ${word}) desc, word limit 1`.execute(db);
	return result.rows[0]?.word ?? null;
}

/** A page of matching actors: best text matches first when searching, else by name. */
export async function selectDirectoryPage(db: DB, where: DirectoryWhere, limit: number, offset: number): Promise<ActorRow[]> {
	const order = !where.q ? sql`a.name, a.id` : sql`ts_rank_cd(s.search_vector, ${tsQuery(where)}) desc, a.name, a.id`;
	const result = await sql<ActorRow>`select a.* from ${matchingFrom(where)} order by ${order} limit ${limit} offset ${offset}`.execute(db);
	return result.rows;
}

/** Ids of every matching actor (the map draws the same filtered set). */
export async function selectDirectoryIds(db: DB, where: DirectoryWhere, limit: number): Promise<string[]> {
	const result = await sql<{ id: string }>`
		select a.id from ${matchingFrom(where)} order by a.name, a.id limit ${limit}`.execute(db);
	return result.rows.map((row) => row.id);
}

/** The grouped counts of the six facets over a CTE `matched` holding the facet columns. */
const facetCountsOfMatched = sql`
		select case when grouping(type) = 0 then 'type' when grouping(country) = 0 then 'country' else 'region' end as facet,
			coalesce(type, country, region) as value, count(*) as count
		from matched group by grouping sets ((type), (country), (region))
		union all select 'language', v, count(*) from (select unnest(languages) as v from matched) x group by v
		union all select 'category', v, count(*) from (select unnest(categories) as v from matched) x group by v
		union all select 'targetGroup', v, count(*) from (select unnest(target_groups) as v from matched) x group by v`;

type FacetCountResultRow = { facet: FacetName; value: string; count: string };

function toFacetCountRows(rows: FacetCountResultRow[]): FacetCountRow[] {
	return rows.filter((row) => row.value !== null).map((row) => ({ facet: row.facet, value: row.value, count: Number(row.count) }));
}

/**
 * Counts per value of each facet over the matching set, in one statement: one pass with
 * grouping sets for the single-valued columns, unnest in the select list for arrays.
 */
export async function selectFacetCounts(db: DB, where: DirectoryWhere): Promise<FacetCountRow[]> {
	const result = await sql<FacetCountResultRow>`
		with matched as materialized (select a.type, a.country, a.region, a.languages, a.categories, a.target_groups from ${matchingFrom(where)})
		${facetCountsOfMatched}`.execute(db);
	return toFacetCountRows(result.rows);
}

/**
 * A text search's page and its facet counts from one pass over the matches (a search
 * word can match thousands of actors; joining them to actor twice cost as much again).
 * The page is the same as `selectDirectoryPage`: best text matches first, then by name.
 */
export async function selectTextPageAndFacetCounts(
	db: DB,
	where: DirectoryWhere,
	limit: number,
	offset: number
): Promise<{ rows: ActorRow[]; counts: FacetCountRow[] }> {
	const result = await sql<FacetCountResultRow & { kind: 'page' | 'facet' }>`
		with matched as materialized (
			select a.id, a.name, ts_rank_cd(s.search_vector, ${tsQuery(where)}) as rank,
				a.type, a.country, a.region, a.languages, a.categories, a.target_groups
			from ${matchingFrom(where)}),
		page as (select id, row_number() over (order by rank desc, name, id) as position from matched order by rank desc, name, id limit ${limit} offset ${offset})
		select 'page' as kind, null as facet, id::text as value, position as count from page
		union all select 'facet', * from (${facetCountsOfMatched}) counts`.execute(db);
	const pageIds = result.rows.filter((row) => row.kind === 'page').sort((a, b) => Number(a.count) - Number(b.count)).map((row) => row.value);
	const counts = toFacetCountRows(result.rows.filter((row) => row.kind === 'facet'));
	if (!pageIds.length) return { rows: [], counts };
	const byId = new Map((await sql<ActorRow>`select a.* from actor a where a.id = any (${pageIds}::uuid[])`.execute(db)).rows.map((row) => [row.id, row]));
	return { rows: pageIds.flatMap((id) => byId.get(id) ?? []), counts };
}

/**
 * Actors whose search row matches the words, with their text rank (the same ts_rank_cd as
 * the page's order), for the side index (directory-index.ts), which keeps only published
 * actors: no join with actor. `among`: only these actors (the index's filtered set, when
 * small), each looked up by key instead of every match being ranked. One row of text
 * ("id rank,id rank…") rather than a row per match: thousands of rows cost PGlite more
 * than the search itself.
 */
export async function selectTextMatchRanks(db: DB, where: Pick<DirectoryWhere, 'q' | 'queryConfig'>, among: string[] | null = null): Promise<{ id: string; rank: number }[]> {
	const rank = sql`s.actor_id::text || ' ' || ts_rank_cd(s.search_vector, ${tsQuery(where)})::float8`;
	const result = among
		? await sql<{ matches: string | null }>`
			select string_agg(${rank}, ',') as matches
			from (select unnest(${among}::uuid[]) as id) f join actor_search s on s.actor_id = f.id
			where s.search_vector @@ ${tsQuery(where)}`.execute(db)
		: await sql<{ matches: string | null }>`
			select string_agg(${rank}, ',') as matches from actor_search s where s.search_vector @@ ${tsQuery(where)}`.execute(db);
	const text = result.rows[0]?.matches;
	if (!text) return [];
	return text.split(',').map((entry) => {
		const space = entry.indexOf(' ');
		return { id: entry.slice(0, space), rank: Number(entry.slice(space + 1)) };
	});
}

/** Whole rows of the given actors, in the order of `ids` (a page found by the side index). */
export async function selectActorsByIds(db: DB, ids: string[]): Promise<ActorRow[]> {
	if (!ids.length) return [];
	const byId = new Map((await sql<ActorRow>`select a.* from actor a where a.id = any (${ids}::uuid[])`.execute(db)).rows.map((row) => [row.id, row]));
	return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The counter bumped by every write to actor (see migration 20261125T1400). */
export async function selectDirectoryVersion(db: DB): Promise<string> {
	const row = await db.selectFrom('actor_directory_state').select('version').where('id', '=', 1).executeTakeFirst();
	return String(row?.version ?? '0');
}

/** Published actors matching the filters, by name, whole rows (exports of the filtered list). */
export async function selectDirectoryRows(db: DB, where: DirectoryWhere, limit: number): Promise<ActorRow[]> {
	const result = await sql<ActorRow>`
		select a.* from ${matchingFrom(where)} order by a.name, a.id limit ${limit}`.execute(db);
	return result.rows;
}
