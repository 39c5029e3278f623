/**
 * SQL of library search: matching, ranking, facet counts, snippets, suggestions and the
 * record page's links (the concepts found in each record's text: text-concept-queries.ts).
 * Rows in, rows out; search.ts decides what to ask (docs/decisions/0003-library-search.md).
 *
 * Searches read resource_search (one row per record, kept in step with resource by a
 * trigger) and join resource only for the rows of the page shown. Each way a query can
 * reach a record (its text, a title typo, a concept) is its own index scan; scans are
 * merged by id, so no record's vector is re-read row by row; vectors are read only to
 * rank the best candidates.
 */
import { sql, type RawBuilder } from 'kysely';
import type { DB } from '../db';

/** Markers around highlighted words in ts_headline output (private-use characters, stripped from the input). */
export const HIGHLIGHT_START = '\uE000';
export const HIGHLIGHT_STOP = '\uE001';

export const FACET_NAMES = ['type', 'language', 'category', 'country', 'region', 'year', 'publisher'] as const;
export type FacetName = (typeof FACET_NAMES)[number];

/** Filters as codes; an empty list means "no filter". Within one list any value matches; lists combine with AND. */
export interface ResourceFilters {
	type: string[];
	language: string[];
	category: string[];
	country: string[];
	region: string[];
	year: number[];
	publisher: string[];
	/** Subject headings, compared without case. */
	topic: string[];
}

export interface ResourceMatch {
	/** The query for websearch_to_tsquery, or null for "every record". */
	text: string | null;
	/** Accent-free lower-case query, compared with titles by trigram word similarity for a ranking bonus; null unless some word is unknown. */
	typo: string | null;
	/** The query with each unknown word replaced by the nearest word of a published title (typo tolerance), or null. */
	corrected?: string | null;
	/** Concept codes the query names ('skills-category:1'). */
	concepts: string[];
	/** Words of the query beside the concept phrases, which a concept-only match must still contain; null when none. */
	conceptRemainder: string | null;
}

export type ResourceSearchScope = ResourceMatch & { filters: ResourceFilters };

export interface ResourceSearchSql extends ResourceSearchScope {
	sort: 'relevance' | 'newest';
	limit: number;
	offset: number;
	/** At most this many of the best candidates are ranked with ts_rank_cd (see docs/decisions/0003). */
	rankWindow: number;
}

export interface ResourceHitRow {
	id: string;
	slug: string;
	title: string;
	abstract: string;
	language: string;
	type: string;
	categories: string[];
	countries: string[];
	regions: string[];
	topics: string[];
	target_groups: string[];
	authors: string[];
	year: number | null;
	publisher_name: string;
	url: string;
	doi: string;
	published_at: Date | string | null;
	/** 2 text match, 1 title typo match, 0 concept of the record's columns, -1 concept named in its text only. */
	tier: number;
	score: number;
	/** ts_headline of the abstract with HIGHLIGHT_START/STOP markers, or null without a text query. */
	headline: string | null;
}

export interface FacetCountRow {
	facet: FacetName;
	value: string;
	count: number;
}

/** The query parsed with every language's configuration and `simple`, OR-ed: the query's language is unknown. */
export function combinedTsQuery(text: string | RawBuilder<unknown>): RawBuilder<unknown> {
	return sql`(websearch_to_tsquery('atlas_english', ${text}) || websearch_to_tsquery('atlas_spanish', ${text}) || websearch_to_tsquery('atlas_french', ${text}) || websearch_to_tsquery('atlas_portuguese', ${text}) || websearch_to_tsquery('atlas_simple', ${text}))`;
}

const SEARCH_WORK_MEM = '32MB';

/**
 * Runs `work` in a search session: one short transaction in which sequential scans are
 * discouraged when the search has words (`indexScans`). The planner does not know that
 * testing `@@` row by row reads each record's whole vector, so for frequent words it
 * prefers a sequential scan several times slower than the bitmap scan of the GIN index
 * (measured, docs/decisions/0003). JIT is switched off as well (the disabled scan's cost
 * estimate would otherwise trigger compilation), and more work_mem keeps the hits of a
 * frequent word (tens of thousands) in memory. Browsing without words keeps sequential
 * scans: nothing else can answer it. Sessions nest: work inside a session runs as is.
 * Called inside the caller's own transaction, the settings are put back afterwards.
 */
