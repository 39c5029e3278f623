import { getDb } from '$lib/server/db';
import { readConfig } from '$lib/server/config';
import { handleOaiRequest } from '$lib/server/io/oai';
import type { RequestHandler } from './$types';

const config = readConfig();

/** OAI-PMH arguments are a few short strings; anything bigger is not a harvester. */
const MAX_BODY_BYTES = 16 * 1024;

/** Identify's adminEmail: the address part of MAIL_FROM ("Skills Atlas <atlas@example.org>"). */
const adminEmail = /<([^>]+)>/.exec(config.MAIL_FROM)?.[1] ?? config.MAIL_FROM.trim();

async function answer(url: URL, params: URLSearchParams): Promise<Response> {
	try {
		const result = await handleOaiRequest(await getDb(), params, `${url.origin}/oai`, { adminEmail });
		return new Response(result.body, { status: result.status, headers: result.headers });
	} catch (error) {
		console.error('OAI-PMH request failed:', error);
		return new Response('Something went wrong on our side.', { status: 500, headers: { 'content-type': 'text/plain; charset=utf-8' } });
	}
}

/** GET /oai?verb=…: OAI-PMH 2.0 over the published library. */
export const GET: RequestHandler = ({ url }) => answer(url, url.searchParams);

/** POST /oai with the arguments as application/x-www-form-urlencoded, as OAI-PMH allows. */
export const POST: RequestHandler = async ({ url, request }) => {
	const type = request.headers.get('content-type') ?? '';
	if (!type.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
		return new Response('Send OAI-PMH arguments as application/x-www-form-urlencoded.', {
			status: 415,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	}
	const tooLarge = () =>
		new Response('The request body is too large for OAI-PMH arguments.', { status: 413, headers: { 'content-type': 'text/plain; charset=utf-8' } });
	if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return tooLarge();
	const body = await request.text();
	if (body.length > MAX_BODY_BYTES) return tooLarge();
	return answer(url, new URLSearchParams(body));
};
