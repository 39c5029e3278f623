import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { apiRoute, parseJsonBody } from '$lib/server/api/http';
import { clientContext, requireUser, siteOrigin } from '$lib/server/auth/request';
import { updateResource } from '$lib/server/library/review';
import { presentRecord, UpdateResourceBody } from '$lib/server/library/review-api-docs';
import { getDb } from '$lib/server/db';

// GET (the record and its citation formats, owned by the library search work) belongs in this file too.

/** PATCH /api/v1/resources/{id}: change a record (absent fields kept); each real change is a version. */
export const PATCH: RequestHandler = apiRoute(async (event) => {
	const user = requireUser(event.locals);
	const { submit, note, ...fields } = await parseJsonBody(UpdateResourceBody, event.request, 200_000);
	const { record, version } = await updateResource(
		await getDb(),
		user,
		event.params.id,
		{ ...fields, submit, note },
		{ ctx: { ip: clientContext(event).ip, origin: siteOrigin(event.url) } }
	);
	return json({ ...presentRecord(record), version });
});
