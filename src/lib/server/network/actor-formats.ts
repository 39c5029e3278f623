/**
 * The `actors` kind in every format it is offered in: our CSV and JSON (actor-io), the
 * same columns in XLSX, and the European Commission's ECHE list (CSV or XLSX), which is
 * recognised by its headers so it imports without --format.
 */
import type { DB } from '../db';
import type { Importer, ParsedRow, RowStatus } from '../io/import-run';
import type { Exporter } from '../io/exporter';
import type { SourceFile } from '../io/source';
import { decodeText } from '../io/source';
import { parseCsv } from '../io/csv';
import { looksLikeZip, parseXlsx, toXlsx } from '../io/xlsx';
import { echeRecords, isEcheHeaders, looksLikeEcheCsv, loadEcheContext, applyEcheRecord, type EcheRecord, type EcheContext } from '../io/eche';
import { AppError } from '../errors';
import { actorImporter, actorExporter, rowsToRecords, ACTOR_COLUMNS, type ActorRecord } from './actor-io';

/** A row of any actor format: ours, or an ECHE row (which carries its Erasmus code). */
export type AnyActorRecord = ActorRecord | (EcheRecord & { eche: EcheContext });

function isEche(record: AnyActorRecord): record is EcheRecord & { eche: EcheContext } {
	return 'erasmusCode' in record;
}

/** Parses an ECHE table and attaches what is already stored (loaded once for all rows). */
async function echeRows(db: DB, table: Parameters<typeof echeRecords>[0]): Promise<ParsedRow<AnyActorRecord>[]> {
	const context = await loadEcheContext(db);
	return echeRecords(table).map((row) => (row.record ? { row: row.row, record: { ...row.record, eche: context } } : row));
}

export const actorFileImporter: Importer<AnyActorRecord> = {
	kind: 'actors',
	formats: [...actorImporter.formats, 'xlsx', 'eche'],
	detect(file: SourceFile) {
		if (looksLikeZip(file.bytes)) return 'xlsx';
		const format = actorImporter.detect(file);
		if (format === 'csv' || format === undefined) {
			if (looksLikeEcheCsv(decodeText(file.bytes.subarray(0, 4096)).text)) return 'eche';
		}
		return format;
	},
	async parse(file, format, db) {
		if (format === 'eche' || format === 'xlsx') {
			const table = looksLikeZip(file.bytes) ? await parseXlsx(file.bytes) : parseCsv(file.bytes);
			if (isEcheHeaders(table.headers)) return echeRows(db, table);
			if (format === 'eche') throw new AppError('invalid_input', 'The file does not have the headers of the ECHE list (Erasmus Code, Pic, Legal Name, Country Cd…).');
			return rowsToRecords(
				table.rows.map((row) => ({ row: row.line, values: row.values })),
				table.headers
			);
		}
		return actorImporter.parse(file, format, db);
	},
	async apply(db: DB, record): Promise<RowStatus> {
		if (isEche(record)) return applyEcheRecord(db, record, record.eche);
		return actorImporter.apply(db, record);
	}
};

export const actorFileExporter: Exporter = {
	kind: 'actors',
	formats: [...actorExporter.formats, 'xlsx'],
	async export(db, format, filters) {
		if (format !== 'xlsx') return actorExporter.export(db, format, filters);
		// The CSV export is the reference layout; the workbook holds the same cells.
		const csv = await actorExporter.export(db, 'csv', filters);
		const table = parseCsv(typeof csv.body === 'string' ? new TextEncoder().encode(csv.body) : csv.body);
		const rows = table.rows.map((row) => ACTOR_COLUMNS.map((column) => unescapeCell(row.values[column] ?? '')));
		const body = await toXlsx('Actors', [...ACTOR_COLUMNS], rows);
		return { body, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx', count: rows.length };
	}
};

/** Undoes the CSV formula guard; toXlsx applies its own to the cells it writes. */
function unescapeCell(value: string): string {
	return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}
