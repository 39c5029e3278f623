import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { AppError } from '$lib/server/errors';
import { searchResources, type ResourceSearchResult } from '$lib/server/library/search';
import { FACET_NAMES } from '$lib/server/library/search-queries';
import { label } from '$lib/server/vocab';

/** The query string as the search expects it: repeated keys become lists. */
function queryOf(url: URL): Record<string, string | string[]> {
	const raw: Record<string, string | string[]> = {};
	for (const key of new Set(url.searchParams.keys())) {
		if (key === 'locale' || key === 'facets') continue;
		const values = url.searchParams.getAll(key).filter((value) => value !== '');
		if (values.length) raw[key] = values.length > 1 ? values : values[0];
	}
	return raw;
}

export const load: PageServerLoad = async ({ url, locals }) => {
	const locale = locals.locale;
	const query = queryOf(url);
	let result: ResourceSearchResult | null = null;
	let error: { message: string; field: string | null } | null = null;
	try {
		result = await searchResources(await getDb(), { ...query, locale });
	} catch (caught) {
		if (!(caught instanceof AppError) || caught.code !== 'invalid_input') throw caught;
		error = { message: caught.message, field: Object.keys(caught.fields ?? {})[0] ?? null };
		// Show the library without the parameter that was wrong ("year.1" names the parameter year).
		const { [error.field?.split('.')[0] ?? '']: _dropped, ...rest } = query;
		result = await searchResources(await getDb(), { ...rest, locale });
	}
	const activeFilters = FACET_NAMES.flatMap((facet) =>
		result.facets[facet].filter((entry) => entry.selected).map((entry) => ({ facet, value: entry.value, label: entry.label }))
	);
	return {
		error,
		q: result.q,
		sort: result.sort,
		sortGiven: typeof query.sort === 'string' ? query.sort : null,
		total: result.total,
		page: result.page,
		perPage: result.perPage,
		suggestion: result.suggestion,
		correctedQuery: result.correctedQuery,
		queryConcepts: result.queryConcepts,
		facets: result.facets,
		activeFilters,
		items: result.items.map((item) => ({
			id: item.id,
			slug: item.slug,
			title: item.title,
			language: item.language,
			languageLabel: label('language', item.language, locale),
			typeLabel: label('resource-type', item.type, locale),
			year: item.year,
			publisher: item.publisher,
			countries: item.countries.map((code) => label('country', code, locale)),
			snippet: item.snippet
		}))
	};
};
