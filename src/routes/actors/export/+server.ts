/**
 * GET /actors/export?format=csv|json|xlsx|kumu-json|kumu-xlsx|gexf|graphml&<directory filters>:
 * the filtered directory as a file (no contact persons); the network formats carry the
 * matching actors and the relations between them.
 */
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { apiRoute } from '$lib/server/api/http';
import { AppError } from '$lib/server/errors';
import { actorFileExporter as actorExporter } from '$lib/server/network/actor-formats';
import { actorFiltersFromUrl } from '$lib/server/network/directory';
import { networkExporter } from '$lib/server/network/network-export';

const FORMATS = [...actorExporter.formats, ...networkExporter.formats];

export const GET: RequestHandler = apiRoute(async ({ url }) => {
	const format = url.searchParams.get('format') ?? 'csv';
	if (!FORMATS.includes(format)) {
		throw new AppError('invalid_input', `format: use one of ${FORMATS.join(', ')}.`, { fields: { format: 'unknown format' } });
	}
	const { page: _page, perPage: _perPage, ...filters } = actorFiltersFromUrl(url);
	const exporter = actorExporter.formats.includes(format) ? actorExporter : networkExporter;
	const result = await exporter.export(await getDb(), format, filters);
	return new Response(result.body as BodyInit, {
		headers: {
			'content-type': result.contentType,
			'content-disposition': `attachment; filename="actors.${result.extension}"`,
			'cache-control': 'no-store'
		}
	});
});
