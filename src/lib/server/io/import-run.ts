/**
 * The one import pipeline every format and kind goes through:
 * parse → validate (per row) → apply (per row, inside one transaction with a
 * savepoint per row) → report. A rejected row is rolled back to its savepoint, so
 * it never leaves half a record; a dry run or a strict run with rejections rolls
 * the whole transaction back, so nothing already stored changes. Importers that can
 * write many rows at once (applyBatch) get chunks of rows on one savepoint each; a
 * chunk that fails is rolled back and retried row by row.
 */
import { sql } from 'kysely';
import type { DB } from '../db';
import type { SourceFile } from './source';
import { AppError } from '../errors';

export type RowStatus = 'created' | 'updated' | 'unchanged';

export interface ParsedRow<T> {
	/** Row (line) number as the user sees it in the file. */
	row: number;
	record?: T;
	/** Why the row cannot be imported, in plain words naming the field. */
	error?: string;
}

export interface Importer<T> {
	kind: string;
	formats: string[];
	/** Guesses the format from the file name and first bytes; undefined when unknown. */
	detect(file: SourceFile): string | undefined;
	/**
	 * Turns the file into validated records or per-row errors; throws AppError when unreadable.
	 * What concerns the file as a whole (attributes read leniently, things the format or its
	 * library drops) is pushed onto `notes`, which the report carries.
	 */
	parse(file: SourceFile, format: string, db: DB, notes?: string[]): Promise<ParsedRow<T>[]>;
	/** Writes one record (inside the import's transaction). */
	apply(db: DB, record: T): Promise<RowStatus>;
	/**
	 * Optional: writes several records at once (inside the import's transaction, on one
	 * savepoint) and returns each one's status, in order. When it throws, the chunk is
	 * rolled back and its rows go through `apply` one by one, so a bad row is still
	 * reported alone and the others are still written.
	 */
	applyBatch?(db: DB, records: T[]): Promise<RowStatus[]>;
}

export interface ImportReport {
	kind: string;
	format: string;
	rows: number;
	created: number;
	updated: number;
	unchanged: number;
	rejected: { row: number; reason: string }[];
	/** Remarks on the whole file: undeclared attributes, missing nodes, data the format drops. */
	notes: string[];
	dryRun: boolean;
	/** True when the transaction was rolled back (dry run, or strict with rejections). */
	rolledBack: boolean;
}

export interface ImportOptions {
	format?: string;
	dryRun?: boolean;
	strict?: boolean;
	onProgress?: (done: number, total: number) => void;
}

class Rollback extends Error {}

/** Runs an import and reports every row. */
export async function runImport<T>(db: DB, importer: Importer<T>, file: SourceFile, options: ImportOptions = {}): Promise<ImportReport> {
	const format = options.format ?? importer.detect(file);
	if (!format) {
		throw new AppError('unsupported_media_type', `Cannot tell the format of ${file.name}; give --format (${importer.formats.join(', ')}).`);
	}
	if (!importer.formats.includes(format)) {
		throw new AppError('unsupported_media_type', `${importer.kind} cannot be imported from ${format}; use one of ${importer.formats.join(', ')}.`);
	}
	const notes: string[] = [];
	const parsed = await importer.parse(file, format, db, notes);
	const report: ImportReport = {
		kind: importer.kind,
		format,
		rows: parsed.length,
		created: 0,
		updated: 0,
		unchanged: 0,
		rejected: [],
		notes,
		dryRun: !!options.dryRun,
		rolledBack: false
	};
	try {
		await db.transaction().execute(async (trx) => {
			const step = importer.applyBatch ? BATCH_ROWS : 1;
			for (let start = 0; start < parsed.length; start += step) {
				const chunk = parsed.slice(start, start + step);
				const valid = chunk.filter((item) => !item.error && item.record);
				const together = valid.length > 1 && (await applyTogether(trx, importer, valid, report));
				for (const item of chunk) {
					if (item.error || !item.record) report.rejected.push({ row: item.row, reason: item.error ?? 'empty row' });
					else if (!together) await applyAlone(trx, importer, item, report);
				}
				const done = start + chunk.length;
				if (options.onProgress && (Math.floor(done / 50) > Math.floor(start / 50) || done === parsed.length)) options.onProgress(done, parsed.length);
			}
			if (options.dryRun || (options.strict && report.rejected.length)) throw new Rollback();
		});
	} catch (error) {
		if (!(error instanceof Rollback)) throw error;
		report.rolledBack = true;
	}
	return report;
}

/** Rows an importer with applyBatch gets at once. */
const BATCH_ROWS = 250;

/** One row on its own savepoint: written whole, or rolled back and rejected with its reason. */
async function applyAlone<T>(trx: DB, importer: Importer<T>, item: ParsedRow<T>, report: ImportReport): Promise<void> {
	await sql`savepoint import_row`.execute(trx);
	try {
		const status = await importer.apply(trx, item.record!);
		report[status]++;
		await sql`release savepoint import_row`.execute(trx);
	} catch (error) {
		await sql`rollback to savepoint import_row`.execute(trx);
		report.rejected.push({ row: item.row, reason: reasonOf(error) });
	}
}

/** Several rows on one savepoint; false (and nothing written) when the importer could not write them together. */
async function applyTogether<T>(trx: DB, importer: Importer<T>, items: ParsedRow<T>[], report: ImportReport): Promise<boolean> {
	await sql`savepoint import_batch`.execute(trx);
	let statuses: RowStatus[];
	try {
		statuses = await importer.applyBatch!(trx, items.map((item) => item.record!));
		if (statuses.length !== items.length) throw new Error(`applyBatch answered for ${statuses.length} of ${items.length} records`);
	} catch {
		// The rows go one by one instead, which reports the one at fault.
		await sql`rollback to savepoint import_batch`.execute(trx);
		return false;
	}
	await sql`release savepoint import_batch`.execute(trx);
	for (const status of statuses) report[status]++;
	return true;
}

function reasonOf(error: unknown): string {
	if (error instanceof AppError) return error.message;
	const pg = error as { code?: string; detail?: string; message?: string };
	if (pg.code === '23505') return `duplicate: ${pg.detail ?? pg.message}`;
	if (pg.code === '22001') return 'a value is too long for its field';
	console.error('Import row failed unexpectedly:', error);
	return 'the row could not be stored (unexpected error, see the server log)';
}

/** The CLI exit status of interfaces.md: 0 all imported, 3 some rejected, 1 nothing imported. */
export function importExitCode(report: ImportReport, strict = false): number {
	if (report.rejected.length && strict) return 1;
	const stored = report.created + report.updated + report.unchanged;
	if (stored === 0) return 1;
	return report.rejected.length ? 3 : 0;
}

/** The one-line JSON summary of interfaces.md (plus `notes` when the file gave any). */
export function importSummary(report: ImportReport) {
	const summary = { created: report.created, updated: report.updated, unchanged: report.unchanged, rejected: report.rejected };
	return report.notes?.length ? { ...summary, notes: report.notes } : summary;
}
