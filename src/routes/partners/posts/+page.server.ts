import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { AppError } from '$lib/server/errors';
import { listPosts, type PostList } from '$lib/server/posts/service';
import { postFormOptions } from '$lib/server/posts/post-form';
import { toLocale } from '$lib/server/network/present';
import { concepts } from '$lib/server/vocab';

export const load: PageServerLoad = async ({ url, locals }) => {
	const locale = toLocale(locals.locale);
	const raw = (name: string) => url.searchParams.get(name) ?? '';
	let result: PostList | null = null;
	let problem: string | null = null;
	try {
		result = await listPosts(
			await getDb(),
			{
				q: raw('q'),
				category: url.searchParams.getAll('category'),
				country: url.searchParams.getAll('country'),
				type: url.searchParams.getAll('type'),
				status: (['open', 'closed', 'all'].includes(raw('status')) ? raw('status') : 'open') as 'open' | 'closed' | 'all',
				page: raw('page') || undefined,
				perPage: raw('perPage') || undefined
			},
			locale
		);
	} catch (failure) {
		if (!(failure instanceof AppError) || failure.code !== 'invalid_input') throw failure;
		problem = failure.message;
	}
	const options = postFormOptions(locale);
	return {
		q: raw('q'),
		filters: { category: result?.filters.category[0] ?? '', country: result?.filters.country[0] ?? '', type: result?.filters.type[0] ?? '', status: result?.filters.status ?? 'open' },
		problem,
		items: result?.items ?? [],
		total: result?.total ?? 0,
		page: result?.page ?? 1,
		perPage: result?.perPage ?? 20,
		options: {
			categories: options.categories,
			types: options.actorTypes,
			countries: concepts('country')
				.map((concept) => ({ value: concept.code, label: concept.labels[locale] }))
				.sort((a, b) => a.label.localeCompare(b.label, locale))
		}
	};
};
