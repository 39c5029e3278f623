/** GET /api/v1/actors/{id}/matches: suggested partners with reasons (interfaces.md). */
import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { apiRoute, parseQuery } from '$lib/server/api/http';
import { MatchQueryInput, toApiMatches } from '$lib/server/match/api-docs';
import { matchesForActor } from '$lib/server/match/service';

export const GET: RequestHandler = apiRoute(async ({ params, locals, url }) => {
	const { lang, ...options } = parseQuery(MatchQueryInput, url);
	return json(toApiMatches(await matchesForActor(await getDb(), locals.user, params.id, options, lang ?? locals.locale)));
});
