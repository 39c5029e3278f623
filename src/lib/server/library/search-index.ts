/**
 * The library's side index: every published record's facet columns, concepts and text
 * vector held in memory by the app process, so that matching, filtering, facet counts and
 * ordering cost milliseconds at 100,000 records instead of scans of the search rows
 * (docs/decisions/0006-search-side-index.md). The database still parses the query
 * (stemmers), ranks the best candidates (ts_rank_cd), corrects unknown words (trigrams) and reads
 * the page rows and snippets; answers are the same as the SQL path's (search-queries.ts),
 * which a test checks.
 *
 * An index is built for one value of `library_search_state.version` and used only while
 * that value holds, so a write by any process is seen at the next request: until the new
 * index is ready, searches take the SQL path. Small libraries are indexed on the spot.
 */
import type { DB } from '../db';
import { readAtOneVersion, VersionedIndexes } from '../search/versioned-index';
import { buildFacetTable, filterAndCount, positionsWith, type FacetTable } from '../search/facet-table';
import { evaluateTsquery, parseTsquery, TextIndexBuilder, union, intersect, UnsupportedQuery, type TextIndex } from '../search/text-index';
import * as queries from './search-index-queries';
import { FACET_NAMES, librarySearchVersion, type ResourceFilters, type ResourceMatch, type ResourceSearchPage, type ResourceSearchSql } from './search-queries';

const FIELDS = {
	type: 'one',
	language: 'one',
	category: 'many',
	country: 'many',
	region: 'many',
	year: 'one',
	publisher: 'one',
	topic: 'many',
	concept: 'many',
	textConcept: 'many'
} as const;
type Field = keyof typeof FIELDS;

export interface LibraryIndex {
	version: string;
	size: number;
	table: FacetTable<Field>;
	text: TextIndex;
	/** Positions from newest to oldest (year, then publication time, then id: the SQL path's NEWEST). */
	newest: Int32Array;
	/** Rank of each position in `newest`. */
	newestRank: Int32Array;
	buildMs: number;
}

/** Records read per statement while building (keeps each statement short, so other requests are not held up). */
const BUILD_BATCH = 2000;
/** Up to this many published records, a stale index is rebuilt before answering; above, in the background. */
export const SYNC_BUILD_LIMIT = 5000;

/** Reads every published record (in batches) and builds the index; null when a write happened meanwhile. */
export async function buildLibraryIndex(db: DB): Promise<LibraryIndex | null> {
	const started = performance.now();
	const rows: Omit<queries.IndexSourceRow, 'vector'>[] = [];
	// Vectors go straight into the text index (positions in read order), so their text is not kept.
	const builder = new TextIndexBuilder();
	const version = await readAtOneVersion<queries.IndexSourceRow>(
		() => librarySearchVersion(db),
		(after) => queries.indexSourceRows(db, after?.id ?? null, BUILD_BATCH),
		BUILD_BATCH,
		(batch) => {
			for (const { vector, ...row } of batch) builder.add(rows.push(row) - 1, vector);
		}
	);
	if (version === null) return null;
	// The phases below are synchronous; let waiting requests run between them.
	const breathe = () => new Promise((resolve) => setImmediate(resolve));
	await breathe();
	const table = buildFacetTable(
		rows.map((row) => ({
			id: row.id,
			type: row.type,
			language: row.language,
			category: row.categories,
			country: row.countries,
			region: row.regions,
			year: row.year,
			publisher: row.publisher,
			topic: row.topics,
			concept: row.concepts,
			textConcept: row.text_concepts ?? []
		})),
		FIELDS
	);
	await breathe();
	const text = builder.finish(rows.length);
	await breathe();
	const published = rows.map((row) => (row.published_us === null ? null : Number(row.published_us)));
	const newest = Int32Array.from(rows.keys()).sort((a, b) => {
		const yearA = rows[a].year;
		const yearB = rows[b].year;
		if (yearA !== yearB) return yearA === null ? 1 : yearB === null ? -1 : yearB - yearA;
		const timeA = published[a];
		const timeB = published[b];
		if (timeA !== timeB) return timeA === null ? 1 : timeB === null ? -1 : timeB - timeA;
		return a - b; // positions follow resource id order
	});
	const newestRank = new Int32Array(rows.length);
	newest.forEach((position, rank) => (newestRank[position] = rank));
	return { version, size: rows.length, table, text, newest, newestRank, buildMs: performance.now() - started };
}

/**
 * The library's indexes, one per database: `forVersion(db, version)` answers null while
 * a stale index is rebuilt (the caller then takes the SQL path); rebuilds are awaited for
 * small libraries, in the background for large ones (search/versioned-index.ts).
 */
export const libraryIndexes = new VersionedIndexes<LibraryIndex>({
	name: 'library search index',
	version: librarySearchVersion,
	build: buildLibraryIndex,
	count: queries.publishedRecordCount,
	syncLimit: SYNC_BUILD_LIMIT
});

