/**
 * Schemas and OpenAPI descriptions of the library's write endpoints (submission,
 * edit, review), and the JSON shape of a record they answer with.
 */
import { z } from 'zod';
import type { EndpointDoc } from '../api/endpoint-doc';
import { RESOURCE_STATUSES } from '../../domain/resource';
import { CreateResourceBody, ReviewDecisionBody, UpdateResourceBody } from './review-input';
import type { ResourceRecord } from './review';

export { CreateResourceBody, ReviewDecisionBody, UpdateResourceBody };

export const ResourceRecordResponse = z.object({
	id: z.uuid(),
	slug: z.string(),
	workId: z.uuid().meta({ description: 'shared by the language versions of one work' }),
	status: z.enum(RESOURCE_STATUSES),
	title: z.string(),
	abstract: z.string().meta({ description: 'Markdown' }),
	language: z.string(),
	type: z.string().meta({ description: 'code of the resource-type vocabulary' }),
	categories: z.array(z.string()),
	topics: z.array(z.string()),
	targetGroups: z.array(z.string()),
	countries: z.array(z.string()),
	regions: z.array(z.string()).meta({ description: 'ILO regions, derived from the countries' }),
	publisher: z.string(),
	publisherActorId: z.uuid().nullable(),
	authors: z.array(z.string()),
	year: z.number().int().nullable(),
	url: z.string(),
	doi: z.string(),
	licence: z.string(),
	createdAt: z.iso.datetime(),
	updatedAt: z.iso.datetime(),
	publishedAt: z.iso.datetime().nullable()
});

export const UpdatedResourceResponse = ResourceRecordResponse.extend({
	version: z.number().int().nullable().meta({ description: 'number of the version this change made; null when nothing changed' })
});

/** A record as the API answers with it. */
export function presentRecord(record: ResourceRecord): z.infer<typeof ResourceRecordResponse> {
	const { submittedBy: _author, createdAt, updatedAt, publishedAt, ...rest } = record;
	return { ...rest, createdAt: createdAt.toISOString(), updatedAt: updatedAt.toISOString(), publishedAt: publishedAt?.toISOString() ?? null };
}

export const reviewEndpoints: EndpointDoc[] = [
	{
		method: 'post',
		path: '/api/v1/resources',
		summary: 'Share a knowledge record: kept as a draft, or sent for review with "submit": true (201)',
		description:
			'Visible to its author and curators until a curator approves it. Vocabulary values may be codes or labels in any supported language. Attached files are added through the web form.',
		tags: ['library'],
		body: CreateResourceBody,
		response: ResourceRecordResponse,
		auth: true
	},
	{
		method: 'patch',
		path: '/api/v1/resources/{id}',
		summary: 'Change a record (its author while draft or changes requested; curators anytime); absent fields are kept',
		description: 'Every change that changes something is kept as a version. "submit": true sends the record for review.',
		tags: ['library'],
		params: { id: 'record id' },
		body: UpdateResourceBody,
		response: UpdatedResourceResponse,
		auth: true
	},
	{
		method: 'post',
		path: '/api/v1/resources/{id}/review',
		summary: 'Curators: approve (publish), ask for changes or reject a submitted record',
		description: 'A comment is required to ask for changes or reject. The submitter is notified in the app and by mail. 409 when the record is not waiting for review.',
		tags: ['library'],
		params: { id: 'record id' },
		body: ReviewDecisionBody,
		response: ResourceRecordResponse,
		auth: true
	}
];