export async function withSearchSession<T>(db: DB, indexScans: boolean, work: (db: DB) => Promise<T>): Promise<T> {
	if (searchSessions.has(db)) return work(db);
	const run = async (trx: DB) => {
		const before = db.isTransaction
			? (await sql<{ seq: string; jit: string; mem: string }>`select current_setting('enable_seqscan') as seq, current_setting('jit') as jit, current_setting('work_mem') as mem`.execute(trx)).rows[0]
			: null;
		await sql`select set_config('enable_seqscan', ${indexScans ? 'off' : 'on'}, true), set_config('jit', 'off', true), set_config('work_mem', ${SEARCH_WORK_MEM}, true)`.execute(trx);
		searchSessions.add(trx);
		try {
			return await work(trx);
		} finally {
			searchSessions.delete(trx);
			if (before) await sql`select set_config('enable_seqscan', ${before.seq}, true), set_config('jit', ${before.jit}, true), set_config('work_mem', ${before.mem}, true)`.execute(trx);
		}
	};
	return db.isTransaction ? run(db) : db.transaction().execute(run);
}

const searchSessions = new WeakSet<DB>();

const FILTER_SQL: Record<FacetName, (values: never[]) => RawBuilder<boolean>> = {
	type: (values: string[]) => sql<boolean>`s.type = any(${values}::text[])`,
	language: (values: string[]) => sql<boolean>`s.language = any(${values}::text[])`,
	category: (values: string[]) => sql<boolean>`s.categories && ${values}::text[]`,
	country: (values: string[]) => sql<boolean>`s.countries && ${values}::text[]`,
	region: (values: string[]) => sql<boolean>`s.regions && ${values}::text[]`,
	year: (values: number[]) => sql<boolean>`s.year = any(${values}::int[])`,
	publisher: (values: string[]) => sql<boolean>`s.publisher_name = any(${values}::text[])`
};

function filterPredicate(filters: ResourceFilters, facet: FacetName): RawBuilder<boolean> | null {
	const values = filters[facet];
	return values.length > 0 ? FILTER_SQL[facet](values as never[]) : null;
}

/** Published, the topic filter, and every facet filter except those of `except`. */
function filterClause(filters: ResourceFilters, except: readonly FacetName[] = []): RawBuilder<boolean> {
	const parts = [sql<boolean>`s.status = 'published'`];
	if (filters.topic.length) {
		const wanted = filters.topic.map((topic) => topic.toLowerCase());
		parts.push(sql<boolean>`exists (select 1 from unnest(s.topics) as topic where lower(topic) = any(${wanted}::text[]))`);
	}
	for (const facet of FACET_NAMES) {
		const predicate = except.includes(facet) ? null : filterPredicate(filters, facet);
		if (predicate) parts.push(predicate);
	}
	return sql<boolean>`${sql.join(parts, sql` and `)}`;
}

/**
 * The ways a query reaches records, each with its tier: text 2, the query with its unknown
 * words corrected to the nearest title words 1, a concept of
 * the record's columns 0, a concept only named in its text -1. None means "every record".
 */
function matchBranches(match: ResourceMatch): { tier: RawBuilder<number>; where: RawBuilder<boolean> }[] {
	const branches: { tier: RawBuilder<number>; where: RawBuilder<boolean> }[] = [];
	if (match.text) branches.push({ tier: sql<number>`2`, where: sql<boolean>`s.search_vector @@ ${combinedTsQuery(match.text)}` });
	if (match.corrected) branches.push({ tier: sql<number>`1`, where: sql<boolean>`s.search_vector @@ ${combinedTsQuery(match.corrected)}` });
	if (match.concepts.length) {
		// Concepts of the record's columns, or found in its text (a table of their own): one
		// bitmap scan over both (the ids of the second turned into a bitmap of the primary key).
		const inColumns = sql<boolean>`s.concepts && ${match.concepts}::text[]`;
		const inText = sql<boolean>`s.resource_id = any(array(select t.resource_id from resource_text_concept t where t.concepts && ${match.concepts}::text[]))`;
		const remainder = match.conceptRemainder ? sql<boolean>` and s.search_vector @@ ${combinedTsQuery(match.conceptRemainder)}` : sql<boolean>``;
		branches.push({ tier: sql<number>`(case when ${inColumns} then 0 else -1 end)`, where: sql<boolean>`(${inColumns} or ${inText})${remainder}` });
	}
	return branches;
}

