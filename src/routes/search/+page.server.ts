import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { siteSearch } from '$lib/server/search/service';
import { label } from '$lib/server/vocab';
import { AppError } from '$lib/server/errors';

export const load: PageServerLoad = async ({ url, locals }) => {
	try {
		const result = await siteSearch(await getDb(), { q: url.searchParams.get('q') ?? '' });
		return {
			query: result.query,
			error: null,
			hits: result.hits.map((hit) => ({
				...hit,
				typeLabel: label(hit.kind === 'actor' ? 'actor-type' : 'resource-type', hit.type, locals.locale),
				countryLabel: hit.country ? label('country', hit.country, locals.locale) : ''
			}))
		};
	} catch (error) {
		if (error instanceof AppError) return { query: url.searchParams.get('q') ?? '', error: error.message, hits: [] };
		throw error;
	}
};
