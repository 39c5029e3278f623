import type { RequestHandler } from './$types';
import { apiRoute, parseQuery } from '$lib/server/api/http';
import { getDb } from '$lib/server/db';
import { resourceExporter } from '$lib/server/library/resource-io';
import { ExportFormatQuery } from '$lib/server/library/export-query';

/**
 * GET /library/export?format=csv|xlsx|json|ris|bibtex plus the filters of
 * GET /api/v1/resources (q, lang, type, category, topic, country, region, year,
 * publisher): the published records of that list as a file to download.
 */
export const GET: RequestHandler = apiRoute(async (event) => {
	const { format } = parseQuery(ExportFormatQuery, event.url);
	const filters: Record<string, string | string[]> = {};
	for (const key of new Set(event.url.searchParams.keys())) {
		if (key === 'format') continue;
		const values = event.url.searchParams.getAll(key);
		filters[key] = values.length > 1 ? values : values[0];
	}
	const result = await resourceExporter.export(await getDb(), format, filters);
	const date = new Date().toISOString().slice(0, 10);
	const body = typeof result.body === 'string' ? result.body : new Uint8Array(result.body);
	return new Response(body, {
		headers: {
			'content-type': result.contentType,
			'content-disposition': `attachment; filename="skills-atlas-library-${date}.${result.extension}"`,
			'x-record-count': String(result.count),
			'cache-control': 'no-store'
		}
	});
});
