/**
 * Reading a file sent to `PUT /api/v1/resources/{id}/file`: either the raw bytes as the
 * body (Content-Type the file's type, or application/octet-stream; the name from
 * Content-Disposition's filename or `?name=`), or a multipart form with a `file` field,
 * as the web form sends it. A body over the upload limit is refused from its
 * Content-Length before anything is read, and reading stops as soon as it passes the
 * limit (a client may send no length, or a false one). The type of the file is decided
 * later from its bytes and name (attachments.ts), never from what the client claims.
 */
import { AppError } from '../errors';
import { uploadLimitBytes, type SourceFile } from '../io/source';
import { ATTACHMENT_TYPES } from './attachments';

/** Room for the multipart framing on top of the file itself. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/** The request body types the endpoint takes. */
export const FILE_UPLOAD_BODY_TYPES = [...new Set([...Object.values(ATTACHMENT_TYPES), 'application/octet-stream', 'multipart/form-data'])];

const EXTENSION_OF_TYPE = new Map(Object.entries(ATTACHMENT_TYPES).map(([extension, type]) => [type, extension]));

function tooLarge(limit: number): AppError {
	const mb = (limit / 1024 / 1024).toFixed(1);
	return new AppError('payload_too_large', `The file is larger than the upload limit of ${mb} MB (ATLAS_UPLOAD_LIMIT_MB).`);
}

/** The body, read chunk by chunk and abandoned as soon as it passes `limit` bytes. */
async function readBodyWithin(request: Request, limit: number): Promise<Uint8Array> {
	if (!request.body) return new Uint8Array();
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.byteLength;
		if (total > limit) {
			await reader.cancel().catch(() => {});
			throw tooLarge(limit);
		}
		chunks.push(value);
	}
	const bytes = new Uint8Array(total);
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return bytes;
}

/** The file name of a Content-Disposition header (filename* in UTF-8 first), or ''. */
export function dispositionFileName(header: string | null): string {
	if (!header) return '';
	const extended = /filename\*\s*=\s*(?:utf-8|UTF-8)''([^;]+)/.exec(header)?.[1];
	if (extended) {
		try {
			return decodeURIComponent(extended.trim());
		} catch {
			/* a malformed escape: fall back to the plain name */
		}
	}
	const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/.exec(header);
	return (plain?.[1]?.replace(/\\(.)/g, '$1') ?? plain?.[2] ?? '').trim();
}

/**
 * The uploaded file of the request, within the upload limit (413 otherwise), or 415 for
 * a body type the endpoint does not take.
 */
export async function readFileUpload(request: Request, url: URL, limit = uploadLimitBytes()): Promise<SourceFile> {
	const contentType = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
	const multipart = contentType === 'multipart/form-data';
	if (!FILE_UPLOAD_BODY_TYPES.includes(contentType)) {
		throw new AppError('unsupported_media_type', `Send the file as the body with its type (${Object.values(ATTACHMENT_TYPES).join(', ')} or application/octet-stream), or as the "file" field of a multipart form.`);
	}
	const bodyLimit = multipart ? limit + MULTIPART_OVERHEAD_BYTES : limit;
	const declared = Number(request.headers.get('content-length') ?? 0);
	if (declared > bodyLimit) throw tooLarge(limit);
	const bytes = await readBodyWithin(request, bodyLimit);
	if (!multipart) {
		const extension = EXTENSION_OF_TYPE.get(contentType);
		const name = dispositionFileName(request.headers.get('content-disposition')) || url.searchParams.get('name') || `file${extension ? `.${extension}` : ''}`;
		return { name, bytes };
	}
	let form: FormData;
	try {
		form = await new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'content-type': request.headers.get('content-type')! } }).formData();
	} catch {
		throw new AppError('invalid_input', 'The multipart body could not be read.');
	}
	const file = form.get('file');
	if (!(file instanceof File)) throw new AppError('invalid_input', 'The form has no "file" field holding a file.', { fields: { file: 'required' } });
	if (file.size > limit) throw tooLarge(limit);
	return { name: file.name || 'file', bytes: new Uint8Array(await file.arrayBuffer()) };
}
