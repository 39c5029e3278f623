/**
 * The library's Atom feed: the newest published records of any library search, with the
 * query and filters of GET /api/v1/resources (so a search page's query string after
 * /library/feed.atom is that search's feed). Records come from searchResources, so the
 * feed reaches exactly what the search reaches, across languages included.
 */
import type { z } from 'zod';
import type { DB } from '../db';
import { libraryAtomFeed } from '../io/atom';
import { ResourceSearchQuery, normalizeFilters, searchResources } from './search';

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
 * the query's page, sort and facets are replaced by the feed's own.
 */
export async function libraryFeed(db: DB, query: z.output<typeof ResourceSearchQuery>, addresses: FeedAddresses, now = new Date()): Promise<string> {
	// The search's "newest" orders by the work's year, then by publication date; entries
	// are then put in publication order, which is what a feed reader expects.
	const result = await searchResources(db, { ...query, sort: 'newest', page: 1, perPage: FEED_SIZE, facets: 'false' });
	const resources = result.items
		.map((item) => ({
			id: item.id,
			slug: item.slug,
			title: item.title,
			abstract: item.abstract,
			type: item.type,
			categories: item.categories,
			authors: item.authors,
			publisher: item.publisher,
			publishedAt: item.publishedAt ? new Date(item.publishedAt) : now
		}))
		.sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || b.id.localeCompare(a.id));
	return libraryAtomFeed({ ...addresses, filters: { q: query.q, ...normalizeFilters(query) }, now, resources });
}
