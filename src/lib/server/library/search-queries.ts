/**
 * SQL of library search: matching, ranking, facet counts, snippets, suggestions and the
 * concepts found in each record's text. Rows in, rows out; search.ts decides what to ask.
 * The search columns themselves are kept up to date by the trigger of migration
 * 20261125T1300_library_search.sql.
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
	/** Accent-free lower-case query compared with titles by trigram word similarity, or null. */
	typo: string | null;
	/** Concept codes the query names ('skills-category:1'). */
	concepts: string[];
	/** Words of the query beside the concept phrases, which a concept-only match must still contain; null when none. */
	conceptRemainder: string | null;
}

export interface ResourceSearchSql extends ResourceMatch {
	filters: ResourceFilters;
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
	/** 2 text match, 1 title typo match, 0 concept match only. */
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
export function combinedTsQuery(text: string): RawBuilder<unknown> {
	return sql`(websearch_to_tsquery('atlas_english', ${text}) || websearch_to_tsquery('atlas_spanish', ${text}) || websearch_to_tsquery('atlas_french', ${text}) || websearch_to_tsquery('atlas_portuguese', ${text}) || websearch_to_tsquery('atlas_simple', ${text}))`;
}

const textHit = (match: ResourceMatch) => (match.text ? sql<boolean>`(r.search_vector @@ ${combinedTsQuery(match.text)})` : sql<boolean>`false`);
const typoHit = (match: ResourceMatch) => (match.typo ? sql<boolean>`(${match.typo} <% r.search_title)` : sql<boolean>`false`);
function conceptHit(match: ResourceMatch): RawBuilder<boolean> {
	if (match.concepts.length === 0) return sql<boolean>`false`;
	const overlap = sql<boolean>`r.concepts && ${match.concepts}::text[]`;
	return match.conceptRemainder ? sql<boolean>`(${overlap} and r.search_vector @@ ${combinedTsQuery(match.conceptRemainder)})` : sql<boolean>`(${overlap})`;
}

/** Which published records the query reaches: text, typo in the title, or a concept it names. */
function matchPredicate(match: ResourceMatch): RawBuilder<boolean> {
	if (!match.text && !match.typo && match.concepts.length === 0) return sql<boolean>`true`;
	return sql<boolean>`(${textHit(match)} or ${typoHit(match)} or ${conceptHit(match)})`;
}

const FILTER_SQL: Record<FacetName, (values: never[]) => RawBuilder<boolean>> = {
	type: (values: string[]) => sql<boolean>`r.type = any(${values}::text[])`,
	language: (values: string[]) => sql<boolean>`r.language = any(${values}::text[])`,
	category: (values: string[]) => sql<boolean>`r.categories && ${values}::text[]`,
	country: (values: string[]) => sql<boolean>`r.countries && ${values}::text[]`,
	region: (values: string[]) => sql<boolean>`r.regions && ${values}::text[]`,
	year: (values: number[]) => sql<boolean>`r.year = any(${values}::int[])`,
	publisher: (values: string[]) => sql<boolean>`r.publisher_name = any(${values}::text[])`
};

function filterPredicate(filters: ResourceFilters, facet: FacetName): RawBuilder<boolean> | null {
	const values = filters[facet];
	return values.length > 0 ? FILTER_SQL[facet](values as never[]) : null;
}

function topicPredicate(filters: ResourceFilters): RawBuilder<boolean> {
	if (filters.topic.length === 0) return sql<boolean>`true`;
	const wanted = filters.topic.map((topic) => topic.toLowerCase());
	return sql<boolean>`exists (select 1 from unnest(r.topics) as topic where lower(topic) = any(${wanted}::text[]))`;
}

/** Published records reached by the query, with every filter except those of `except`. */
function whereClause(search: ResourceMatch & { filters: ResourceFilters }, except: FacetName[] = []): RawBuilder<boolean> {
	const parts = [sql<boolean>`r.status = 'published'`, matchPredicate(search), topicPredicate(search.filters)];
	for (const facet of FACET_NAMES) {
		if (except.includes(facet)) continue;
		const predicate = filterPredicate(search.filters, facet);
		if (predicate) parts.push(predicate);
	}
	return sql<boolean>`${sql.join(parts, sql` and `)}`;
}

/** Cheap pre-order of candidates: text matches, then title typos, then concept-only, then newest. */
function tierExpression(match: ResourceMatch) {
	return sql<number>`(case when ${textHit(match)} then 2 when ${typoHit(match)} then 1 else 0 end)`;
}

function scoreExpression(match: ResourceMatch) {
	const parts = [sql<number>`0`];
	if (match.text) parts.push(sql<number>`(case when r.search_vector @@ ${combinedTsQuery(match.text)} then ts_rank_cd(r.search_vector, ${combinedTsQuery(match.text)}, 32) else 0 end)`);
	if (match.typo) parts.push(sql<number>`(case when ${match.typo} <% r.search_title then 0.5 * word_similarity(${match.typo}, r.search_title) else 0 end)`);
	if (match.concepts.length) parts.push(sql<number>`(case when r.concepts && ${match.concepts}::text[] then 0.1 else 0 end)`);
	return sql<number>`(${sql.join(parts, sql` + `)})`;
}

/** Abstract as plain text for ts_headline: Markdown link targets and markup characters out, markers removed. */
const plainAbstract = sql<string>`regexp_replace(translate(r.abstract, ${HIGHLIGHT_START + HIGHLIGHT_STOP}, ''), '!?\\[([^\\]]*)\\]\\([^)]*\\)|[*_\`#>]+', '\\1', 'g')`;

/**
 * One page of matching published records with the total. For relevance, the best
 * `rankWindow` candidates by the cheap tier order (and recency) are ranked with
 * ts_rank_cd; the rest keep their pre-order. Snippets are made for the page rows only.
 */
export async function searchResourceRows(db: DB, search: ResourceSearchSql): Promise<{ total: number; rows: ResourceHitRow[] }> {
	const relevance = search.sort === 'relevance' && (search.text || search.typo || search.concepts.length > 0);
	const newest = sql`r.year desc nulls last, r.published_at desc nulls last, r.id`;
	const headline = search.text
		? sql<string>`ts_headline(atlas_search_config(r.language), ${plainAbstract}, ${combinedTsQuery(search.text)}, ${`StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MaxWords=35, MinWords=15, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`})`
		: sql<null>`null`;
	const columns = sql`r.id, r.slug, r.title, r.abstract, r.language, r.type, r.categories, r.countries, r.regions, r.topics,
		r.target_groups, r.authors, r.year, r.publisher_name, r.url, r.doi, r.published_at`;
	let result;
	if (relevance) {
		// Candidates in a cheap order (tier, then newest); only the first rankWindow of them
		// get a ts_rank_cd score, which reads each record's whole vector.
		result = await sql<ResourceHitRow & { total: string }>`
			with hits as (
				select r.id, r.year, r.published_at, r.search_vector, r.search_title, r.concepts, ${tierExpression(search)} as tier
				from resource r
				where ${whereClause(search)}
			), ordered as (
				select r.*, row_number() over (order by r.tier desc, r.year desc nulls last, r.published_at desc nulls last, r.id) as pre_rank,
					count(*) over () as total
				from hits r
			), ranked as (
				select r.id, r.tier, r.total, r.pre_rank, case when r.pre_rank <= ${search.rankWindow} then ${scoreExpression(search)} end as score
				from ordered r
				order by (r.pre_rank <= ${search.rankWindow}) desc, r.tier desc, score desc nulls last, r.pre_rank
				limit ${search.limit} offset ${search.offset}
			)
			select ${columns}, ranked.tier, coalesce(ranked.score, 0) as score, ranked.total, ${headline} as headline
			from ranked join resource r on r.id = ranked.id
			order by (ranked.pre_rank <= ${search.rankWindow}) desc, ranked.tier desc, ranked.score desc nulls last, ranked.pre_rank`.execute(db);
	} else {
		result = await sql<ResourceHitRow & { total: string }>`
			with page as (
				select r.id, count(*) over () as total
				from resource r
				where ${whereClause(search)}
				order by ${newest}
				limit ${search.limit} offset ${search.offset}
			)
			select ${columns}, 0 as tier, 0 as score, page.total, ${headline} as headline
			from page join resource r on r.id = page.id
			order by ${newest}`.execute(db);
	}
	let total = result.rows.length > 0 ? Number(result.rows[0].total) : 0;
	if (result.rows.length === 0 && search.offset > 0) total = await countResourceHits(db, search);
	return { total, rows: result.rows.map(({ total: _total, ...row }) => ({ ...row, tier: Number(row.tier), score: Number(row.score) })) };
}

/** Number of published records the query and filters reach. */
export async function countResourceHits(db: DB, search: ResourceMatch & { filters: ResourceFilters }): Promise<number> {
	const row = await sql<{ n: string }>`select count(*) as n from resource r where ${whereClause(search)}`.execute(db);
	return Number(row.rows[0].n);
}

const FACET_VALUE_SQL: Record<FacetName, { value: RawBuilder<string>; array: boolean }> = {
	type: { value: sql`type`, array: false },
	language: { value: sql`language`, array: false },
	category: { value: sql`categories`, array: true },
	country: { value: sql`countries`, array: true },
	region: { value: sql`regions`, array: true },
	year: { value: sql`year::text`, array: false },
	publisher: { value: sql`publisher_name`, array: false }
};

/**
 * Counts per facet value over the records the query reaches, in one pass. The counts of
 * one facet apply every filter except that facet's own ("disjunctive" facets), so a
 * visitor who ticked Spanish still sees how many French records there are.
 */
export async function facetCountRows(db: DB, search: ResourceMatch & { filters: ResourceFilters }): Promise<FacetCountRow[]> {
	const active = FACET_NAMES.filter((facet) => search.filters[facet].length > 0);
	const flags = active.map((facet) => sql`${filterPredicate(search.filters, facet)} as ${sql.ref(`ok_${facet}`)}`);
	const okExcept = (facet: FacetName) => {
		const others = active.filter((other) => other !== facet).map((other) => sql.ref(`ok_${other}`));
		return others.length ? sql`${sql.join(others, sql` and `)}` : sql`true`;
	};
	const selects = FACET_NAMES.map((facet) => {
		const { value, array } = FACET_VALUE_SQL[facet];
		if (array) {
			return sql`select ${facet}::text as facet, value, count(*) as count from base cross join lateral unnest(${value}) as value where ${okExcept(facet)} group by value`;
		}
		return sql`select ${facet}::text as facet, ${value} as value, count(*) as count from base where ${okExcept(facet)} and ${value} is not null and ${value} <> '' group by 2`;
	});
	const result = await sql<{ facet: FacetName; value: string; count: string }>`
		with base as materialized (
			select r.type, r.language, r.categories, r.countries, r.regions, r.year, r.publisher_name
				${flags.length ? sql`, ${sql.join(flags)}` : sql``}
			from resource r
			where ${whereClause(search, [...FACET_NAMES])}
		)
		${sql.join(selects, sql` union all `)}`.execute(db);
	return result.rows.map((row) => ({ facet: row.facet, value: String(row.value), count: Number(row.count) }));
}

/** Whether any published record contains the word (in any language's form of it). */
export async function wordIsIndexed(db: DB, word: string): Promise<boolean> {
	const result = await sql<{ found: boolean }>`
		select exists (select 1 from resource r where r.status = 'published' and r.search_vector @@ ${combinedTsQuery(word)}) as found`.execute(db);
	return result.rows[0]?.found === true;
}

/**
 * The word of a published title nearest to `word` (accent-free, lower case) by trigram
 * similarity, at least `minSimilarity`; titles are found through their trigram index.
 */
export async function nearestTitleWord(db: DB, word: string, minSimilarity = 0.4): Promise<string | null> {
	const inTransaction = <T>(work: (trx: DB) => Promise<T>) => (db.isTransaction ? work(db) : db.transaction().execute(work));
	return inTransaction(async (trx) => {
		// The <% operator (and so the index) uses this threshold; local to the transaction.
		await sql`select set_config('pg_trgm.word_similarity_threshold', ${String(minSimilarity)}, true)`.execute(trx);
		const result = await sql<{ word: string }>`
			select candidate as word
			from (
				select r.search_title from resource r
				where r.status = 'published' and ${word} <% r.search_title
				limit 200
			) titles
			cross join lateral regexp_split_to_table(titles.search_title, '[^[:alnum:]]+') as candidate
			where length(candidate) >= 3 and candidate <> ${word} and similarity(candidate, ${word}) >= ${minSimilarity}
			group by candidate
			order by max(similarity(candidate, ${word})) desc, count(*) desc, candidate
			limit 1`.execute(trx);
		return result.rows[0]?.word ?? null;
	});
}

/** Records whose text concepts were found for another version of their title and abstract (or never). */
export async function staleTextConceptRows(db: DB, limit: number, ids?: string[]): Promise<{ id: string; title: string; abstract: string; text_hash: string }[]> {
	const query = db.selectFrom('resource').select(['id', 'title', 'abstract', 'text_hash']).limit(limit).orderBy('id');
	const result = ids
		? await query.where('id', 'in', ids.length ? ids : ['00000000-0000-0000-0000-000000000000']).execute()
		: await query.where(sql<boolean>`text_concepts_hash is distinct from text_hash`).execute();
	return result;
}

/**
 * Stores the concepts found in each record's text, for the text they were found in: a
 * record edited meanwhile (another text_hash) is left stale for the next refresh.
 */
export async function writeTextConcepts(db: DB, updates: { id: string; textHash: string; concepts: string[] }[]): Promise<number> {
	if (updates.length === 0) return 0;
	const payload = JSON.stringify(updates.map((update) => ({ id: update.id, text_hash: update.textHash, concepts: update.concepts })));
	const result = await sql`
		update resource r
		set text_concepts = v.concepts, text_concepts_hash = v.text_hash
		from jsonb_to_recordset(${payload}::jsonb) as v(id uuid, text_hash text, concepts text[])
		where r.id = v.id and r.text_hash = v.text_hash`.execute(db);
	return Number(result.numAffectedRows ?? 0);
}

/** The words that carry meaning in at least one of the four languages (stop words of any of them dropped). */
export async function contentWords(db: DB, words: string[]): Promise<string[]> {
	if (words.length === 0) return [];
	const result = await sql<{ word: string }>`
		select word from unnest(${words}::text[]) with ordinality as w(word, position)
		where to_tsvector('atlas_english', word) <> ''::tsvector and to_tsvector('atlas_spanish', word) <> ''::tsvector
			and to_tsvector('atlas_french', word) <> ''::tsvector and to_tsvector('atlas_portuguese', word) <> ''::tsvector
		order by position`.execute(db);
	return result.rows.map((row) => row.word);
}

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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A record by id or slug with its publishing actor and attached file type (any status: the caller checks access). */
export async function findResourceDetailRow(db: DB, idOrSlug: string): Promise<ResourceDetailQueryRow | undefined> {
	const byId = UUID.test(idOrSlug);
	const result = await sql<ResourceDetailQueryRow>`
		select r.id, r.work_id, r.slug, r.status, r.title, r.abstract, r.language, r.type, r.categories, r.countries, r.regions,
			r.topics, r.target_groups, r.authors, r.year, r.publisher_name, r.url, r.doi, r.licence, r.concepts, r.submitted_by,
			r.created_at, r.updated_at, r.published_at, r.publisher_actor_id,
			a.slug as publisher_slug, a.name as publisher_actor_name,
			(select f.content_type from resource_file f where f.resource_id = r.id) as file_content_type
		from resource r
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
		select id, slug, title, language, type, year, status, submitted_by from (
			select distinct on (r.work_id) r.id, r.slug, r.title, r.language, r.type, r.year, r.status, r.submitted_by, r.published_at,
				(select count(*) from unnest(r.concepts) as shared where shared = any(${concepts}::text[])) as shared
			from resource r
			where r.status = 'published' and r.work_id <> ${record.work_id}::uuid and r.concepts && ${concepts}::text[]
			order by r.work_id, (r.language = ${record.language}) desc, r.published_at desc nulls last
		) best
		order by shared desc, year desc nulls last, published_at desc nulls last, id
		limit ${limit}`.execute(db);
	return result.rows;
}
