/** What the platform holds, for the home page and GET /api/v1/overview. */
import type { DB } from '../db';
import * as queries from './queries';

export interface Overview {
	actors: number;
	relations: number;
	resources: number;
	countries: number;
	languages: number;
	categories: { code: string; count: number }[];
	recent: { id: string; slug: string; title: string; language: string; type: string; publisher: string; year: number | null }[];
}

export async function getOverview(db: DB): Promise<Overview> {
	const [counts, categories, recent] = await Promise.all([
		queries.countPublished(db),
		queries.countActorsByCategory(db),
		queries.recentPublishedResources(db, 6)
	]);
	return {
		actors: Number(counts.actors),
		relations: Number(counts.relations),
		resources: Number(counts.resources),
		countries: Number(counts.countries),
		languages: Number(counts.languages),
		categories: categories.map((row) => ({ code: row.code, count: Number(row.count) })),
		recent: recent.map((row) => ({
			id: row.id,
			slug: row.slug,
			title: row.title,
			language: row.language,
			type: row.type,
			publisher: row.publisher_name,
			year: row.year
		}))
	};
}