/** A column of the hits: its name, its expression on resource_search `s`, and how equal copies merge. */
interface HitColumn {
	name: string;
	expression: RawBuilder<unknown>;
	merge: 'max' | 'bool_or';
}

const hitColumn = (name: string, expression: RawBuilder<unknown> = sql.ref(`s.${name}`), merge: HitColumn['merge'] = 'max'): HitColumn => ({ name, expression, merge });

/**
 * `select resource_id, <columns>, tier` for the records the search reaches, each once
 * with its best tier. With several branches they are scanned separately (each an index
 * scan) and merged by id; the columns travel with the ids so that merging needs no
 * second look-up of tens of thousands of rows.
 */
function hitsQuery(scope: ResourceSearchScope, columns: HitColumn[], except: readonly FacetName[] = []): RawBuilder<unknown> {
	const filters = filterClause(scope.filters, except);
	const branches = matchBranches(scope);
	const all = [hitColumn('resource_id'), ...columns];
	const select = sql.join(all.map((column) => sql`${column.expression} as ${sql.ref(column.name)}`));
	if (branches.length === 0) return sql`select ${select}, 0 as tier from resource_search s where ${filters}`;
	if (branches.length === 1) return sql`select ${select}, ${branches[0].tier} as tier from resource_search s where ${branches[0].where} and ${filters}`;
	const scans = branches.map((branch) => sql`select ${select}, ${branch.tier} as tier from resource_search s where ${branch.where} and ${filters}`);
	const merged = sql.join(columns.map((column) => sql`${sql.raw(column.merge)}(branch.${sql.ref(column.name)}) as ${sql.ref(column.name)}`));
	return sql`select branch.resource_id, ${merged}, max(branch.tier) as tier
		from (${sql.join(scans, sql` union all `)}) branch group by branch.resource_id`;
}

/** ts_rank_cd of the text, plus bonuses for a title typo match and for naming the record's concepts. */
export function scoreExpression(match: ResourceMatch): RawBuilder<number> {
	const parts = [sql<number>`0`];
	if (match.text) parts.push(sql<number>`ts_rank_cd(s.search_vector, ${combinedTsQuery(match.text)}, 32)`);
	if (match.typo) parts.push(sql<number>`0.5 * word_similarity(${match.typo}, s.search_title)`);
	if (match.concepts.length) parts.push(sql<number>`(case when c.tier <= 0 or s.concepts && ${match.concepts}::text[] then 0.1 else 0 end)`);
	return sql<number>`(${sql.join(parts, sql` + `)})::float8`;
}


export const PAGE_COLUMNS = sql`r.id, r.slug, r.title, r.abstract, r.language, r.type, r.categories, r.countries, r.regions, r.topics,
	r.target_groups, r.authors, r.year, r.publisher_name, r.url, r.doi, r.published_at`;
const PRE_ORDER = sql`tier desc, year desc nulls last, published_at desc nulls last, resource_id`;
const NEWEST = sql`year desc nulls last, published_at desc nulls last, resource_id`;

const FACET_VALUE_SQL: Record<FacetName, { value: RawBuilder<string>; array: boolean }> = {
	type: { value: sql`type`, array: false },
	language: { value: sql`language`, array: false },
	category: { value: sql`categories`, array: true },
	country: { value: sql`countries`, array: true },
	region: { value: sql`regions`, array: true },
	year: { value: sql`year`, array: false },
	publisher: { value: sql`publisher_name`, array: false }
};

/**
 * Facet counts over `base` (the records the query reaches before facet filters, with an
 * ok_<facet> flag per active filter). The counts of one facet apply every filter except
 * that facet's own ("disjunctive" facets), so a visitor who ticked Spanish still sees how
 * many French records there are. One grouped scan of `base` per facet: measured faster
 * than one pass emitting (facet, value) pairs through a lateral subquery per row.
 */
