/**
 * Library search and the resource record as visitors see it: validates the query,
 * turns words into concepts of the vocabularies (so a Spanish query reaches English
 * records about the same thing), asks search-queries.ts, and presents the answer.
 *
 * Also owns the concepts found in each record's text (refreshResourceConcepts): call it
 * after writing records (imports, reviews); the server calls it at start.
 */
import { z } from 'zod';
import type { DB } from '../db';
import { validate } from '../api/http';
import { invalidInput, notFound } from '../errors';
import { findConceptsInText, lookup, type Locale, type VocabularyName } from '../vocab';
import { looseToken, normalizedTokens } from '../vocab/normalize';
import { LOCALES } from '../vocab/types';
import type { SessionUser } from '../../domain/user';
import { canEditResource, canViewResource } from './review-access';
import * as queries from './search-queries';
import * as textConcepts from './text-concept-queries';
import * as recordQueries from './record-queries';
import { libraryIndexes, searchResourcePageFromIndex, wordFactsFromIndex, type LibraryIndex } from './search-index';
import { FACET_NAMES, type FacetName, type ResourceFilters, type ResourceMatch } from './search-queries';
import { facetLabel, presentFacets, toListItem, toResourceDetail, toResourceLink, type Facets, type ResourceDetail, type ResourceListItem } from './present';

/** At most this many candidates are ranked with ts_rank_cd (the rest follow in their cheap pre-order). */
export const RANK_WINDOW = 1000;

const text = (max: number) => z.string().trim().min(1).max(max);

/** A query parameter that may be repeated (`?type=a&type=b`); always a list after parsing. */
function repeatable<T extends z.ZodType<string>>(item: T, description: string) {
	return z
		.union([item, z.array(item).max(50, 'at most 50 values')])
		.optional()
		.transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
		.describe(description);
}

/** GET /api/v1/resources and the library page. */
export const ResourceSearchQuery = z.object({
	q: z.string().trim().max(200, 'at most 200 characters').default('').describe('Words to find, in any language; "quotes" for a phrase, -word to exclude.'),
	lang: repeatable(text(20), 'Language of the record (en, es, fr, pt…); repeat for several.'),
	type: repeatable(text(100), 'Resource type code (vocabulary resource-type) or label.'),
	category: repeatable(text(100), 'Skills category code (vocabulary skills-category) or label.'),
	topic: repeatable(text(200), 'Subject heading as written on the record (case ignored).'),
	country: repeatable(text(100), 'Country: ISO 3166 code or name.'),
	region: repeatable(text(100), 'ILO region code (vocabulary ilo-region) or label.'),
	year: repeatable(z.string().trim().regex(/^\d{4}$/, 'a year such as 2020'), 'Year of publication.'),
	publisher: repeatable(text(300), 'Publisher as written on the record.'),
	sort: z.enum(['relevance', 'newest']).optional().describe('Default: relevance with q, newest without.'),
	page: z.coerce.number().int('a whole number').min(1).max(10_000).default(1).describe('Page of results, from 1.'),
	perPage: z.coerce.number().int('a whole number').min(1).max(100, 'at most 100').default(20).describe('Results per page, 1 to 100 (default 20).'),
	locale: z.enum(LOCALES).optional().describe('Language of facet labels (default: Accept-Language, else en).'),
	facets: z.enum(['true', 'false']).default('true').describe('false leaves the facet counts out (faster).')
});
export type ResourceSearchQueryInput = z.input<typeof ResourceSearchQuery>;

export interface ResourceSearchResult {
	items: ResourceListItem[];
	total: number;
	page: number;
	perPage: number;
	facets: Facets;
	/** The query as understood. */
	q: string;
	sort: 'relevance' | 'newest';
	/** Concepts the query names, through which records in other languages were reached. */
	queryConcepts: { code: string; label: string }[];
	/** A nearby query when nothing matched ("Did you mean …"), else null. */
	suggestion: string | null;
	/** The query with its unknown words corrected (typo tolerance), when records were found that way; else null. */
	correctedQuery: string | null;
}

const FILTER_VOCABULARY: Partial<Record<FacetName, VocabularyName>> = {
	type: 'resource-type',
	language: 'language',
	category: 'skills-category',
	country: 'country',
	region: 'ilo-region'
};

