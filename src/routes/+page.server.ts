import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { getOverview } from '$lib/server/overview/service';
import { label } from '$lib/server/vocab';

export const load: PageServerLoad = async ({ locals }) => {
	const overview = await getOverview(await getDb());
	return {
		overview: {
			...overview,
			categories: overview.categories.map((c) => ({ ...c, label: label('skills-category', c.code, locals.locale) })),
			recent: overview.recent.map((r) => ({ ...r, typeLabel: label('resource-type', r.type, locals.locale) }))
		}
	};
};