function facetCountsSql(active: FacetName[]): RawBuilder<FacetCountRow> {
	const okExcept = (facet: FacetName) => {
		const others = active.filter((other) => other !== facet).map((other) => sql.ref(`ok_${other}`));
		return others.length ? sql`${sql.join(others, sql` and `)}` : sql`true`;
	};
	const selects = FACET_NAMES.map((facet) => {
		const { value, array } = FACET_VALUE_SQL[facet];
		return array
			? sql`select ${facet}::text as facet, value, count(*) as count from (select unnest(${value}) as value from base where ${okExcept(facet)}) unnested group by value`
			: sql`select ${facet}::text as facet, grouped.value::text, grouped.count from (select ${value} as value, count(*) as count from base where ${okExcept(facet)} and ${value} is not null group by 1) grouped where grouped.value::text <> ''`;
	});
	return sql<FacetCountRow>`${sql.join(selects, sql` union all `)}`;
}

/** The snippet of a page row (`r` resource, `hs` its search row): the abstract with the query's words marked. */
export function headlineExpression(text: string | null): RawBuilder<string | null> {
	return text
		? sql<string>`ts_headline(atlas_search_config(r.language), hs.snippet_text, ${combinedTsQuery(text)}, ${`StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MaxWords=35, MinWords=15, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`})`
		: sql<null>`null`;
}

export interface ResourceSearchPage {
	total: number;
	rows: ResourceHitRow[];
	/** Empty unless asked for. */
	facets: FacetCountRow[];
}

/**
 * One page of matching published records with the total and, when asked, the facet
 * counts, in one statement over one scan. Candidates come in a cheap order (tier, then
 * newest); for relevance the first `rankWindow` of them are re-ordered by score
 * (ts_rank_cd reads each one's vector) and any later page follows the cheap order.
 * Snippets are made for the page rows only.
 */
export async function searchResourcePage(db: DB, search: ResourceSearchSql, withFacets: boolean): Promise<ResourceSearchPage> {
	const relevance = search.sort === 'relevance' && matchBranches(search).length > 0;
	const window = relevance ? search.rankWindow : 0;
	const end = search.offset + search.limit;
	const headline = headlineExpression(search.text);
	const active = withFacets ? FACET_NAMES.filter((facet) => search.filters[facet].length > 0) : [];
	const flags = active.map((facet) => hitColumn(`ok_${facet}`, filterPredicate(search.filters, facet)!, 'bool_or'));
	const ordering = [hitColumn('year'), hitColumn('published_at')];
	const base = withFacets
		? hitsQuery(search, [...ordering, ...['type', 'language', 'categories', 'countries', 'regions', 'publisher_name'].map((name) => hitColumn(name)), ...flags], FACET_NAMES)
		: hitsQuery(search, ordering);
	const allFilters = active.length ? sql`${sql.join(active.map((facet) => sql.ref(`ok_${facet}`)), sql` and `)}` : sql`true`;
	const order = relevance ? PRE_ORDER : NEWEST;
	const none = sql`select null::uuid as resource_id, 0 as tier, 0::float8 as score, 0::bigint as position where false`;
	const ranked = window > search.offset
		? sql`select resource_id, tier, score,
				row_number() over (order by tier desc, score desc, year desc nulls last, published_at desc nulls last, resource_id) as position
			from (
				select c.resource_id, c.tier, c.year, c.published_at, ${scoreExpression(search)} as score
				from (select * from hits order by ${PRE_ORDER} limit ${window}) c join resource_search s on s.resource_id = c.resource_id
			) scored`
		: none;
	const tail = end > window
		? sql`select resource_id, tier, 0::float8 as score, ${window} + row_number() over (order by ${order}) as position
			from (select * from hits order by ${order} offset ${window} limit ${end - window}) t`
		: none;
	const result = await withSearchSession(db, matchBranches(search).length > 0, (trx) => sql<{ total: string; rows: ResourceHitRow[] | null; facets: FacetCountRow[] | null }>`
		with base as materialized (${base}),
		hits as (select * from base where ${allFilters}),
		page as (
			select * from (${ranked}) ranked where position > ${search.offset} and position <= ${end}
			union all
			select * from (${tail}) tail where position > ${search.offset}
		),
		page_rows as (
			select ${PAGE_COLUMNS}, page.tier, page.score, page.position, ${headline} as headline
			from page join resource r on r.id = page.resource_id join resource_search hs on hs.resource_id = page.resource_id
		)
		select (select count(*) from hits) as total,
			(select json_agg(page_rows order by position) from page_rows) as rows,
			${withFacets ? sql`(select json_agg(counts) from (${facetCountsSql(active)}) counts)` : sql`null`} as facets`.execute(trx));
	const row = result.rows[0];
	return {
		total: Number(row.total),
		rows: (row.rows ?? []).map(({ position: _position, ...hit }: ResourceHitRow & { position?: number }) => ({ ...hit, tier: Number(hit.tier), score: Number(hit.score) })),
		facets: (row.facets ?? []).map((facet) => ({ facet: facet.facet, value: String(facet.value), count: Number(facet.count) }))
	};
}

