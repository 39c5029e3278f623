/** GET /api/v1/actors/{id} (id or slug) and PATCH for the actor's managers and curators. */
import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { apiRoute, parseJsonBody } from '$lib/server/api/http';
import { clientContext, requireUser } from '$lib/server/auth/request';
import { getActor, updateActorProfile } from '$lib/server/network/profile';
import { ActorPatchBody } from '$lib/server/network/api-docs';

export const GET: RequestHandler = apiRoute(async ({ params, locals, url }) => {
	const profile = await getActor(await getDb(), locals.user, params.id, url.searchParams.get('lang') ?? locals.locale);
	return json(profile);
});

export const PATCH: RequestHandler = apiRoute(async (event) => {
	const user = requireUser(event.locals);
	const { note, ...changes } = await parseJsonBody(ActorPatchBody, event.request, 200_000);
	const db = await getDb();
	const outcome = await updateActorProfile(db, user, event.params.id, changes, { ip: clientContext(event).ip, note });
	const profile = await getActor(db, user, outcome.slug, event.locals.locale);
	return json({ ...profile, changedVersion: outcome.version });
});
