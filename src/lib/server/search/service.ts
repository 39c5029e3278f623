/** Site search behind the home page's search box. */
import { z } from 'zod';
import type { DB } from '../db';
import { validate } from '../api/http';
import { searchEverything, type SearchHit } from './queries';

export const SiteSearchQuery = z.object({
	q: z.string().trim().max(200, 'at most 200 characters').default('')
});

export interface SiteSearchResult {
	query: string;
	hits: SearchHit[];
}

/** Searches organisations and published records; an empty query returns nothing. */
export async function siteSearch(db: DB, input: unknown, limit = 40): Promise<SiteSearchResult> {
	const { q } = validate(SiteSearchQuery, input);
	if (!q) return { query: '', hits: [] };
	return { query: q, hits: await searchEverything(db, q, limit) };
}
