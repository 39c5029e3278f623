/**
 * Reading an uploaded or local file safely: the size limit is checked before the
 * bytes are read, a BOM is dropped, and text that is not valid UTF-8 is decoded as
 * Windows-1252 (what Excel writes on most Western machines).
 */
import { open, stat } from 'node:fs/promises';
import { AppError } from '../errors';

export interface SourceFile {
	name: string;
	bytes: Uint8Array;
}

/** The upload limit in bytes (ATLAS_UPLOAD_LIMIT_MB, default 50 MB). */
export function uploadLimitBytes(): number {
	return Math.round(Number(process.env.ATLAS_UPLOAD_LIMIT_MB ?? 50) * 1024 * 1024);
}

function tooLarge(name: string, size: number, limit: number): AppError {
	const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
	return new AppError('payload_too_large', `${name} is ${mb(size)} MB; the limit is ${mb(limit)} MB (ATLAS_UPLOAD_LIMIT_MB).`);
}

/** Reads a local file after checking its size against the limit. */
export async function readSourceFile(path: string, limit = uploadLimitBytes()): Promise<SourceFile> {
	let info;
	try {
		info = await stat(path);
	} catch {
		throw new AppError('not_found', `Cannot read ${path}: no such file.`);
	}
	if (!info.isFile()) throw new AppError('invalid_input', `${path} is not a file.`);
	if (info.size > limit) throw tooLarge(path, info.size, limit);
	const handle = await open(path, 'r');
	try {
		const bytes = new Uint8Array(info.size);
		await handle.read(bytes, 0, info.size, 0);
		return { name: path.split('/').pop() ?? path, bytes };
	} finally {
		await handle.close();
	}
}

/** Reads an uploaded File (web form), refusing it before reading when over the limit. */
export async function readUploadedFile(file: File, limit = uploadLimitBytes()): Promise<SourceFile> {
	if (file.size > limit) throw tooLarge(file.name, file.size, limit);
	return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

export interface DecodedText {
	text: string;
	encoding: 'utf-8' | 'utf-16le' | 'windows-1252';
}

/** Decodes bytes to text: UTF-8 (BOM or not), UTF-16LE with BOM, else Windows-1252. */
export function decodeText(bytes: Uint8Array): DecodedText {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
	}
	const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start)), encoding: 'utf-8' };
	} catch {
		return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
	}
}
