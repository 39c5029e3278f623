/**
 * XLSX reading and writing with exceljs. An XLSX file is a zip archive, so before
 * exceljs unpacks anything the archive is checked here: its byte size against the
 * upload limit, the sizes its central directory declares (refused above ten times the
 * limit or when compressed more than a hundredfold), and then every entry is inflated
 * with an output cap equal to its declared size, so an archive that lies about its
 * sizes is refused too instead of filling the memory.
 */
import ExcelJS from 'exceljs';
import { inflateRawSync } from 'node:zlib';
import { AppError } from '../errors';
import { uploadLimitBytes } from './source';
import { safeCell, type Table, type TableRow } from './csv';

/** Highest accepted ratio of uncompressed to compressed size (real spreadsheets stay far below). */
export const MAX_COMPRESSION_RATIO = 100;
/** Uncompressed size allowed, as a multiple of the upload limit. */
export const MAX_UNCOMPRESSED_FACTOR = 10;
const MAX_ENTRIES = 10_000;
// Tiny parts (styles, relationships) may compress very well without being a threat.
const RATIO_CHECK_MIN_BYTES = 1024 * 1024;

export interface ZipEntryInfo {
	name: string;
	method: number;
	compressedSize: number;
	uncompressedSize: number;
	localHeaderOffset: number;
}

const invalid = (message: string) => new AppError('invalid_input', message);

/** True when the bytes start like a zip archive (an XLSX file). */
export function looksLikeZip(bytes: Uint8Array): boolean {
	return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Reads the central directory of a zip archive (the list of entries with their
 * compressed and uncompressed sizes) without inflating anything. Understands ZIP64.
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntryInfo[] {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const u16 = (at: number) => view.getUint16(at, true);
	const u32 = (at: number) => view.getUint32(at, true);
	const u64 = (at: number) => Number(view.getBigUint64(at, true));
	let eocd = -1;
	for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
		if (u32(at) === 0x06054b50) {
			eocd = at;
			break;
		}
	}
	if (eocd < 0) throw invalid('The file is not a valid XLSX workbook (no zip directory found).');
	let count = u16(eocd + 10);
	let directoryOffset = u32(eocd + 16);
	if (count === 0xffff || directoryOffset === 0xffffffff) {
		const locator = eocd - 20;
		if (locator < 0 || u32(locator) !== 0x07064b50) throw invalid('The XLSX workbook has a damaged zip directory.');
		const zip64 = u64(locator + 8);
		if (zip64 + 56 > bytes.length || u32(zip64) !== 0x06064b50) throw invalid('The XLSX workbook has a damaged zip directory.');
		count = u64(zip64 + 32);
		directoryOffset = u64(zip64 + 48);
	}
	if (count > MAX_ENTRIES) throw invalid(`The XLSX workbook holds ${count} parts; at most ${MAX_ENTRIES} are accepted.`);
	const entries: ZipEntryInfo[] = [];
	let at = directoryOffset;
	for (let index = 0; index < count; index++) {
		if (at + 46 > bytes.length || u32(at) !== 0x02014b50) throw invalid('The XLSX workbook has a damaged zip directory.');
		const nameLength = u16(at + 28);
		const extraLength = u16(at + 30);
		const commentLength = u16(at + 32);
		const entry: ZipEntryInfo = {
			name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
			method: u16(at + 10),
			compressedSize: u32(at + 20),
			uncompressedSize: u32(at + 24),
			localHeaderOffset: u32(at + 42)
		};
		// ZIP64 extra field: the 64-bit sizes of the fields that are 0xFFFFFFFF, in this order.
		let extra = at + 46 + nameLength;
		const extraEnd = extra + extraLength;
		while (extra + 4 <= extraEnd) {
			const id = u16(extra);
			const size = u16(extra + 2);
			if (id === 0x0001) {
				let field = extra + 4;
				if (entry.uncompressedSize === 0xffffffff) (entry.uncompressedSize = u64(field)), (field += 8);
				if (entry.compressedSize === 0xffffffff) (entry.compressedSize = u64(field)), (field += 8);
				if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = u64(field);
			}
			extra += 4 + size;
		}
		entries.push(entry);
		at = extraEnd + commentLength;
	}
	return entries;
}

/**
 * Refuses an archive that would unpack to too much: over MAX_UNCOMPRESSED_FACTOR × the
 * limit in total, or compressed more than MAX_COMPRESSION_RATIO times. Then inflates
 * each entry with its declared size as a hard cap, which catches sizes that lie.
 */
