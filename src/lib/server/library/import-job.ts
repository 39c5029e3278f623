/**
 * The curator's import of knowledge records through the web: upload → preview (the
 * columns as detected, re-mappable, and every row's problem) → apply as a job with
 * progress. The uploaded file waits in the job row between the steps, so any app
 * process can take the next one.
 */
import type { DB } from '../db';
import type { SessionUser } from '../../domain/user';
import { canCurate } from '../../domain/user';
import type { SourceFile } from '../io/source';
import { AppError, forbidden } from '../errors';
import { runChunkedImport } from '../io/chunked-import';
import { createJob, getQueuedJobPayload, startJob, updateQueuedJobParams, type JobView } from '../jobs/service';
import { refreshResourceConcepts } from './search';
import { RESOURCE_COLUMNS, detectResourceMapping, mappingProblems, overrideMapping, type ResourceColumn } from './resource-columns';
import {
	RESOURCE_IMPORT_FORMATS,
	TABULAR_FORMATS,
	createResourceImporter,
	detectResourceFormat,
	readResourceFile,
	type ResourceImportFormat
} from './resource-io';

export const RESOURCE_IMPORT_JOB = 'import:resources';

/** Most row problems a preview lists (the count is always complete). */
export const PREVIEW_PROBLEM_LIMIT = 500;

export interface ImportPreview {
	jobId: string;
	fileName: string;
	format: ResourceImportFormat;
	/** True when the columns can be re-mapped (CSV, XLSX, JSON). */
	tabular: boolean;
	headers: string[];
	/** Field of each header (same order), null = kept as an extra attribute. */
	mapping: (ResourceColumn | null)[];
	/** Up to three example values per header. */
	examples: string[][];
	mappingProblems: string[];
	rows: number;
	newRecords: number;
	existingRecords: number;
	rejected: number;
	problems: { row: number; reason: string }[];
}

export interface ImportChoices {
	format?: string;
	/** Field chosen for each header, by header position; '' keeps the column as an extra attribute. */
	mapping?: string[];
}

interface ImportParams extends Record<string, unknown> {
	fileName: string;
	format: ResourceImportFormat;
	/** header → field or null. */
	mapping?: Record<string, string | null>;
	/** The headers of the file, once previewed (to read the positional choices of the form). */
	headers?: string[];
}

function requireCurator(user: SessionUser | null): SessionUser {
	if (!canCurate(user)) throw forbidden('Only curators and administrators import records.');
	return user!;
}

function formatOf(file: SourceFile, wanted: string | undefined): ResourceImportFormat {
	if (wanted && wanted !== 'auto') {
		if (!(RESOURCE_IMPORT_FORMATS as readonly string[]).includes(wanted)) {
			throw new AppError('unsupported_media_type', `Records cannot be imported from ${wanted}; use one of ${RESOURCE_IMPORT_FORMATS.join(', ')}.`, { fields: { format: 'unknown format' } });
		}
		return wanted as ResourceImportFormat;
	}
	const detected = detectResourceFormat(file);
	if (!detected) {
		throw new AppError('unsupported_media_type', `Cannot tell the format of ${file.name}; choose it (${RESOURCE_IMPORT_FORMATS.join(', ')}).`, { fields: { format: 'choose the format' } });
	}
	return detected;
}

/** Header → field from the positional choices of the form (unknown fields keep the column as extra). */
function choicesByHeader(headers: string[], mapping: string[] | undefined): Record<string, string | null> | undefined {
	if (!mapping) return undefined;
	const byHeader: Record<string, string | null> = {};
	headers.forEach((header, index) => {
		if (!header || mapping[index] === undefined) return;
		const field = mapping[index];
		byHeader[header] = (RESOURCE_COLUMNS as readonly string[]).includes(field) ? field : null;
	});
	return byHeader;
}