/** Records matching a tsquery text, or null when the index cannot evaluate it. */
function textMatches(index: LibraryIndex, tsquery: string): Int32Array | null {
	try {
		const node = parseTsquery(tsquery);
		return node ? evaluateTsquery(index.text, node) : new Int32Array(0);
	} catch (error) {
		if (error instanceof UnsupportedQuery) return null;
		throw error;
	}
}

/**
 * wordFacts (search-queries.ts) answered from the index: is each word meaningful, and
 * held by some published record. The tsquery of the whole `text` comes in the same
 * round trip and is kept in `tsqueries` for the search that follows.
 */
export async function wordFactsFromIndex(
	db: DB,
	index: LibraryIndex,
	words: string[],
	text: string,
	tsqueries: Map<string, string>
): Promise<{ word: string; meaningful: boolean; indexed: boolean }[] | null> {
	const answer = await queries.wordQueries(db, words, text);
	tsqueries.set(text, answer.query);
	const facts = [];
	for (const { word, meaningful, query } of answer.words) {
		const hits = textMatches(index, query);
		if (!hits) return null;
		facts.push({ word, meaningful, indexed: hits.length > 0 });
	}
	return facts;
}

const NO_TIER = -128;

/**
 * `searchResourcePage` answered from the index: the same total, page, order and facet
 * counts. Null when the query needs the SQL path (a tsquery form the index does not
 * evaluate). Its statements read rows by key only, so it needs no search session.
 */
export async function searchResourcePageFromIndex(
	db: DB,
	index: LibraryIndex,
	search: ResourceSearchSql,
	withFacets: boolean,
	tsqueries: Map<string, string> = new Map()
): Promise<ResourceSearchPage | null> {
	const { table } = index;
	const tsquery = async (text: string) => tsqueries.get(text) ?? (await queries.tsqueryText(db, text));
	const tier = new Int8Array(table.size).fill(NO_TIER);
	const reach = (positions: ArrayLike<number>, value: number) => {
		for (let i = 0; i < positions.length; i++) if (tier[positions[i]] < value) tier[positions[i]] = value;
	};
	let branches = 0;
	if (search.text) {
		branches++;
		const hits = textMatches(index, await tsquery(search.text));
		if (!hits) return null;
		reach(hits, 2);
	}
	if (search.corrected) {
		branches++;
		const hits = textMatches(index, await tsquery(search.corrected));
		if (!hits) return null;
		reach(hits, 1);
	}
	if (search.concepts.length) {
		branches++;
		const inColumns = positionsWith(table, 'concept', search.concepts);
		let inText = union(inColumns, positionsWith(table, 'textConcept', search.concepts));
		if (search.conceptRemainder) {
			const remainder = textMatches(index, await tsquery(search.conceptRemainder));
			if (!remainder) return null;
			inText = intersect(inText, remainder);
		}
		const columnHit = new Uint8Array(table.size);
		for (const position of inColumns) columnHit[position] = 1;
		for (const position of inText) {
			const value = columnHit[position] ? 0 : -1;
			if (tier[position] < value) tier[position] = value;
		}
	}

	// Candidates in the cheap order: tier (best first) then newest; without words, every record newest first.
	const relevance = search.sort === 'relevance' && branches > 0;
	let candidates: Int32Array;
	if (branches === 0) candidates = index.newest;
	else {
		const buckets: number[][] = [[], [], [], []];
		for (const position of index.newest) {
			const value = tier[position];
			if (value !== NO_TIER) buckets[relevance ? 2 - value : 0].push(position);
		}
		candidates = Int32Array.from(buckets.flat());
	}
	const filters = facetFilters(search.filters);
	const { hits, counts } = filterAndCount(table, candidates, filters, withFacets ? FACET_NAMES : [], true);

	const end = search.offset + search.limit;
	const window = relevance ? search.rankWindow : 0;
	let ordered: { position: number; score: number }[] = [];
	if (window > search.offset) {
		const best = hits.subarray(0, window);
		const scores = await queries.scoreCandidates(
			db,
			search,
			Array.from(best, (position) => ({ id: table.ids[position], tier: tier[position] }))
		);
		ordered = Array.from(best, (position) => ({ position, score: scores.get(table.ids[position]) ?? 0 })).sort(
			(a, b) => tier[b.position] - tier[a.position] || b.score - a.score || index.newestRank[a.position] - index.newestRank[b.position]
		);
	}
	for (let at = Math.max(window, search.offset); at < Math.min(end, hits.length); at++) ordered[at] = { position: hits[at], score: 0 };
	const page = ordered.slice(search.offset, end).filter(Boolean);
	const rows = await queries.pageRowsByIds(
		db,
		search.text,
		page.map((entry) => ({ id: table.ids[entry.position], tier: branches === 0 ? 0 : tier[entry.position], score: entry.score }))
	);
	return { total: hits.length, rows, facets: counts };
}

/** The search filters as the table's fields (topics compared in lower case, as stored). */
function facetFilters(filters: ResourceFilters) {
	return {
		type: filters.type,
		language: filters.language,
		category: filters.category,
		country: filters.country,
		region: filters.region,
		year: filters.year,
		publisher: filters.publisher,
		topic: filters.topic.map((topic) => topic.toLowerCase())
	};
}