export function checkZipBomb(bytes: Uint8Array, limit = uploadLimitBytes()): void {
	const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
	if (bytes.length > limit) throw new AppError('payload_too_large', `The file is ${mb(bytes.length)} MB; the limit is ${mb(limit)} MB.`);
	const entries = readZipDirectory(bytes);
	let uncompressed = 0;
	let compressed = 0;
	for (const entry of entries) {
		uncompressed += entry.uncompressedSize;
		compressed += entry.compressedSize;
		const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
		if (entry.uncompressedSize > RATIO_CHECK_MIN_BYTES && ratio > MAX_COMPRESSION_RATIO) {
			throw new AppError('payload_too_large', `The XLSX part ${entry.name} is compressed ${Math.round(ratio)} times (more than ${MAX_COMPRESSION_RATIO}); it looks like a zip bomb and was not opened.`);
		}
	}
	if (uncompressed > MAX_UNCOMPRESSED_FACTOR * limit) {
		throw new AppError('payload_too_large', `The XLSX workbook would unpack to ${mb(uncompressed)} MB, more than ${MAX_UNCOMPRESSED_FACTOR} times the ${mb(limit)} MB limit; it was not opened.`);
	}
	if (uncompressed > RATIO_CHECK_MIN_BYTES && uncompressed / Math.max(1, compressed) > MAX_COMPRESSION_RATIO) {
		throw new AppError('payload_too_large', `The XLSX workbook is compressed more than ${MAX_COMPRESSION_RATIO} times; it looks like a zip bomb and was not opened.`);
	}
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	for (const entry of entries) {
		const local = entry.localHeaderOffset;
		if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) throw invalid('The XLSX workbook has a damaged zip entry.');
		const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
		const data = bytes.subarray(start, start + entry.compressedSize);
		if (entry.method === 0) {
			if (entry.compressedSize !== entry.uncompressedSize) throw invalid(`The XLSX part ${entry.name} has inconsistent sizes.`);
			continue;
		}
		if (entry.method !== 8) throw invalid(`The XLSX part ${entry.name} uses an unsupported compression method.`);
		try {
			inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
				throw new AppError('payload_too_large', `The XLSX part ${entry.name} unpacks to more than it declares; it was not opened.`);
			}
			throw invalid(`The XLSX part ${entry.name} could not be unpacked.`);
		}
	}
}

/** The text of a cell as a person reads it; formulas give their cached result, never run. */
export function cellText(value: ExcelJS.CellValue): string {
	if (value == null) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (value instanceof Date) {
		const iso = value.toISOString();
		return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
	}
	if (typeof value === 'object') {
		if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((part) => part.text).join('');
		if ('error' in value) return '';
		if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
		if ('text' in value) return cellText((value as { text: ExcelJS.CellValue }).text);
		if ('hyperlink' in value) return String((value as { hyperlink: string }).hyperlink);
	}
	return String(value);
}

/**
 * Reads the first worksheet that has data into header-keyed rows, like parseCsv: leading
 * rows without any letter are skipped, the first row with text is the header, and each
 * row keeps its row number in the sheet.
 */
export async function parseXlsx(bytes: Uint8Array, limit = uploadLimitBytes()): Promise<Table> {
	if (!looksLikeZip(bytes)) throw invalid('The file is not an XLSX workbook.');
	checkZipBomb(bytes, limit);
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
	} catch (error) {
		throw invalid(`The XLSX workbook could not be read: ${(error as Error).message}`);
	}
	const sheet = workbook.worksheets.find((candidate) => candidate.actualRowCount > 0);
	if (!sheet) throw invalid('The workbook has no sheet with data.');
	let headers: string[] | null = null;
	const rows: TableRow[] = [];
	sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
		const cells: string[] = [];
		row.eachCell({ includeEmpty: true }, (cell, column) => {
			cells[column - 1] = cellText(cell.value).trim();
		});
		if (!headers) {
			if (cells.some((text) => /[\p{L}\p{N}]/u.test(text ?? ''))) headers = Array.from(cells, (text) => text ?? '');
			return;
		}
		if (cells.every((text) => !text)) return;
		const values: Record<string, string> = {};
		headers.forEach((header, index) => {
			if (header) values[header] = cells[index] ?? '';
		});
		rows.push({ line: rowNumber, values });
	});
	if (!headers) throw invalid('The workbook has no header row.');
	return { headers, rows, encoding: 'xlsx', delimiter: '' };
}

/** Writes one sheet of rows as XLSX; every text cell goes through safeCell (formula injection). */
export async function toXlsx(sheetName: string, headers: string[], rows: (string | number | null)[][]): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Skills Atlas';
	const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
	sheet.addRow(headers);
	sheet.getRow(1).font = { bold: true };
	for (const row of rows) sheet.addRow(row.map((value) => (typeof value === 'string' ? safeCell(value) : value)));
	sheet.views = [{ state: 'frozen', ySplit: 1 }];
	const buffer = await workbook.xlsx.writeBuffer();
	return new Uint8Array(buffer as ArrayBuffer);
}
