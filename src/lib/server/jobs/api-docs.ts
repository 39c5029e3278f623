/** Schema of GET /api/v1/jobs/{id}, for the OpenAPI document. */
import { z } from 'zod';
import type { EndpointDoc } from '../api/endpoint-doc';

export const JobResponse = z.object({
	id: z.uuid(),
	kind: z.string().meta({ description: 'what the job does, e.g. "import:resources"' }),
	status: z.enum(['queued', 'running', 'done', 'failed']),
	progress: z.object({ done: z.number().int(), total: z.number().int() }),
	result: z.unknown().meta({ description: 'when done: the outcome (for an import, its report with every rejected row)' }),
	error: z.string().nullable().meta({ description: 'when failed: why' }),
	createdAt: z.iso.datetime(),
	updatedAt: z.iso.datetime()
});

export const jobEndpoints: EndpointDoc[] = [
	{
		method: 'get',
		path: '/api/v1/jobs/{id}',
		summary: 'Status and progress of a long-running job',
		description: 'Only the account that started the job, or an admin, sees it; others get not_found.',
		tags: ['jobs'],
		params: { id: 'job id' },
		response: JobResponse,
		auth: true
	}
];
