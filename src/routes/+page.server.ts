import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { getOverview } from '$lib/server/overview/service';
import { label } from '$lib/server/vocab';
import { suggestionsForUser } from '$lib/server/match/service';

export const load: PageServerLoad = async ({ locals }) => {
	const db = await getDb();
	const [overview, suggestions] = await Promise.all([getOverview(db), locals.user ? suggestionsForUser(db, locals.user, locals.locale) : null]);
	return {
		suggestions,
		overview: {
			...overview,
			categories: overview.categories.map((c) => ({ ...c, label: label('skills-category', c.code, locals.locale) })),
			recent: overview.recent.map((r) => ({ ...r, typeLabel: label('resource-type', r.type, locals.locale) }))
		}
	};
};
