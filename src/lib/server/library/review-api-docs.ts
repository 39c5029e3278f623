/**
 * Schemas and OpenAPI descriptions of the library's write endpoints (submission,
 * edit, review, attached file), and the JSON shape of a record they answer with.
 */
import { z } from 'zod';
import type { EndpointDoc } from '../api/endpoint-doc';
import { RESOURCE_STATUSES } from '../../domain/resource';
import { CreateResourceBody, ReviewDecisionBody, UpdateResourceBody } from './review-input';
import type { ResourceRecord } from './review';
import type { AttachmentInfo } from './attachments';
import { FILE_UPLOAD_BODY_TYPES } from './file-upload';

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

export const AttachedFileResponse = z.object({
	fileName: z.string(),
	contentType: z.string().meta({ description: 'decided from the bytes and name, not from the type the client sent' }),
	sizeBytes: z.number().int(),
	sha256: z.string(),
	textStatus: z.enum(['ok', 'unavailable', 'none']).meta({ description: 'ok: text extracted and searched; unavailable: a PDF that could not be read (kept); none: a type without text' }),
	textLength: z.number().int(),
	href: z.string().meta({ description: 'where the file is served back, to those who may see the record' })
});

export const FileChangeResponse = UpdatedResourceResponse.extend({ file: AttachedFileResponse.nullable() });

/** PUT /api/v1/resources/{id}/file query: the file name when the body is the raw file. */
export const FileUploadQuery = z.object({
	name: z.string().max(300).optional().meta({ description: 'file name when the body is the raw file and no Content-Disposition filename is sent' })
});

/** A record as the API answers with it. */
export function presentRecord(record: ResourceRecord): z.infer<typeof ResourceRecordResponse> {
	const { submittedBy: _author, createdAt, updatedAt, publishedAt, ...rest } = record;
	return { ...rest, createdAt: createdAt.toISOString(), updatedAt: updatedAt.toISOString(), publishedAt: publishedAt?.toISOString() ?? null };
}

/** A record's file as the API answers with it. */
export function presentFile(slug: string, file: AttachmentInfo | null): z.infer<typeof AttachedFileResponse> | null {
	if (!file) return null;
	const { uploadedAt: _uploaded, ...rest } = file;
	return { ...rest, href: `/library/${slug}/file` };
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
	},
	{
		method: 'put',
		path: '/api/v1/resources/{id}/file',
		summary: 'Attach a file to a record, replacing the one it had (its submitter while draft or changes requested; curators anytime)',
		description: [
			'The body is the file itself, with its type as Content-Type (or application/octet-stream) and its name in Content-Disposition (`attachment; filename="report.pdf"`) or `?name=`;',
			'or a multipart form with the file in a "file" field, as the web form sends it (a multipart body is a form, so a request without cookies must still send an Origin header of this site).',
			'Accepted: PDF, DOCX, XLSX, ODT, TXT, CSV, decided from the bytes and the name. The text of a PDF is extracted and searched; a PDF that cannot be read is kept with its text unavailable.',
			'Over ATLAS_UPLOAD_LIMIT_MB (default 50) the answer is 413, from Content-Length before the body is read, or as soon as the body passes the limit.',
			'Each change is a version of the record. The file is served back at `/library/{slug}/file`.'
		].join(' '),
		tags: ['library'],
		params: { id: 'record id' },
		query: FileUploadQuery,
		fileBody: FILE_UPLOAD_BODY_TYPES,
		response: FileChangeResponse,
		auth: true
	},
	{
		method: 'delete',
		path: '/api/v1/resources/{id}/file',
		summary: 'Remove the file of a record (same people as attaching it); 404 when it has none',
		description: 'The removal is a version of the record; the file\'s text leaves the search index.',
		tags: ['library'],
		params: { id: 'record id' },
		response: FileChangeResponse,
		auth: true
	}
];