async function buildPreview(db: DB, job: JobView, file: SourceFile, params: ImportParams): Promise<ImportPreview> {
	const read = await readResourceFile(db, file, params.format, { mapping: params.mapping });
	const rejected = read.rows.filter((row) => !row.record);
	return {
		jobId: job.id,
		fileName: params.fileName,
		format: params.format,
		tabular: TABULAR_FORMATS.includes(params.format),
		headers: read.headers,
		mapping: read.headers.map((header) => read.mapping.get(header) ?? null),
		examples: read.headers.map((header) => read.samples.map((sample) => sample[header] ?? '').filter(Boolean).slice(0, 3)),
		mappingProblems: read.mappingProblems,
		rows: read.rows.length,
		newRecords: read.rows.filter((row) => row.record && !row.record.existing).length,
		existingRecords: read.rows.filter((row) => row.record?.existing).length,
		rejected: rejected.length,
		problems: rejected.slice(0, PREVIEW_PROBLEM_LIMIT).map((row) => ({ row: row.row, reason: row.error ?? 'empty row' }))
	};
}

/** Keeps an uploaded file for import and previews it; nothing is written to the library. */
export async function previewUpload(db: DB, user: SessionUser | null, file: SourceFile, choices: ImportChoices = {}): Promise<ImportPreview> {
	const curator = requireCurator(user);
	const format = formatOf(file, choices.format);
	const params: ImportParams = { fileName: file.name, format };
	const job = await createJob(db, curator, { kind: RESOURCE_IMPORT_JOB, params, payload: file.bytes });
	const preview = await buildPreview(db, job, file, params);
	await updateQueuedJobParams(db, curator, job.id, { ...params, headers: preview.headers });
	return preview;
}

/** Previews a kept upload again with other column choices (or another format). */
export async function previewAgain(db: DB, user: SessionUser | null, jobId: string, choices: ImportChoices): Promise<ImportPreview> {
	const curator = requireCurator(user);
	const { job, payload } = await getQueuedJobPayload(db, curator, jobId, RESOURCE_IMPORT_JOB);
	const kept = job.params as ImportParams;
	const file: SourceFile = { name: kept.fileName, bytes: payload };
	const format = choices.format ? formatOf(file, choices.format) : kept.format;
	const sameFormat = format === kept.format;
	const params: ImportParams = { fileName: kept.fileName, format, mapping: sameFormat ? (choicesByHeader(kept.headers ?? [], choices.mapping) ?? kept.mapping) : undefined };
	const preview = await buildPreview(db, job, file, params);
	await updateQueuedJobParams(db, curator, job.id, { ...params, headers: preview.headers });
	return preview;
}

/**
 * Applies a kept upload as a background job (in chunks; each row written whole or not at all)
 * and returns the running job; its result is the import report.
 */
export async function applyUpload(db: DB, user: SessionUser | null, jobId: string, choices: ImportChoices = {}): Promise<JobView> {
	const curator = requireCurator(user);
	const { job, payload } = await getQueuedJobPayload(db, curator, jobId, RESOURCE_IMPORT_JOB);
	const kept = job.params as ImportParams;
	const file: SourceFile = { name: kept.fileName, bytes: payload };
	const mapping = TABULAR_FORMATS.includes(kept.format) ? (choicesByHeader(kept.headers ?? [], choices.mapping) ?? kept.mapping) : undefined;
	if (TABULAR_FORMATS.includes(kept.format) && kept.headers) {
		const problems = mappingProblems(overrideMapping(detectResourceMapping(kept.headers), mapping));
		if (problems.length) throw new AppError('invalid_input', problems.join(' '), { fields: { mapping: 'fix the columns' } });
	}
	if (mapping !== kept.mapping) await updateQueuedJobParams(db, curator, job.id, { ...kept, mapping });
	// Each record it creates or changes gets a version naming the curator.
	const importer = createResourceImporter({ mapping, changedBy: curator });
	return startJob(db, curator, job.id, async (progress) => {
		const report = await runChunkedImport(db, importer, file, { format: kept.format, onProgress: progress });
		// The concepts named in the new texts, for cross-language search (only records whose text changed).
		await refreshResourceConcepts(db);
		return report;
	});
}
