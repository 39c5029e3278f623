/**
 * The directory's side index: every published actor's facet columns (type, country,
 * region, languages, categories, target groups) in an in-memory column store, by name
 * order as the database sorts it (`order by name, id`, so its collation decides), so that
 * filters, the six facet counts and the browse order cost milliseconds at 50,000 actors
 * instead of scans of the actor table (docs/decisions/0006-search-side-index.md). The
 * database still matches and ranks words (actor_search, ts_rank_cd), corrects typos and
 * reads the page rows; answers are the same as the SQL path's (directory-queries.ts),
 * which tests/integration/directory-index.test.ts checks on both engines.
 *
 * An index is built for one value of `actor_directory_state.version` (bumped by every
 * statement that writes actor, migration 20261125T1400; every facet column, the status
 * and the name live in actor, and actor_search is written by a trigger on actor) and used
 * only while that value holds, so a write by any process is seen at the next request:
 * until the new index is ready, searches take the SQL path. Small directories are
 * indexed on the spot.
 */
import { sql } from 'kysely';
import type { DB } from '../db';
import type { ActorRow } from '../db/schema';
import { buildFacetTable, filterAndCount, positionsOf, type FacetTable } from '../search/facet-table';
import { readAtOneVersion, VersionedIndexes } from '../search/versioned-index';
import * as queries from './directory-queries';
import type { DirectoryWhere, FacetCountRow, FacetName } from './directory-queries';

const FIELDS = {
	type: 'one',
	country: 'one',
	region: 'one',
	language: 'many',
	category: 'many',
	targetGroup: 'many'
} as const satisfies Record<FacetName, 'one' | 'many'>;

const FACETS: FacetName[] = ['type', 'country', 'region', 'language', 'category', 'targetGroup'];

export interface DirectoryIndex {
	version: string;
	/** Published actors indexed. */
	size: number;
	/** Positions follow `order by name, id` of the published actors. */
	table: FacetTable<FacetName>;
	buildMs: number;
}

/** Actors read per statement while building (keeps each statement short, so other requests are not held up). */
const BUILD_BATCH = 5000;
/** Up to this many published actors, a stale index is rebuilt before answering; above, in the background. */
export const SYNC_BUILD_LIMIT = 5000;

interface SourceRow {
	id: string;
	name: string;
	type: string;
	country: string | null;
	region: string | null;
	languages: string[];
	categories: string[];
	target_groups: string[];
}

/** One batch of published actors in name order, after the (name, id) key `after` (keyset on actor_name_idx). */
async function sourceRows(db: DB, after: { name: string; id: string } | null, limit: number): Promise<SourceRow[]> {
	const from = after ? sql`and (a.name, a.id) > (${after.name}, ${after.id}::uuid)` : sql``;
	const result = await sql<SourceRow>`
		select a.id, a.name, a.type, a.country, a.region, a.languages, a.categories, a.target_groups
		from actor a where a.status = 'published' ${from}
		order by a.name, a.id limit ${limit}`.execute(db);
	return result.rows;
}

/** Reads every published actor (in batches, by name) and builds the index; null when a write happened meanwhile. */
export async function buildDirectoryIndex(db: DB): Promise<DirectoryIndex | null> {
	const started = performance.now();
	const rows: Omit<SourceRow, 'name'>[] = [];
	const version = await readAtOneVersion<SourceRow>(
		() => queries.selectDirectoryVersion(db),
		(after) => sourceRows(db, after, BUILD_BATCH),
		BUILD_BATCH,
		(batch) => {
			for (const { name: _name, ...row } of batch) rows.push(row);
		}
	);
	if (version === null) return null;
	const table = buildFacetTable(
		rows.map((row) => ({
			id: row.id,
			type: row.type,
			country: row.country,
			region: row.region,
			language: row.languages,
			category: row.categories,
			targetGroup: row.target_groups
		})),
		FIELDS
	);
	return { version, size: table.size, table, buildMs: performance.now() - started };
}

