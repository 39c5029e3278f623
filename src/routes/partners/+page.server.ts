import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { findPartnersPage } from '$lib/server/match/page';
import { toLocale } from '$lib/server/network/present';

export const load: PageServerLoad = async ({ url, locals }) => {
	return findPartnersPage(await getDb(), locals.user, url, toLocale(locals.locale));
};
