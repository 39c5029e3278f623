import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { AppError } from '$lib/server/errors';
import { actorFiltersFromUrl, filtersToSearchParams, searchActors, FACET_NAMES, type DirectoryResult } from '$lib/server/network/directory';
import { vocabLabel, toLocale } from '$lib/server/network/present';

const FACET_VOCAB = { type: 'actor-type', country: 'country', region: 'ilo-region', language: 'language', category: 'skills-category', targetGroup: 'target-group' } as const;

export const load: PageServerLoad = async ({ url, locals }) => {
	const locale = toLocale(locals.locale);
	let result: DirectoryResult | null = null;
	let problem: string | null = null;
	try {
		result = await searchActors(await getDb(), actorFiltersFromUrl(url), { locale, viewer: locals.user });
	} catch (failure) {
		if (!(failure instanceof AppError) || failure.code !== 'invalid_input') throw failure;
		problem = failure.message;
	}
	const filters = result?.filters;
	// Chosen values stay in the form even when nothing matches, so they can be unticked.
	const facets = FACET_NAMES.map((name) => {
		const values = [...(result?.facets[name] ?? [])];
		for (const chosen of filters?.[name] ?? []) {
			if (!values.some((entry) => entry.value === chosen)) values.push({ value: chosen, label: vocabLabel(FACET_VOCAB[name], chosen, locale), count: 0 });
		}
		return { name, values: values.map((entry) => ({ ...entry, checked: (filters?.[name] ?? []).includes(entry.value) })) };
	});
	const exportQuery = filters ? filtersToSearchParams({ ...filters, page: 1, perPage: 20 }).toString() : '';
	return {
		q: filters?.q ?? url.searchParams.get('q') ?? '',
		problem,
		correctedQuery: result?.correctedQuery ?? null,
		items: result?.items ?? [],
		total: result?.total ?? 0,
		page: result?.page ?? 1,
		perPage: result?.perPage ?? 20,
		facets,
		exportQuery
	};
};