/** The counter of writes to the search rows (migration 20261125T1450), as text. */
export async function librarySearchVersion(db: DB): Promise<string> {
	const row = await db.selectFrom('library_search_state').select('version').where('id', '=', 1).executeTakeFirst();
	return String(row?.version ?? 0);
}

/** True when `word` is no stop word in any of the four languages (every configuration keeps a lexeme). */
export function meaningfulWord(word: RawBuilder<unknown> | ReturnType<typeof sql.ref>): RawBuilder<boolean> {
	return sql<boolean>`(to_tsvector('atlas_english', ${word}) <> ''::tsvector and to_tsvector('atlas_spanish', ${word}) <> ''::tsvector
		and to_tsvector('atlas_french', ${word}) <> ''::tsvector and to_tsvector('atlas_portuguese', ${word}) <> ''::tsvector)`;
}

/** For each word: whether it means something in all four languages (is no stop word) and whether a published record contains it. */
export async function wordFacts(db: DB, words: string[]): Promise<{ word: string; meaningful: boolean; indexed: boolean }[]> {
	if (words.length === 0) return [];
	const result = await withSearchSession(db, true, (trx) => sql<{ word: string; meaningful: boolean; indexed: boolean }>`
		select word,
			${meaningfulWord(sql.ref('word'))} as meaningful,
			exists (select 1 from resource_search s where s.search_vector @@ ${combinedTsQuery(sql.ref('w.word'))} and s.status = 'published') as indexed
		from unnest(${words}::text[]) with ordinality as w(word, position)
		order by position`.execute(trx));
	return result.rows;
}

/**
 * The word of a published title nearest to `word` (accent-free, lower case) by trigram
 * similarity, at least `minSimilarity`; titles are found through their trigram index.
 */
export async function nearestTitleWord(db: DB, word: string, minSimilarity = 0.4): Promise<string | null> {
	const inTransaction = <T>(work: (trx: DB) => Promise<T>) => (db.isTransaction ? work(db) : db.transaction().execute(work));
	return inTransaction(async (trx) => {
		// The <% operator (and so the index) uses this threshold: set for this query, then put back.
		const [{ before }] = (
			await sql<{ before: string }>`select coalesce(current_setting('pg_trgm.word_similarity_threshold', true), '0.6') as before, set_config('pg_trgm.word_similarity_threshold', ${String(minSimilarity)}, true)`.execute(trx)
		).rows;
		const result = await sql<{ word: string }>`
			select candidate as word
			from (select s.search_title from resource_search s where s.status = 'published' and ${word} <% s.search_title limit 200) titles
			cross join lateral regexp_split_to_table(titles.search_title, '[^[:alnum:]]+') as candidate
			where length(candidate) >= 3 and candidate <> ${word} and similarity(candidate, ${word}) >= ${minSimilarity}
			group by candidate
			order by max(similarity(candidate, ${word})) desc, count(*) desc, candidate
			limit 1`.execute(trx);
		await sql`select set_config('pg_trgm.word_similarity_threshold', ${before}, true)`.execute(trx);
		return result.rows[0]?.word ?? null;
	});
}
