import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { getAttachmentDownload } from '$lib/server/library/attachments';
import { AppError } from '$lib/server/errors';

/**
 * GET /library/{slug}/file: the record's attached file, to those who may see the
 * record, with the safe headers of attachmentHeaders (PDF shown only when it really is
 * one; anything else downloaded; nosniff; CSP sandbox).
 */
export const GET: RequestHandler = async ({ params, locals }) => {
	try {
		const { bytes, headers } = await getAttachmentDownload(await getDb(), locals.user, params.slug);
		return new Response(bytes as Uint8Array<ArrayBuffer>, { headers });
	} catch (failure) {
		if (failure instanceof AppError && failure.code === 'not_found') error(404, { message: 'Not found', code: 'not_found' });
		throw failure;
	}
};
