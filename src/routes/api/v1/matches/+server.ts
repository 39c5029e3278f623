/** GET /api/v1/matches?text=…: organisations suggested for a free-text project idea. */
import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { apiRoute, parseQuery } from '$lib/server/api/http';
import { IdeaQueryInput, toApiMatches } from '$lib/server/match/api-docs';
import { suggestForIdea } from '$lib/server/match/service';
import { findActorIdByRef } from '$lib/server/network/service';

export const GET: RequestHandler = apiRoute(async ({ locals, url }) => {
	const { lang, text, from, scope, limit, ...filters } = parseQuery(IdeaQueryInput, url);
	const db = await getDb();
	const fromActorId = from ? await findActorIdByRef(db, from) : null;
	const list = await suggestForIdea(db, { text, scope, limit, fromActorId, filters }, lang ?? locals.locale);
	return json(toApiMatches(list));
});
