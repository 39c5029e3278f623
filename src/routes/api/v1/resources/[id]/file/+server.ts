import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { apiRoute } from '$lib/server/api/http';
import { clientContext, requireUser, siteOrigin } from '$lib/server/auth/request';
import { getDb } from '$lib/server/db';
import { readFileUpload } from '$lib/server/library/file-upload';
import { deleteResourceFile, putResourceFile, type FileChange } from '$lib/server/library/file-service';
import { presentFile, presentRecord } from '$lib/server/library/review-api-docs';

const present = ({ record, version, file }: FileChange) => json({ ...presentRecord(record), version, file: presentFile(record.slug, file) });

/** PUT /api/v1/resources/{id}/file: the raw file (or a multipart "file" field) attached to the record. */
export const PUT: RequestHandler = apiRoute(async (event) => {
	const user = requireUser(event.locals);
	const file = await readFileUpload(event.request, event.url);
	const ctx = { ip: clientContext(event).ip, origin: siteOrigin(event.url) };
	return present(await putResourceFile(await getDb(), user, event.params.id, file, ctx));
});

/** DELETE /api/v1/resources/{id}/file: removes the record's file. */
export const DELETE: RequestHandler = apiRoute(async (event) => {
	const user = requireUser(event.locals);
	const ctx = { ip: clientContext(event).ip, origin: siteOrigin(event.url) };
	return present(await deleteResourceFile(await getDb(), user, event.params.id, ctx));
});
