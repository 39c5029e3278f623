import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { listProjects, PROJECTS_PAGE_SIZE } from '$lib/server/network/projects';
import { toLocale } from '$lib/server/network/present';
import { vocabOptions } from '$lib/server/network/form-support';
import { AppError } from '$lib/server/errors';

export const load: PageServerLoad = async ({ url, locals }) => {
	const locale = toLocale(locals.locale);
	const input = {
		category: url.searchParams.getAll('category').filter(Boolean).slice(0, 20),
		cell: url.searchParams.getAll('cell').filter(Boolean).slice(0, 6),
		page: url.searchParams.get('page') ?? 1
	};
	let result: Awaited<ReturnType<typeof listProjects>> | null = null;
	let invalid = false;
	try {
		result = await listProjects(await getDb(), input, locale);
	} catch (failure) {
		// Unknown filter values (an edited URL) show an empty list with a notice, not an error page.
		if (!(failure instanceof AppError)) throw failure;
		invalid = true;
	}
	return {
		items: result?.items ?? [],
		total: result?.total ?? 0,
		page: result?.page ?? 1,
		perPage: result?.perPage ?? PROJECTS_PAGE_SIZE,
		invalid,
		chosen: { category: result?.filters.category ?? [], cell: result?.filters.cell ?? [] },
		categories: vocabOptions('skills-category', locale),
		cells: vocabOptions('action-typology', locale, (concept) => !concept.parent),
		canAdd: !!locals.user
	};
};
