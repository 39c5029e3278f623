import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { concepts } from '$lib/server/vocab';
import { listPeople } from '$lib/server/network/people';
import { toLocale } from '$lib/server/network/present';
import { AppError } from '$lib/server/errors';

export const load: PageServerLoad = async ({ url, locals }) => {
	const locale = toLocale(locals.locale);
	const input = {
		category: url.searchParams.getAll('category').filter(Boolean),
		availability: url.searchParams.getAll('availability').filter((value): value is 'mentoring' | 'advisory' => value === 'mentoring' || value === 'advisory'),
		page: url.searchParams.get('page') ?? 1
	};
	let result: Awaited<ReturnType<typeof listPeople>> | null = null;
	try {
		result = await listPeople(await getDb(), locals.user, input, locale);
	} catch (failure) {
		if (!(failure instanceof AppError)) throw failure;
	}
	return {
		items: result?.items ?? [],
		total: result?.total ?? 0,
		page: result?.page ?? 1,
		perPage: result?.perPage ?? 30,
		chosen: { category: input.category, availability: input.availability },
		categories: concepts('skills-category').map((concept) => ({ value: concept.code, label: concept.labels[locale] })),
		signedIn: !!locals.user
	};
};
