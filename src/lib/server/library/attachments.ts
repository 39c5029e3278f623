/**
 * Files attached to knowledge records: a small allowlist of document types, decided
 * from the name and checked against the bytes (the browser's claimed type is ignored);
 * text extracted from PDFs with unpdf (Mozilla's pdf.js) so that search reaches it;
 * and the headers that make serving the file back safe.
 */
import { createHash } from 'node:crypto';
import type { DB } from '../db';
import type { SessionUser } from '../../domain/user';
import type { FileTextStatus } from '../db/schema';
import { AppError, invalidInput, notFound } from '../errors';
import { decodeText, type SourceFile } from '../io/source';
import { canViewResource } from './review-access';
import * as queries from './attachment-queries';
import { selectResourceBySlug } from './review-queries';

export type AttachmentKind = 'pdf' | 'docx' | 'xlsx' | 'odt' | 'txt' | 'csv';

/** The accepted types: office documents that carry no macros, plain text, and PDF. */
export const ATTACHMENT_TYPES: Record<AttachmentKind, string> = {
	pdf: 'application/pdf',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	odt: 'application/vnd.oasis.opendocument.text',
	txt: 'text/plain',
	csv: 'text/csv'
};

/** For the `accept` attribute of a file input. */
export const ATTACHMENT_ACCEPT = Object.keys(ATTACHMENT_TYPES)
	.map((extension) => `.${extension}`)
	.join(',');

/** Text kept in resource_file.text, and the part copied onto the record for the search index. */
export const FILE_TEXT_MAX_CHARS = 1_000_000;
export const SEARCH_TEXT_MAX_CHARS = 100_000;
const PDF_TIMEOUT_MS = 20_000;

export interface PreparedAttachment {
	fileName: string;
	kind: AttachmentKind;
	contentType: string;
	sizeBytes: number;
	sha256: string;
	bytes: Uint8Array;
	text: string;
	textStatus: FileTextStatus;
}

export interface AttachmentInfo {
	fileName: string;
	contentType: string;
	sizeBytes: number;
	sha256: string;
	textStatus: FileTextStatus;
	textLength: number;
	uploadedAt: Date;
}

/** True when the bytes start like a PDF ("%PDF-"). */
export function isPdf(bytes: Uint8Array): boolean {
	return bytes.length >= 5 && bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2d;
}

const isZip = (bytes: Uint8Array) => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
const looksBinary = (bytes: Uint8Array) => bytes.subarray(0, 8192).includes(0);

/**
 * The kind of an upload, or null when it is not on the allowlist or its bytes do not
 * match its name (a ".docx" that is not a ZIP package, a ".txt" holding binary data).
 * A ".pdf" that does not parse is still accepted: the record keeps it, text unavailable.
 */
export function detectAttachmentKind(fileName: string, bytes: Uint8Array): AttachmentKind | null {
	if (isPdf(bytes)) return 'pdf';
	const extension = /\.([a-z0-9]{1,5})$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
	if (extension === 'pdf') return 'pdf';
	if ((extension === 'docx' || extension === 'xlsx' || extension === 'odt') && isZip(bytes)) return extension;
	if ((extension === 'txt' || extension === 'csv') && !looksBinary(bytes)) return extension;
	return null;
}

/** A file name safe to store and show: no folders, no control characters, at most 200 characters. */
export function cleanFileName(name: string): string {
	const base = name.split(/[\\/]/).pop() ?? '';
	// eslint-disable-next-line no-control-regex
	const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(-200);
	return cleaned || 'file';
}

/** Text fit for a text column: no NUL characters, runs of blanks collapsed, bounded. */
function cleanText(text: string, max = FILE_TEXT_MAX_CHARS): string {
	return (
		text
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ' ')
			.replace(/[ \t\u00a0]+/g, ' ')
			.replace(/\s*\n\s*(\n\s*)+/g, '\n\n')
			.trim()
			.slice(0, max)
	);
}

/**
 * The text of a PDF. A file pdf.js cannot read (broken, encrypted, not a PDF at all)
 * gives status "unavailable" instead of an error: the record keeps its file.
 */
export async function extractPdfText(bytes: Uint8Array, timeoutMs = PDF_TIMEOUT_MS): Promise<{ status: FileTextStatus; text: string }> {
	let timer: NodeJS.Timeout | undefined;
	try {
		const { extractText, getDocumentProxy } = await import('unpdf');
		const work = (async () => {
			// pdf.js may take ownership of the buffer it is given: hand it a copy.
			const pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, verbosity: 0 });
			try {
				return (await extractText(pdf, { mergePages: true })).text;
			} finally {
				await pdf.destroy().catch(() => {});
			}
		})();
		const timeout = new Promise<never>((_, reject) => {
			timer = setTimeout(() => reject(new Error('PDF text extraction timed out')), timeoutMs);
		});
		const text = cleanText(await Promise.race([work, timeout]));
		return { status: 'ok', text };
	} catch {
		return { status: 'unavailable', text: '' };
	} finally {
		if (timer) clearTimeout(timer);
	}
}

