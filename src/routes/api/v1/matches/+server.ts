/** GET /api/v1/matches?text=…: organisations suggested for a free-text project idea. */
import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { apiRoute, parseQuery } from '$lib/server/api/http';
import { IdeaQueryInput, toApiMatches } from '$lib/server/match/api-docs';
import { suggestForIdea } from '$lib/server/match/service';
import { canManageActor, findActorByRef } from '$lib/server/network/profile';

export const GET: RequestHandler = apiRoute(async ({ locals, url }) => {
	const { lang, text, from, scope, limit, ...filters } = parseQuery(IdeaQueryInput, url);
	const db = await getDb();
	// The organisation behind the idea counts only when it is public or the caller manages it.
	const fromActor = from ? await findActorByRef(db, from) : undefined;
	const fromActorId = fromActor && (fromActor.status === 'published' || (await canManageActor(db, locals.user, fromActor.id))) ? fromActor.id : null;
	const list = await suggestForIdea(db, { text, scope, limit, fromActorId, filters }, lang ?? locals.locale);
	return json(toApiMatches(list));
});
