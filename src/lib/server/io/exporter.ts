/** What every exporter offers: a kind, its formats, and the bytes of one export. */
import type { DB } from '../db';

export interface ExportResult {
	body: string | Uint8Array;
	contentType: string;
	extension: string;
	count: number;
}

export interface Exporter {
	kind: string;
	formats: string[];
	/** Exports the records matching the (optional) filters. */
	export(db: DB, format: string, filters?: Record<string, string | string[]>): Promise<ExportResult>;
}
