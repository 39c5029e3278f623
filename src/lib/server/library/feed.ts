/**
 * The library's Atom feed: the 50 most recently published records of any library search,
 * with the query and filters of GET /api/v1/resources (so a search page's address, with
 * /library/feed.atom in front of its query string, is that search's feed).
 */
import type { z } from 'zod';
import type { DB } from '../db';
import { libraryAtomFeed } from '../io/atom';
import { ResourceSearchQuery, normalizeFilters, queryMatch } from './search';
import { contentWords } from './search-queries';
import { newestPublishedResources } from './feed-queries';

/** Entries per feed. */
export const FEED_SIZE = 50;

export interface FeedAddresses {
	/** Site origin, `https://atlas.example.org`. */
	origin: string;
	/** The address the feed was asked for (its id and rel="self"). */
	selfUrl: string;
	/** The same search as a page of the site. */
	pageUrl: string;
}

/**
 * The Atom document for a search, its query parsed with the search API's schema
 * (ResourceSearchQuery). An unknown vocabulary value is invalid_input naming the field;
 * page, sort and facets are ignored.
 */
export async function libraryFeed(db: DB, query: z.output<typeof ResourceSearchQuery>, addresses: FeedAddresses, now = new Date()): Promise<string> {
	const filters = normalizeFilters(query);
	const match = queryMatch(query.q);
	// As the search does: a concept-only match must still contain the query's other meaningful words.
	if (match.conceptRemainder) match.conceptRemainder = (await contentWords(db, match.conceptRemainder.split(' '))).join(' ') || null;
	const rows = await newestPublishedResources(db, { ...match, filters }, FEED_SIZE);
	return libraryAtomFeed({
		...addresses,
		filters: { q: query.q, ...filters },
		now,
		resources: rows.map((row) => ({
			id: row.id,
			slug: row.slug,
			title: row.title,
			abstract: row.abstract,
			type: row.type,
			categories: row.categories,
			authors: row.authors,
			publisher: row.publisher_name,
			publishedAt: new Date(row.published_at)
		}))
	});
}
