/**
 * The actor directory: full-text and typo-tolerant search over names, other names,
 * cities and descriptions, six combinable facets with counts and labels, pages. The
 * list page, `GET /api/v1/actors`, the export and the map all filter through
 * `ActorFilters` and `searchActors`, so they always show the same set.
 */
import { z } from 'zod';
import type { DB } from '../db';
import { lookup, type VocabularyName } from '../vocab';
import { validateInput } from './service';
import { repeatableParam, wholeNumberParam } from '../api/query-fields';
import * as queries from './directory-queries';
import type { FacetName } from './directory-queries';
import type { ActorRow } from '../db/schema';
import { directoryIdsFromIndex, directoryIndexes, directoryPageFromIndex } from './directory-index';
import { toDirectoryActor, toLocale, vocabLabel, type DirectoryActor, type Viewer } from './present';


/** Filters of the directory (query parameters of `/actors` and `GET /api/v1/actors`). */
export const ActorFilters = z.object({
	q: z
		.string()
		.optional()
		.transform((value) => (value ?? '').trim())
		.pipe(z.string().max(200, 'at most 200 characters')),
	type: repeatableParam,
	country: repeatableParam,
	region: repeatableParam,
	language: repeatableParam,
	category: repeatableParam,
	targetGroup: repeatableParam,
	page: wholeNumberParam(1, 10_000),
	perPage: wholeNumberParam(20, 100)
});
export type ActorFilters = z.output<typeof ActorFilters>;
export type ActorFiltersInput = z.input<typeof ActorFilters>;

export const FACET_NAMES: FacetName[] = ['type', 'country', 'region', 'language', 'category', 'targetGroup'];

const FACET_VOCAB: Record<FacetName, VocabularyName> = {
	type: 'actor-type',
	country: 'country',
	region: 'ilo-region',
	language: 'language',
	category: 'skills-category',
	targetGroup: 'target-group'
};

const QUERY_CONFIG: Record<string, string> = { en: 'english', es: 'spanish', fr: 'french', pt: 'portuguese' };

export interface FacetValue {
	value: string;
	label: string;
	count: number;
}

export interface DirectoryResult {
	items: DirectoryActor[];
	total: number;
	page: number;
	perPage: number;
	facets: Record<FacetName, FacetValue[]>;
	/** The filters as understood (codes), for forms and links. */
	filters: ActorFilters;
	/** The corrected words when the words as typed found nothing (typo tolerance), else null. */
	correctedQuery: string | null;
}

export interface SearchOptions {
	locale?: string;
	/** Not used for filtering today (only published actors are listed); kept for the one access rule. */
	viewer?: Viewer;
	/** Keep facet counts in memory per directory version (default true; benchmarks turn it off). */
	facetCache?: boolean;
	/** Answer filters, counts and order from the in-memory side index when it is ready (default true; tests and benchmarks compare both paths). */
	index?: boolean;
}

/** Parses raw filters (URL parameters or an object); invalid input throws invalid_input. */
export function parseActorFilters(input: unknown): ActorFilters {
	return validateInput(ActorFilters, input);
}

/** The filters of a URL's query string. */
export function actorFiltersFromUrl(url: URL): ActorFilters {
	const raw: Record<string, string | string[]> = {};
	for (const key of new Set(url.searchParams.keys())) raw[key] = url.searchParams.getAll(key);
	raw.q = url.searchParams.get('q') ?? '';
	if (url.searchParams.has('page')) raw.page = url.searchParams.get('page')!;
	if (url.searchParams.has('perPage')) raw.perPage = url.searchParams.get('perPage')!;
	const known = Object.fromEntries(Object.entries(raw).filter(([key]) => key in ActorFilters.shape));
	return parseActorFilters(known);
}

/** Codes of the filter values: labels and aliases in any language are accepted ("Senegal", "EL"). */
function toCodes(facet: FacetName, values: string[]): string[] {
	return [...new Set(values.map((value) => lookup(FACET_VOCAB[facet], value)?.code ?? value))];
}