/** Vocabulary values given as code or label in any language become codes; unknown ones are invalid_input. */
export function normalizeFilters(query: z.output<typeof ResourceSearchQuery>): ResourceFilters {
	const codes = (facet: FacetName, field: string, values: string[]) =>
		values.map((value) => {
			const concept = lookup(FILTER_VOCABULARY[facet]!, value);
			if (!concept) throw invalidInput(`${field}: unknown value "${value}".`, { [field]: `unknown value "${value}"` });
			return concept.code;
		});
	return {
		type: codes('type', 'type', query.type),
		language: codes('language', 'lang', query.lang),
		category: codes('category', 'category', query.category),
		country: codes('country', 'country', query.country),
		region: codes('region', 'region', query.region),
		year: query.year.map(Number),
		publisher: query.publisher,
		topic: query.topic
	};
}

const conceptCode = (vocab: string, code: string) => `${vocab}:${code}`;

/** Concept codes ('skills-category:1') that a free text names, in any of the four languages. */
export function textConceptCodes(text: string): string[] {
	return [...new Set(findConceptsInText(text).map((mention) => conceptCode(mention.vocab, mention.code)))].sort();
}

/**
 * How a query reaches records: its text (every language's stemming), its words against
 * titles with typos forgiven, and the concepts it names. A concept-only match must still
 * contain the query's other words (`conceptRemainder`), so "aprendizaje dual Portugal"
 * reaches English work-based-learning records about Portugal, not all of them.
 */
