import { gzipSync } from 'node:zlib';
import { apiRoute, parseQuery } from '$lib/server/api/http';
import { getDb } from '$lib/server/db';
import { NetworkQuery } from '$lib/server/network/map-filters';
import { compactNetwork, networkView } from '$lib/server/network/network-view';
import { brotliBody, cachedResponseBody, responseEncoding } from '$lib/server/network/response-cache';

/**
 * GET /api/v1/network: the filtered network with server-computed positions (interfaces.md).
 * Bodies are kept per network version and query, gzipped once: at 10k actors the JSON is
 * megabytes, and adapter-node does not compress dynamic responses. Brotli when the client
 * accepts it (made once per cached body), else gzip.
 */
export const GET = apiRoute(async ({ url, locals, request }) => {
	const query = parseQuery(NetworkQuery, url);
	const db = await getDb();
	const key = `${locals.locale}|${[...url.searchParams.entries()].sort().join('&')}`;
	const body = await cachedResponseBody(db, key, async () => {
		const view = await networkView(db, query, locals.locale);
		const { betweennessMethod: _method, ...rest } = view;
		const text = JSON.stringify(query.format === 'compact' ? compactNetwork(view) : rest);
		return { text, gzipped: gzipSync(text, { level: 6 }), layoutReady: view.layoutReady };
	});
	const encoding = responseEncoding(request.headers.get('accept-encoding'));
	const headers: Record<string, string> = {
		'content-type': 'application/json',
		vary: 'accept-encoding',
		// Provisional positions (layout still computing) must not be kept by caches.
		'cache-control': body.layoutReady ? 'public, max-age=30' : 'no-store'
	};
	if (encoding) headers['content-encoding'] = encoding;
	const payload = encoding === 'br' ? new Uint8Array(brotliBody(body)) : encoding === 'gzip' ? new Uint8Array(body.gzipped) : body.text;
	return new Response(payload, { headers });
});
