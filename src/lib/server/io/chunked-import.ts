/**
 * An import applied in several short transactions instead of one, for work that runs
 * inside the server: on PGlite a transaction holds the only connection, so a long one
 * would stall every page until it ends. Each chunk goes through runImport (savepoints
 * per row or per batch of rows, so no row is ever half-written); rows are independent,
 * so a chunk that commits stays committed. The whole-file guarantees (dry run, strict)
 * stay with a single runImport, as the CLI uses it.
 */
import type { DB } from '../db';
import type { SourceFile } from './source';
import { runImport, type ImportReport, type Importer, type ParsedRow } from './import-run';

export interface ChunkedImportOptions {
	format: string;
	/** How long one transaction should hold the database; the rows per chunk adapt to it. */
	targetChunkMs?: number;
	/** Called after each chunk with the rows handled so far. */
	onProgress?: (done: number, total: number) => Promise<void> | void;
}

const MIN_CHUNK_ROWS = 5;
const MAX_CHUNK_ROWS = 2000;

/** Parses the file once, then applies it chunk by chunk; the report covers every row. */
export async function runChunkedImport<T>(db: DB, importer: Importer<T>, file: SourceFile, options: ChunkedImportOptions): Promise<ImportReport> {
	const notes: string[] = [];
	const parsed = await importer.parse(file, options.format, db, notes);
	const targetMs = options.targetChunkMs ?? 250;
	let chunkSize = 25;
	const report: ImportReport = { kind: importer.kind, format: options.format, rows: parsed.length, created: 0, updated: 0, unchanged: 0, rejected: [], notes, dryRun: false, rolledBack: false };
	await options.onProgress?.(0, parsed.length);
	for (let start = 0; start < parsed.length; ) {
		const chunk: ParsedRow<T>[] = parsed.slice(start, start + chunkSize);
		const started = performance.now();
		const part = await runImport(db, { ...importer, parse: async () => chunk }, file, { format: options.format });
		const elapsedMs = performance.now() - started;
		report.created += part.created;
		report.updated += part.updated;
		report.unchanged += part.unchanged;
		report.rejected.push(...part.rejected);
		start += chunk.length;
		await options.onProgress?.(start, parsed.length);
		// Aim at targetMs per transaction whatever the engine and the rows cost.
		if (elapsedMs < targetMs / 2) chunkSize = Math.min(MAX_CHUNK_ROWS, chunkSize * 2);
		else if (elapsedMs > targetMs * 2) chunkSize = Math.max(MIN_CHUNK_ROWS, Math.floor(chunkSize / 2));
		// Let requests waiting for the database go first.
		await new Promise((resolve) => setImmediate(resolve));
	}
	return report;
}
