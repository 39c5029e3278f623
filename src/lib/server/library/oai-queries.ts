/**
 * SQL behind the OAI-PMH interface: published records in datestamp order, read in
 * keyset pages. Rows in, rows out; the caller owns the transaction.
 */
import { sql, type SelectQueryBuilder } from 'kysely';
import type { DB, Database } from '../db';

/** What a harvester may ask for: a datestamp window and at most one set. */
export interface OaiRecordFilter {
	/** Inclusive lower bound (ISO 8601, UTC). */
	from?: string;
	/** Exclusive upper bound (ISO 8601, UTC): `until` plus one granule. */
	untilExclusive?: string;
	/** Inclusive upper bound fixed when a harvest starts, so that its pages stay stable. */
	snapshot: string;
	set?: { kind: 'type' | 'category'; code?: string };
}

/** The last record of a page: the next page starts strictly after it. */
export interface OaiKeysetCursor {
	/** Datestamp with microseconds, as returned in `datestamp_exact`. */
	datestamp: string;
	id: string;
}

export interface OaiRecordRow {
	id: string;
	slug: string;
	title: string;
	abstract: string;
	language: string;
	type: string;
	categories: string[];
	topics: string[];
	countries: string[];
	publisher_name: string;
	authors: string[];
	year: number | null;
	url: string;
	doi: string;
	licence: string;
	/** Datestamp to the microsecond, ISO 8601 in UTC (`2025-01-31T10:00:00.123456Z`). */
	datestamp_exact: string;
}

/**
 * A record's OAI datestamp: its last change. Publication through review may not touch
 * updated_at, so the later of the two counts.
 */
const datestamp = sql<Date>`greatest(resource.updated_at, resource.published_at)`;

const exactDatestamp = sql<string>`to_char(${datestamp} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

function publishedResources(db: DB) {
	return db.selectFrom('resource').where('resource.status', '=', 'published');
}

/** Narrows a query of published records to what the filter asks for. */
function withOaiFilter<O>(query: SelectQueryBuilder<Database, 'resource', O>, filter: OaiRecordFilter) {
	let narrowed = query.where(sql<boolean>`${datestamp} <= ${filter.snapshot}::timestamptz`);
	if (filter.from) narrowed = narrowed.where(sql<boolean>`${datestamp} >= ${filter.from}::timestamptz`);
	if (filter.untilExclusive) narrowed = narrowed.where(sql<boolean>`${datestamp} < ${filter.untilExclusive}::timestamptz`);
	const set = filter.set;
	if (set?.kind === 'type' && set.code) narrowed = narrowed.where('resource.type', '=', set.code);
	if (set?.kind === 'category') {
		narrowed = set.code
			? narrowed.where(sql<boolean>`${set.code} = any(resource.categories)`)
			: narrowed.where(sql<boolean>`cardinality(resource.categories) > 0`);
	}
	return narrowed;
}

/** Number of published records the filter selects. */
export async function countOaiRecords(db: DB, filter: OaiRecordFilter): Promise<number> {
	const row = await withOaiFilter(publishedResources(db), filter)
		.select((eb) => eb.fn.countAll<string>().as('count'))
		.executeTakeFirstOrThrow();
	return Number(row.count);
}

const RECORD_COLUMNS = [
	'resource.id',
	'resource.slug',
	'resource.title',
	'resource.abstract',
	'resource.language',
	'resource.type',
	'resource.categories',
	'resource.topics',
	'resource.countries',
	'resource.publisher_name',
	'resource.authors',
	'resource.year',
	'resource.url',
	'resource.doi',
	'resource.licence'
] as const;

/** One page of published records in (datestamp, id) order, after the cursor when given. */
export async function listOaiRecords(db: DB, filter: OaiRecordFilter, after: OaiKeysetCursor | null, limit: number): Promise<OaiRecordRow[]> {
	let query = withOaiFilter(publishedResources(db), filter);
	if (after) query = query.where(sql<boolean>`(${datestamp}, resource.id) > (${after.datestamp}::timestamptz, ${after.id}::uuid)`);
	return query
		.select([...RECORD_COLUMNS, exactDatestamp.as('datestamp_exact')])
		.orderBy(datestamp)
		.orderBy('resource.id')
		.limit(limit)
		.execute();
}

/** The published record with this id (a valid UUID), if any. */
export async function findOaiRecord(db: DB, id: string): Promise<OaiRecordRow | undefined> {
	return publishedResources(db)
		.where('resource.id', '=', id)
		.select([...RECORD_COLUMNS, exactDatestamp.as('datestamp_exact')])
		.executeTakeFirst();
}

/** The oldest datestamp of a published record (ISO 8601 with microseconds), or null when there is none. */
export async function earliestOaiDatestamp(db: DB): Promise<string | null> {
	const row = await publishedResources(db)
		.select(sql<string | null>`to_char(min(${datestamp}) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('earliest'))
		.executeTakeFirst();
	return row?.earliest ?? null;
}
