/**
 * SQL of resource imports and exports. Rows in, rows out; the caller owns the transaction.
 *
 * The import asks, once per file, which of its records the library already holds (by
 * DOI, address, folded title + year, or source id, each within one language), so that
 * rows known to be new skip the per-row duplicate lookups of upsertResource. The title
 * fold is the one of library/queries.ts (foldedTitle), applied in SQL to both sides so
 * both engines fold identically; keep the two in step.
 */
import { sql, type Expression } from 'kysely';
import type { DB } from '../db';
import type { ResourceRow } from '../db/schema';
import type { ResourceFilters } from './search-queries';

function foldedTitle(title: Expression<string>) {
	return sql<string>`btrim(regexp_replace(lower(unaccent(${title})), '[^[:alnum:]]+', ' ', 'g'))`;
}

/** The folded form of each title, in the same order. */
export async function foldTitles(db: DB, titles: string[]): Promise<string[]> {
	if (titles.length === 0) return [];
	const result = await sql<{ folded: string }>`
		select ${foldedTitle(sql.ref('t.title'))} as folded
		from unnest(${titles}::text[]) with ordinality as t(title, n)
		order by t.n`.execute(db);
	return result.rows.map((row) => row.folded);
}

export interface StoredMatchKeys {
	/** "doi|language" (DOI lower case). */
	dois: Set<string>;
	/** "url|language". */
	urls: Set<string>;
	/** "folded title|year or ''|language". */
	titles: Set<string>;
	/** extra.sourceId values. */
	sourceIds: Set<string>;
}

/** Which of the given keys some stored record already has (any status). */
export async function storedMatchKeys(
	db: DB,
	wanted: { dois: string[]; urls: string[]; foldedTitles: string[]; sourceIds: string[] }
): Promise<StoredMatchKeys> {
	const keys: StoredMatchKeys = { dois: new Set(), urls: new Set(), titles: new Set(), sourceIds: new Set() };
	if (wanted.dois.length) {
		const rows = await sql<{ doi: string; language: string }>`
			select lower(doi) as doi, language from resource where lower(doi) = any(${wanted.dois}::text[])`.execute(db);
		for (const row of rows.rows) keys.dois.add(`${row.doi}|${row.language}`);
	}
	if (wanted.urls.length) {
		const rows = await sql<{ url: string; language: string }>`
			select url, language from resource where url = any(${wanted.urls}::text[])`.execute(db);
		for (const row of rows.rows) keys.urls.add(`${row.url}|${row.language}`);
	}
	if (wanted.foldedTitles.length) {
		const rows = await sql<{ folded: string; year: number | null; language: string }>`
			select folded, year, language from (
				select ${foldedTitle(sql.ref('title'))} as folded, year, language from resource
			) as stored
			where folded = any(${[...new Set(wanted.foldedTitles)]}::text[])`.execute(db);
		for (const row of rows.rows) keys.titles.add(`${row.folded}|${row.year ?? ''}|${row.language}`);
	}
	if (wanted.sourceIds.length) {
		const rows = await sql<{ source_id: string }>`
			select extra ->> 'sourceId' as source_id from resource where extra ->> 'sourceId' = any(${wanted.sourceIds}::text[])`.execute(db);
		for (const row of rows.rows) keys.sourceIds.add(row.source_id);
	}
	return keys;
}

/**
 * Slug of the one actor whose name or other name is each given name (case ignored);
 * names that match no actor, or several, are absent from the map (keys in lower case).
 */
export async function publisherSlugsByName(db: DB, names: string[]): Promise<Map<string, string>> {
	const lower = [...new Set(names.map((name) => name.trim().toLowerCase()).filter(Boolean))];
	const found = new Map<string, string>();
	if (lower.length === 0) return found;
	const result = await sql<{ name: string; slug: string }>`
		select wanted.name, min(actor.slug) as slug
		from unnest(${lower}::text[]) as wanted(name)
		join actor on lower(actor.name) = wanted.name
			or wanted.name = any (select lower(other) from unnest(actor.other_names) as other)
		group by wanted.name
		having count(distinct actor.id) = 1`.execute(db);
	for (const row of result.rows) found.set(row.name, row.slug);
	return found;
}

export interface ExportRow {
	id: string;
	slug: string;
	title: string;
	abstract: string;
	language: string;
	type: string;
	categories: string[];
	topics: string[];
	target_groups: string[];
	countries: string[];
	year: number | null;
	publisher_name: string;
	authors: string[];
	url: string;
	doi: string;
	licence: string;
}

const EXPORT_COLUMNS = ['id', 'slug', 'title', 'abstract', 'language', 'type', 'categories', 'topics', 'target_groups', 'countries', 'year', 'publisher_name', 'authors', 'url', 'doi', 'licence'] as const;

/**
 * Published records matching the filters (codes, as library search normalises them),
 * newest first, at most `limit`.
 */
export async function listResourcesForExport(db: DB, filters: ResourceFilters, limit: number): Promise<ExportRow[]> {
	let query = db.selectFrom('resource').select(EXPORT_COLUMNS).where('status', '=', 'published');
	if (filters.language.length) query = query.where('language', 'in', filters.language);
	if (filters.type.length) query = query.where('type', 'in', filters.type);
	if (filters.category.length) query = query.where(sql<boolean>`categories && ${filters.category}::text[]`);
	if (filters.country.length) query = query.where(sql<boolean>`countries && ${filters.country}::text[]`);
	if (filters.region.length) query = query.where(sql<boolean>`regions && ${filters.region}::text[]`);
	if (filters.year.length) query = query.where('year', 'in', filters.year);
	if (filters.publisher.length) query = query.where('publisher_name', 'in', filters.publisher);
	if (filters.topic.length) {
		const topics = filters.topic.map((topic) => topic.toLowerCase());
		query = query.where(sql<boolean>`exists (select 1 from unnest(topics) as topic where lower(topic) = any(${topics}::text[]))`);
	}
	return query.orderBy('published_at', 'desc').orderBy('title').limit(limit).execute() as Promise<ExportRow[]>;
}

/** Published records with these ids, in the order given. */
export async function listResourcesByIds(db: DB, ids: string[]): Promise<ExportRow[]> {
	if (ids.length === 0) return [];
	const rows = (await db.selectFrom('resource').select(EXPORT_COLUMNS).where('status', '=', 'published').where('id', 'in', ids).execute()) as ExportRow[];
	const byId = new Map(rows.map((row) => [row.id, row]));
	return ids.map((id) => byId.get(id)).filter((row): row is ExportRow => !!row);
}

/**
 * The stored records a chunk of imported rows may match, in one query: those with one
 * of the DOIs (lower case), addresses, folded titles or source ids given, any language
 * (the caller compares languages and years), each with its folded title.
 */
export async function selectMatchCandidates(
	db: DB,
	wanted: { dois: string[]; urls: string[]; foldedTitles: string[]; sourceIds: string[] }
): Promise<(ResourceRow & { folded_title: string })[]> {
	const result = await sql<ResourceRow & { folded_title: string }>`
		select * from (
			select r.*, ${foldedTitle(sql.ref('r.title'))} as folded_title from resource as r
		) as stored
		where lower(doi) = any(${wanted.dois}::text[])
			or url = any(${wanted.urls}::text[])
			or folded_title = any(${[...new Set(wanted.foldedTitles)]}::text[])
			or extra ->> 'sourceId' = any(${wanted.sourceIds}::text[])
		order by created_at, id`.execute(db);
	return result.rows;
}
