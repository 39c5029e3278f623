/**
 * CSV reading with csv-parse: the delimiter is guessed (comma, semicolon, tab),
 * quoted line breaks and doubled quotes are handled, leading junk lines without
 * any letters (";;;;") are skipped, and each record keeps its line number.
 */
import { parse } from 'csv-parse/sync';
import { AppError } from '../errors';
import { decodeText } from './source';

export interface TableRow {
	/** 1-based line in the file where the record starts (for reports). */
	line: number;
	values: Record<string, string>;
}

export interface Table {
	headers: string[];
	rows: TableRow[];
	encoding: string;
	delimiter: string;
}

/** Picks the delimiter from the header line (the most reliable line of a table). */
export function guessDelimiter(sample: string): string {
	const header = sample.split(/\r?\n/).find((line) => /[\p{L}\p{N}]/u.test(line)) ?? '';
	let best = ',';
	let bestCount = 0;
	for (const candidate of [',', ';', '\t', '|']) {
		const count = header.split(candidate).length - 1;
		if (count > bestCount) {
			best = candidate;
			bestCount = count;
		}
	}
	return best;
}

/** Parses CSV bytes into header-keyed rows. */
export function parseCsv(bytes: Uint8Array): Table {
	const { text, encoding } = decodeText(bytes);
	const lines = text.split(/\r?\n/);
	let skip = 0;
	while (skip < lines.length && !/[\p{L}\p{N}]/u.test(lines[skip])) skip++;
	if (skip >= lines.length) throw new AppError('invalid_input', 'The file has no header row.');
	const body = lines.slice(skip).join('\n');
	const delimiter = guessDelimiter(body.slice(0, 20_000));
	let records: { record: string[]; info: { lines: number } }[];
	try {
		records = parse(body, {
			delimiter,
			relax_column_count: true,
			skip_empty_lines: true,
			bom: true,
			info: true,
			trim: false
		}) as unknown as { record: string[]; info: { lines: number } }[];
	} catch (error) {
		const err = error as { lines?: number; message: string };
		const line = err.lines ? ` near line ${err.lines + skip}` : '';
		throw new AppError('invalid_input', `The CSV could not be read${line}: ${err.message}`);
	}
	if (records.length === 0) throw new AppError('invalid_input', 'The file has no header row.');
	const headers = records[0].record.map((header) => header.trim());
	if (headers.every((header) => header === '')) throw new AppError('invalid_input', 'The header row is empty.');
	const rows: TableRow[] = [];
	let previousEnd = records[0].info.lines;
	for (const { record, info } of records.slice(1)) {
		const values: Record<string, string> = {};
		headers.forEach((header, index) => {
			if (header) values[header] = (record[index] ?? '').trim();
		});
		rows.push({ line: previousEnd + 1 + skip, values });
		previousEnd = info.lines;
	}
	return { headers, rows, encoding, delimiter };
}

/** Neutralises spreadsheet formulas in exported cells (CSV injection). */
export function safeCell(value: string): string {
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Writes rows as RFC 4180 CSV (UTF-8 with BOM so Excel reads accents right). */
export function toCsv(headers: string[], rows: string[][]): string {
	const quote = (value: string) => {
		const safe = safeCell(value ?? '');
		return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
	};
	return '\ufeff' + [headers, ...rows].map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}
