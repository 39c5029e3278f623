/** GET /api/v1/people/{id}/matches: organisations suggested for a person of the roster. */
import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { apiRoute, parseQuery } from '$lib/server/api/http';
import { MatchQueryInput, toApiMatches } from '$lib/server/match/api-docs';
import { matchesForPerson } from '$lib/server/match/service';

export const GET: RequestHandler = apiRoute(async ({ params, locals, url }) => {
	const { lang, ...options } = parseQuery(MatchQueryInput, url);
	return json(toApiMatches(await matchesForPerson(await getDb(), locals.user, params.id, options, lang ?? locals.locale)));
});