export function queryMatch(q: string): ResourceMatch {
	if (!q) return { text: null, typo: null, corrected: null, concepts: [], conceptRemainder: null };
	const folded = normalizedTokens(q).join(' ');
	const mentions = findConceptsInText(q);
	const tokens = normalizedTokens(q);
	const used = new Array<boolean>(tokens.length).fill(false);
	const loose = tokens.map(looseToken);
	for (const mention of mentions) {
		const phrase = normalizedTokens(mention.matched).map(looseToken);
		for (let start = 0; start + phrase.length <= loose.length; start++) {
			if (phrase.every((token, offset) => loose[start + offset] === token)) {
				for (let offset = 0; offset < phrase.length; offset++) used[start + offset] = true;
				break;
			}
		}
	}
	const remainder = tokens.filter((_, index) => !used[index]);
	const typoAllowed = folded.length >= 4 && folded.length <= 80 && !/["]/.test(q);
	return {
		text: q,
		typo: typoAllowed ? folded : null,
		corrected: null,
		concepts: [...new Set(mentions.map((mention) => conceptCode(mention.vocab, mention.code)))],
		conceptRemainder: remainder.length ? remainder.join(' ') : null
	};
}

/** A word of the query: a stop word in some language or not, found in some published record or not. */
export type WordFact = Awaited<ReturnType<typeof queries.wordFacts>>[number];

/**
 * queryMatch() completed with what the database knows of the query's words: a concept
 * match need not contain stop words, and titles are searched with typos forgiven only
 * when some meaningful word of the query is found in no record at all.
 */
export async function resolveQueryMatch(
	db: DB,
	q: string,
	index: LibraryIndex | null = null,
	tsqueries: Map<string, string> = new Map(),
	nearest: Map<string, string | null> = new Map()
): Promise<{ match: ResourceMatch; words: WordFact[] }> {
	const match = queryMatch(q);
	if (!q) return { match, words: [] };
	const unique = [...new Set(normalizedTokens(q))].slice(0, 12);
	const words = (index ? await wordFactsFromIndex(db, index, unique, q, tsqueries) : null) ?? (await queries.wordFacts(db, unique));
	const meaningful = new Set(words.filter((word) => word.meaningful).map((word) => word.word));
	if (match.conceptRemainder) match.conceptRemainder = match.conceptRemainder.split(' ').filter((word) => meaningful.has(word)).join(' ') || null;
	if (!words.some((word) => word.meaningful && !word.indexed && word.word.length >= 4)) match.typo = null;
	match.corrected = match.typo ? await correctedQuery(db, match.typo, words, nearest) : null;
	return { match, words };
}

/**
 * Typo tolerance: the folded query with every unknown meaningful word replaced by the
 * nearest word of a published title (trigram similarity), searched like any query. Null
 * when some unknown word has no near title word (then nothing can be forgiven).
 */
async function correctedQuery(db: DB, folded: string, words: WordFact[], known: Map<string, string | null>): Promise<string | null> {
	const unknown = new Set(words.filter((word) => word.meaningful && !word.indexed && word.word.length >= 3).map((word) => word.word));
	const corrections = new Map<string, string>();
	for (const word of unknown) {
		const nearest = await nearestTitleWord(db, word, known);
		if (!nearest) return null;
		corrections.set(word, nearest);
	}
	return folded
		.split(' ')
		.map((word) => corrections.get(word) ?? word)
		.join(' ');
}

/**
 * The nearest title word, found through the trigram index (in a search session, which may
 * already be open); `known` keeps the answers of one search, so typo correction and
 * "Did you mean" do not ask twice.
 */
async function nearestTitleWord(db: DB, word: string, known: Map<string, string | null>): Promise<string | null> {
	if (!known.has(word)) known.set(word, await queries.withSearchSession(db, true, (session) => queries.nearestTitleWord(session, word)));
	return known.get(word)!;
}

/** Options of searchResources. */
export interface SearchOptions {
	/** Language of labels (facets, concepts); the query's own `locale` wins. */
	locale?: Locale;
	rankWindow?: number;
	/** Use the kept answers of searches without words (default true; the benchmark turns it off). */
	cache?: boolean;
	/** Answer from the in-memory side index when it is ready (default true; tests compare both paths). */
	index?: boolean;
}

/** Searches without words kept per database: key → the answer and the search-rows version it was computed at. */
const browseCache = new WeakMap<DB, Map<string, { version: string; page: queries.ResourceSearchPage }>>();
const BROWSE_CACHE_ENTRIES = 200;

/**
 * The library without words (the landing page, filter-only browsing) scans every
 * published record for its facet counts. Its answer is kept until the next write to the
 * search rows, which one tiny read of library_search_state tells (any process's write).
 */
async function cachedBrowse(db: DB, version: string | null, key: string, compute: () => Promise<queries.ResourceSearchPage>): Promise<queries.ResourceSearchPage> {
	if (db.isTransaction || version === null) return compute();
	let entries = browseCache.get(db);
	if (!entries) browseCache.set(db, (entries = new Map()));
	const kept = entries.get(key);
	if (kept && kept.version === version) return kept.page;
	// Read before computing: a write meanwhile only makes the next request compute again.
	const page = await compute();
	entries.delete(key);
	entries.set(key, { version, page });
	if (entries.size > BROWSE_CACHE_ENTRIES) entries.delete(entries.keys().next().value!);
	return page;
}

/**
 * Published knowledge records matching a query, filters and sort, one page of them,
 * with facet counts and, when nothing matched, a suggestion. Invalid input throws
 * invalid_input naming the field.
 */
export async function searchResources(db: DB, input: unknown, options: SearchOptions = {}): Promise<ResourceSearchResult> {
	const query = validate(ResourceSearchQuery, input);
	const locale: Locale = query.locale ?? options.locale ?? 'en';
	const filters = normalizeFilters(query);
	const sort = query.sort ?? (query.q ? 'relevance' : 'newest');
	const withFacets = query.facets === 'true';
	const paging = { sort, limit: query.perPage, offset: (query.page - 1) * query.perPage, rankWindow: options.rankWindow ?? RANK_WINDOW };
	const answer = (page: queries.ResourceSearchPage, match: ResourceMatch, suggestion: string | null): ResourceSearchResult => ({
		items: page.rows.map(toListItem),
		total: page.total,
		page: query.page,
		perPage: query.perPage,
		facets: presentFacets(page.facets, filters, locale),
		q: query.q,
		sort,
		queryConcepts: match.concepts.map((code) => ({ code, label: conceptLabel(code, locale) })),
		suggestion,
		correctedQuery: page.total > 0 ? (match.corrected ?? null) : null
	});
	// The side index answers when it is ready for the current search rows (never inside a
	// transaction, whose own writes it cannot know); else the SQL path does.
	const version = db.isTransaction ? null : await queries.librarySearchVersion(db);
	const index: LibraryIndex | null = version !== null && options.index !== false ? await libraryIndexes.forVersion(db, version) : null;
	if (!query.q) {
		const request = { ...queryMatch(''), filters, ...paging };
		const fromIndex = index ? await searchResourcePageFromIndex(db, index, request, withFacets) : null;
		if (fromIndex) return answer(fromIndex, request, null);
		const run = () => queries.withSearchSession(db, false, (trx) => queries.searchResourcePage(trx, request, withFacets));
		const page = options.cache !== false ? await cachedBrowse(db, version, JSON.stringify([request, withFacets]), run) : await run();
		return answer(page, request, null);
	}
	if (index) {
		// The index path reads rows by key only: no transaction, few round trips.
		const tsqueries = new Map<string, string>();
		const nearest = new Map<string, string | null>();
		const { match, words } = await resolveQueryMatch(db, query.q, index, tsqueries, nearest);
		const page = await searchResourcePageFromIndex(db, index, { ...match, filters, ...paging }, withFacets, tsqueries);
		if (page) return answer(page, match, page.total === 0 ? await suggestQuery(db, words, nearest) : null);
	}
	// One session (one transaction) for the words, the page and the suggestion.
	return queries.withSearchSession(db, true, async (session) => {
		const nearest = new Map<string, string | null>();
		const { match, words } = await resolveQueryMatch(session, query.q, null, new Map(), nearest);
		const request = { ...match, filters, ...paging };
		const page = await queries.searchResourcePage(session, request, withFacets);
		return answer(page, match, page.total === 0 ? await suggestQuery(session, words, nearest) : null);
	});
}

/** The label of a concept code ('skills-category:1') in a locale. */
export function conceptLabel(code: string, locale: Locale): string {
	const [vocab, value] = code.split(/:(.*)/s);
	const facet = ({ 'skills-category': 'category', 'resource-type': 'type' } as Record<string, FacetName>)[vocab];
	if (facet) return facetLabel(facet, value, locale);
	return lookup(vocab as VocabularyName, value)?.labels[locale] ?? value;
}

/**
 * "Did you mean …": every meaningful query word that no record contains is replaced by
 * the nearest word of a published title (trigram similarity) or, when none is near,
 * left out. Null when no word could be corrected.
 */
export async function suggestQuery(db: DB, words: WordFact[], known: Map<string, string | null> = new Map()): Promise<string | null> {
	let corrected = 0;
	const suggested: string[] = [];
	for (const { word, meaningful, indexed } of words) {
		if (word.length < 3 || !meaningful || indexed) {
			suggested.push(word);
			continue;
		}
		const nearest = await nearestTitleWord(db, word, known);
		if (nearest) {
			suggested.push(nearest);
			corrected++;
		}
	}
	return corrected > 0 ? suggested.join(' ') : null;
}

/**
 * Finds the concepts named in the title and abstract of records and stores them
 * (text_concepts; the trigger merges them into `concepts`). With ids, those records;
 * without, every record whose text changed since its concepts were found. Returns how
 * many records were updated. Importers and the review workflow call it after writing.
 */
export async function refreshResourceConcepts(db: DB, ids?: string[], batchSize = 500): Promise<number> {
	let updated = 0;
	const refresh = async (rows: Awaited<ReturnType<typeof textConcepts.textConceptRows>>) =>
		textConcepts.writeTextConcepts(
			db,
			rows.map((row) => ({ id: row.id, textHash: row.text_hash, concepts: textConceptCodes(`${row.title}\n${row.abstract}`) }))
		);
	if (ids) {
		for (let start = 0; start < ids.length; start += batchSize) {
			updated += await refresh(await textConcepts.textConceptRows(db, batchSize, { ids: ids.slice(start, start + batchSize) }));
		}
		return updated;
	}
	// In id order, so each record is read once; one edited meanwhile waits for the next refresh.
	for (let after: string | undefined; ; ) {
		const rows = await textConcepts.textConceptRows(db, batchSize, { after });
		if (rows.length === 0) return updated;
		updated += await refresh(rows);
		after = rows[rows.length - 1].id;
	}
}

/** Records shown in "related resources". */
const RELATED_LIMIT = 5;

/**
 * One record by id or slug with its language versions and related records, as the
 * reader may see it: drafts and records under review only for their author and
 * curators; anyone else gets not_found, as if it did not exist.
 */
export async function getResourceDetail(
	db: DB,
	idOrSlug: string,
	viewer: SessionUser | null,
	fileUrl: (slug: string) => string = (slug) => `/library/${slug}/file`
): Promise<ResourceDetail> {
	const row = await recordQueries.findResourceDetailRow(db, idOrSlug);
	if (!row || !canViewResource(viewer, { status: row.status as never, submitted_by: row.submitted_by })) throw notFound('The knowledge record');
	const siblings = await recordQueries.workVersionRows(db, row.work_id, row.id);
	const versions = siblings.filter((sibling) => canViewResource(viewer, { status: sibling.status as never, submitted_by: sibling.submitted_by })).map(toResourceLink);
	const topical = row.concepts.filter((concept) => !concept.startsWith('resource-type:'));
	const related = (await recordQueries.relatedResourceRows(db, row, topical.length ? topical : row.concepts, RELATED_LIMIT)).map(toResourceLink);
	const guarded = { status: row.status as never, submitted_by: row.submitted_by };
	return { ...toResourceDetail(row, versions, related, fileUrl), viewerCanEdit: canEditResource(viewer, guarded) };
}

export { FACET_NAMES };
