import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { mapPageData } from '$lib/server/network/map-page';

export const load: PageServerLoad = async ({ url, locals }) => mapPageData(await getDb(), url, locals.locale, '/embed/network');