/**
 * Checks an upload against the allowlist and prepares what is stored: the type decided
 * from the bytes, a SHA-256, and the text (PDF, plain text, CSV).
 */
export async function prepareAttachment(file: SourceFile): Promise<PreparedAttachment> {
	const fileName = cleanFileName(file.name);
	if (file.bytes.length === 0) throw invalidInput(`${fileName} is empty.`, { file: 'empty' });
	const kind = detectAttachmentKind(fileName, file.bytes);
	if (!kind) {
		throw new AppError('unsupported_media_type', `${fileName}: attach a PDF, DOCX, XLSX, ODT, TXT or CSV file.`, { fields: { file: 'type' } });
	}
	let text = '';
	let textStatus: FileTextStatus = 'none';
	if (kind === 'pdf') ({ status: textStatus, text } = await extractPdfText(file.bytes));
	else if (kind === 'txt' || kind === 'csv') {
		text = cleanText(decodeText(file.bytes).text);
		textStatus = 'ok';
	}
	return {
		fileName,
		kind,
		contentType: kind === 'pdf' && !isPdf(file.bytes) ? 'application/octet-stream' : ATTACHMENT_TYPES[kind],
		sizeBytes: file.bytes.length,
		sha256: createHash('sha256').update(file.bytes).digest('hex'),
		bytes: file.bytes,
		text,
		textStatus
	};
}

/**
 * Stores a prepared file on a record and copies its text where search reads it.
 * Part of a change the review service has already allowed (it checks access).
 */
export async function saveAttachment(db: DB, resourceId: string, file: PreparedAttachment, uploadedBy: string | null): Promise<void> {
	await queries.upsertFile(db, {
		resourceId,
		fileName: file.fileName,
		contentType: file.contentType,
		sizeBytes: file.sizeBytes,
		sha256: file.sha256,
		// node-postgres sends Buffers as bytea; PGlite takes any Uint8Array.
		bytes: Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength),
		text: file.text,
		textStatus: file.textStatus,
		uploadedBy
	});
	await queries.setResourceFileText(db, resourceId, file.text.slice(0, SEARCH_TEXT_MAX_CHARS));
}

/** Removes a record's file and its text (the review service checks access). */
export async function removeAttachment(db: DB, resourceId: string): Promise<boolean> {
	const removed = await queries.deleteFile(db, resourceId);
	if (removed) await queries.setResourceFileText(db, resourceId, '');
	return removed;
}

/** The description of a record's file, or null (no access check: for callers that made one). */
export async function attachmentInfo(db: DB, resourceId: string): Promise<AttachmentInfo | null> {
	const row = await queries.selectFileInfo(db, resourceId);
	if (!row) return null;
	return {
		fileName: row.file_name,
		contentType: row.content_type,
		sizeBytes: Number(row.size_bytes),
		sha256: row.sha256,
		textStatus: row.text_status,
		textLength: Number(row.text_length),
		uploadedAt: row.created_at
	};
}

/** The file of a record the viewer may see, described (for the record's page). */
export async function getAttachmentSummary(db: DB, viewer: SessionUser | null, slug: string): Promise<AttachmentInfo | null> {
	const resource = await selectResourceBySlug(db, slug);
	if (!resource || !canViewResource(viewer, resource)) throw notFound('The record');
	return attachmentInfo(db, resource.id);
}

/**
 * Response headers for a stored file. Only bytes that really start as a PDF are sent as
 * application/pdf (shown in the browser); anything else is application/octet-stream and
 * a download. `nosniff` stops the browser from guessing, and `sandbox` keeps any script
 * a document might carry away from the site's origin.
 */
export function attachmentHeaders(file: { fileName: string; bytes: Uint8Array; published: boolean }): Record<string, string> {
	const pdf = isPdf(file.bytes);
	const name = cleanFileName(file.fileName);
	const ascii = name.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
	return {
		'content-type': pdf ? 'application/pdf' : 'application/octet-stream',
		'content-disposition': `${pdf ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(name)}`,
		'content-length': String(file.bytes.byteLength),
		'x-content-type-options': 'nosniff',
		'content-security-policy': 'sandbox',
		'cache-control': file.published ? 'public, max-age=3600' : 'private, no-store'
	};
}

function encodeRfc5987(value: string): string {
	return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The file of a record the viewer may see, with its safe headers; not found otherwise. */
export async function getAttachmentDownload(db: DB, viewer: SessionUser | null, slug: string): Promise<{ bytes: Uint8Array; headers: Record<string, string> }> {
	const resource = await selectResourceBySlug(db, slug);
	if (!resource || !canViewResource(viewer, resource)) throw notFound('The file');
	const file = await queries.selectFileContent(db, resource.id);
	if (!file) throw notFound('The file');
	const bytes = new Uint8Array(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
	return { bytes, headers: attachmentHeaders({ fileName: file.file_name, bytes, published: resource.status === 'published' }) };
}
