import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { apiRoute, parseJsonBody } from '$lib/server/api/http';
import { clientContext, requireUser, siteOrigin } from '$lib/server/auth/request';
import { createResource } from '$lib/server/library/review';
import { CreateResourceBody, presentRecord } from '$lib/server/library/review-api-docs';
import { getDb } from '$lib/server/db';

// GET (search, owned by the library search work) belongs in this file too.

/** POST /api/v1/resources: a new record, kept as a draft or sent for review ("submit": true). */
export const POST: RequestHandler = apiRoute(async (event) => {
	const user = requireUser(event.locals);
	const { submit, ...input } = await parseJsonBody(CreateResourceBody, event.request, 200_000);
	const record = await createResource(await getDb(), user, input, {
		submit,
		ctx: { ip: clientContext(event).ip, origin: siteOrigin(event.url) }
	});
	return json(presentRecord(record), { status: 201, headers: { location: `/api/v1/resources/${record.id}` } });
});