/**
 * The directory's indexes, one per database: `fresh(db)` is the index of the current
 * version, or null inside a transaction or while a stale index is rebuilt (the caller
 * then takes the SQL path); rebuilds are awaited for small directories, in the
 * background for large ones (search/versioned-index.ts).
 */
export const directoryIndexes = new VersionedIndexes<DirectoryIndex>({
	name: 'directory search index',
	version: queries.selectDirectoryVersion,
	build: buildDirectoryIndex,
	count: async (db) => Number((await sql<{ count: string | number }>`select count(*) as count from actor where status = 'published'`.execute(db)).rows[0]?.count ?? 0),
	syncLimit: SYNC_BUILD_LIMIT
});

function filtersOf(where: DirectoryWhere) {
	return {
		type: where.type,
		country: where.country,
		region: where.region,
		language: where.language,
		category: where.category,
		targetGroup: where.targetGroup
	};
}

export const directoryIndexSettings = {
	/** Up to this many actors passing the filters, a text search looks up only them (by key) instead of ranking every match (tests set 0 to compare both ways). */
	restrictedTextLimit: 3000
};

/**
 * The candidates of a search, as table positions in the list's order: every actor by name
 * without words; with words, the actors the database's full-text match returns, best
 * rank first, then by name (the SQL path's `ts_rank_cd desc, a.name, a.id`). With
 * selective filters, only the actors passing them are matched.
 */
async function candidatesOf(db: DB, index: DirectoryIndex, where: DirectoryWhere, byRank: boolean): Promise<Int32Array | null> {
	if (!where.q) return null;
	const { table } = index;
	const filters = filtersOf(where);
	const filtered = Object.values(filters).some((values) => values.length > 0) ? filterAndCount(table, null, filters, [], false).hits : null;
	if (filtered && filtered.length === 0) return filtered;
	const among = filtered && filtered.length <= directoryIndexSettings.restrictedTextLimit ? Array.from(filtered, (position) => table.ids[position]) : null;
	const matches = await queries.selectTextMatchRanks(db, where, among);
	// Ids unknown to the table (unpublished actors) are left out.
	const positions = positionsOf(
		table,
		matches.map((match) => match.id)
	);
	if (!byRank) return positions.sort();
	const rankOf = new Float64Array(table.size);
	for (const match of matches) {
		const position = table.positionOf.get(match.id);
		if (position !== undefined) rankOf[position] = match.rank;
	}
	return positions.sort((a, b) => rankOf[b] - rankOf[a] || a - b);
}

/**
 * A page of the directory and its facet counts (over the whole matching set, each facet
 * counted over the actors passing every filter), answered from the index: the same rows,
 * order and counts as the SQL path.
 */
export async function directoryPageFromIndex(
	db: DB,
	index: DirectoryIndex,
	where: DirectoryWhere,
	limit: number,
	offset: number
): Promise<{ rows: ActorRow[]; counts: FacetCountRow[]; total: number }> {
	const { table } = index;
	const candidates = await candidatesOf(db, index, where, true);
	const { hits, counts } = filterAndCount(table, candidates, filtersOf(where), FACETS, false);
	const pageIds = Array.from(hits.subarray(offset, offset + limit), (position) => table.ids[position]);
	// A record unpublished since the index was built is left out rather than shown.
	return { rows: (await queries.selectActorsByIds(db, pageIds)).filter((row) => row.status === 'published'), counts, total: hits.length };
}

/** Ids of every matching actor by name (at most `limit`), answered from the index (the map's set). */
export async function directoryIdsFromIndex(db: DB, index: DirectoryIndex, where: DirectoryWhere, limit: number): Promise<string[]> {
	const { table } = index;
	const candidates = await candidatesOf(db, index, where, false);
	const { hits } = filterAndCount(table, candidates, filtersOf(where), [], false);
	return Array.from(hits.subarray(0, limit), (position) => table.ids[position]);
}