/** Search words as the index holds them: lower case, without accents. */
export function normaliseQuery(text: string): string {
	return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/**
 * The normalised WHERE of a set of filters (shared with the map). Words are matched by
 * full text; when nothing matches, each word is replaced by the most similar word of the
 * actors' names (trigram similarity), so a typo still finds the organisation.
 */
export async function resolveDirectoryWhere(db: DB, filters: ActorFilters, locale?: string): Promise<queries.DirectoryWhere> {
	const where = directoryWhere(filters, locale);
	if (!where.q || (await queries.hasFullTextMatch(db, where.q, where.queryConfig))) return where;
	const words = where.q.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
	const corrected: string[] = [];
	for (const word of words.slice(0, 8)) corrected.push(word.length >= 3 ? ((await queries.closestNameWord(db, word)) ?? word) : word);
	return { ...where, q: corrected.join(' '), textMode: 'fuzzy' };
}

/** The WHERE of a set of filters before the full-text/fuzzy choice (full text). */
export function directoryWhere(filters: ActorFilters, locale?: string): queries.DirectoryWhere {
	return {
		q: normaliseQuery(filters.q),
		textMode: 'fulltext',
		queryConfig: QUERY_CONFIG[toLocale(locale)] ?? 'simple',
		type: toCodes('type', filters.type),
		country: toCodes('country', filters.country),
		region: toCodes('region', filters.region),
		language: toCodes('language', filters.language),
		category: toCodes('category', filters.category),
		targetGroup: toCodes('targetGroup', filters.targetGroup)
	};
}

/**
 * One page of published actors matching the filters, with facet counts over the whole
 * matching set; labels in `locale`. Anyone may search: only published actors are listed
 * and directory entries never carry a contact person.
 */
export async function searchActors(db: DB, input: ActorFiltersInput | ActorFilters, options: SearchOptions = {}): Promise<DirectoryResult> {
	const filters = parseActorFilters(input);
	const locale = toLocale(options.locale);
	const where = await resolveDirectoryWhere(db, filters, locale);
	const offset = (filters.page - 1) * filters.perPage;
	// The side index answers when it is ready for the current directory version (never
	// inside a transaction); otherwise the SQL path, with its facet cache.
	const index = options.index === false ? null : await directoryIndexes.fresh(db);
	const [rows, counts] = index
		? await directoryPageFromIndex(db, index, where, filters.perPage, offset).then((page) => [page.rows, page.counts] as const)
		: await pageAndFacetCounts(db, where, filters.perPage, offset, options.facetCache !== false);
	const facets = Object.fromEntries(FACET_NAMES.map((name) => [name, [] as FacetValue[]])) as Record<FacetName, FacetValue[]>;
	for (const row of counts) facets[row.facet].push({ value: row.value, label: vocabLabel(FACET_VOCAB[row.facet], row.value, locale), count: row.count });
	for (const name of FACET_NAMES) facets[name].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, locale));
	// Every actor has exactly one type, so the type counts add up to the matching set.
	const total = facets.type.reduce((sum, entry) => sum + entry.count, 0);
	return {
		items: rows.map((row) => toDirectoryActor(row, locale)),
		total,
		page: filters.page,
		perPage: filters.perPage,
		facets,
		filters: { ...filters, ...pickCodes(where) },
		correctedQuery: where.textMode === 'fuzzy' ? where.q : null
	};
}

// Facet counts per directory version and filters. The version is a counter in the
// database bumped by every write to actor, so a cache entry is never served stale,
// whichever process made the write.
const FACET_CACHE_SIZE = 300;
const facetCaches = new WeakMap<DB, { version: string; entries: Map<string, queries.FacetCountRow[]> }>();

/**
 * The page and the facet counts of a search. Cached counts leave only the page to read;
 * a text search reads both from one pass over its matches; otherwise the two reads are
 * independent (a PostgreSQL pool runs them side by side, PGlite one after the other).
 */
async function pageAndFacetCounts(
	db: DB,
	where: queries.DirectoryWhere,
	limit: number,
	offset: number,
	useCache: boolean
): Promise<[ActorRow[], queries.FacetCountRow[]]> {
	const cache = useCache && !db.isTransaction ? await facetCacheOf(db) : null;
	const key = JSON.stringify(where);
	const cached = cache?.entries.get(key);
	if (cached) return [await queries.selectDirectoryPage(db, where, limit, offset), cached];
	const [rows, counts] = where.q
		? await queries.selectTextPageAndFacetCounts(db, where, limit, offset).then((result) => [result.rows, result.counts] as const)
		: await Promise.all([queries.selectDirectoryPage(db, where, limit, offset), queries.selectFacetCounts(db, where)]);
	if (cache) {
		if (cache.entries.size >= FACET_CACHE_SIZE) cache.entries.delete(cache.entries.keys().next().value!);
		cache.entries.set(key, counts);
	}
	return [rows, counts];
}

/** The facet cache of the current directory version (emptied when the version moved on). */
async function facetCacheOf(db: DB) {
	const version = await queries.selectDirectoryVersion(db);
	let cache = facetCaches.get(db);
	if (!cache || cache.version !== version) {
		cache = { version, entries: new Map() };
		facetCaches.set(db, cache);
	}
	return cache;
}

/** Ids of every actor matching the filters (at most `limit`), for the map and exports. */
export async function matchingActorIds(
	db: DB,
	input: ActorFiltersInput | ActorFilters,
	options: { locale?: string; limit?: number; index?: boolean } = {}
): Promise<string[]> {
	const filters = parseActorFilters(input);
	const where = await resolveDirectoryWhere(db, filters, options.locale);
	const index = options.index === false ? null : await directoryIndexes.fresh(db);
	const limit = options.limit ?? 100_000;
	return index ? directoryIdsFromIndex(db, index, where, limit) : queries.selectDirectoryIds(db, where, limit);
}

/** Whole rows of every published actor matching the filters, by name (exports). */
export async function actorRowsMatching(db: DB, input: ActorFiltersInput | ActorFilters, options: { locale?: string; limit?: number } = {}) {
	const filters = parseActorFilters(input);
	return queries.selectDirectoryRows(db, await resolveDirectoryWhere(db, filters, options.locale), options.limit ?? 1_000_000);
}

function pickCodes(where: queries.DirectoryWhere) {
	const { type, country, region, language, category, targetGroup } = where;
	return { type, country, region, language, category, targetGroup };
}

/** The query string of a set of filters (page omitted when 1), for links and exports. */
export function filtersToSearchParams(filters: Partial<ActorFilters>, extra: Record<string, string> = {}): URLSearchParams {
	const params = new URLSearchParams();
	if (filters.q) params.set('q', filters.q);
	for (const name of FACET_NAMES) for (const value of filters[name] ?? []) params.append(name, value);
	if (filters.page && filters.page > 1) params.set('page', String(filters.page));
	if (filters.perPage && filters.perPage !== 20) params.set('perPage', String(filters.perPage));
	for (const [key, value] of Object.entries(extra)) params.set(key, value);
	return params;
}
