import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { getDb } from '$lib/server/db';
import { requirePageRole } from '$lib/server/auth/request';
import { parseForm } from '$lib/server/auth/forms';
import { readUploadedFile, uploadLimitBytes } from '$lib/server/io/source';
import { AppError } from '$lib/server/errors';
import { getJob, type JobView } from '$lib/server/jobs/service';
import { RESOURCE_IMPORT_FORMATS } from '$lib/server/library/resource-io';
import { RESOURCE_COLUMNS, REQUIRED_COLUMNS } from '$lib/server/library/resource-columns';
import { RESOURCE_IMPORT_JOB, applyUpload, previewAgain, previewUpload, type ImportPreview } from '$lib/server/library/import-job';
import type { ImportReport } from '$lib/server/io/import-run';
import { m } from '$lib/paraglide/messages';

const PAGE_REJECTION_LIMIT = 500;
const limitMb = () => Math.round((uploadLimitBytes() / 1024 / 1024) * 10) / 10;

/** What the page shows of a preview: columns with their field, counts, problems. */
function presentPreview(preview: ImportPreview) {
	const fields: string[] = preview.mapping.filter((field): field is NonNullable<typeof field> => field !== null);
	return {
		jobId: preview.jobId,
		fileName: preview.fileName,
		format: preview.format,
		tabular: preview.tabular,
		columns: preview.headers
			.map((header, index) => ({ index, header, field: (preview.mapping[index] ?? '') as string, examples: preview.examples[index] ?? [] }))
			.filter((column) => column.header !== ''),
		missing: preview.tabular ? REQUIRED_COLUMNS.filter((field) => !fields.includes(field)) : [],
		duplicates: [...new Set(fields.filter((field, index) => fields.indexOf(field) !== index))] as string[],
		rows: preview.rows,
		newRecords: preview.newRecords,
		existingRecords: preview.existingRecords,
		rejected: preview.rejected,
		problems: preview.problems
	};
}

function presentJob(job: JobView) {
	const report = job.result as ImportReport | null;
	return {
		id: job.id,
		status: job.status,
		done: job.progress.done,
		total: job.progress.total,
		fileName: String(job.params.fileName ?? ''),
		error: job.error,
		result: report
			? {
					created: report.created,
					updated: report.updated,
					unchanged: report.unchanged,
					rejectedCount: report.rejected.length,
					rejected: report.rejected.slice(0, PAGE_REJECTION_LIMIT),
					notes: report.notes ?? []
				}
			: null
	};
}

export const load: PageServerLoad = async (event) => {
	const user = requirePageRole(event, 'curator', 'admin');
	const jobId = event.url.searchParams.get('job');
	let job: ReturnType<typeof presentJob> | null = null;
	let jobMissing = false;
	if (jobId) {
		try {
			const view = await getJob(await getDb(), user, jobId);
			if (view.kind === RESOURCE_IMPORT_JOB) job = presentJob(view);
			else jobMissing = true;
		} catch (error) {
			if (!(error instanceof AppError) || error.code !== 'not_found') throw error;
			jobMissing = true;
		}
	}
	return { limitMb: limitMb(), formats: [...RESOURCE_IMPORT_FORMATS], fields: [...RESOURCE_COLUMNS], required: REQUIRED_COLUMNS as string[], job, jobMissing };
};

const formatChoice = z.enum(['auto', ...RESOURCE_IMPORT_FORMATS]);
const fieldChoice = z.enum(['', ...RESOURCE_COLUMNS]);
const jobForm = z.object({ jobId: z.uuid({ message: m.import_error_not_found() }) });

/** The column choices of the form: `map-<position>` → field ('' = extra attribute). */
function mappingChoices(form: FormData): string[] | undefined {
	const choices: string[] = [];
	let any = false;
	for (const [name, value] of form) {
		const match = /^map-(\d{1,4})$/.exec(name);
		if (!match || typeof value !== 'string') continue;
		const parsed = fieldChoice.safeParse(value);
		choices[Number(match[1])] = parsed.success ? parsed.data : '';
		any = true;
	}
	return any ? choices : undefined;
}

/** A service error as the page's field errors; unknown errors go to the 500 page. */
function failure(error: unknown, extra: Record<string, unknown> = {}) {
	if (!(error instanceof AppError)) throw error;
	const errors: Record<string, string> = {};
	if (error.code === 'payload_too_large') errors.file = m.import_error_too_large({ limit: String(limitMb()) });
	else if (error.code === 'unsupported_media_type') errors.format = m.import_error_format();
	else if (error.code === 'conflict') errors._ = m.import_error_expired();
	else if (error.code === 'not_found') errors._ = m.import_error_not_found();
	else if (error.code === 'forbidden') errors._ = error.message;
	else if (error.fields?.mapping) errors._ = m.import_error_mapping();
	else errors.file = m.import_error_unreadable({ reason: error.message });
	return fail(error.status, { errors, ...extra });
}

async function recheck(event: RequestEvent, form: FormData) {
	const user = requirePageRole(event, 'curator', 'admin');
	const parsed = parseForm(jobForm, { jobId: String(form.get('jobId') ?? '') });
	if (!parsed.ok) return fail(400, { errors: { _: m.import_error_not_found() } });
	try {
		return { preview: presentPreview(await previewAgain(await getDb(), user, parsed.data.jobId, { mapping: mappingChoices(form) })) };
	} catch (error) {
		return failure(error);
	}
}

export const actions: Actions = {
	preview: async (event) => {
		const user = requirePageRole(event, 'curator', 'admin');
		// Refuse an upload over the limit before reading its body.
		const length = Number(event.request.headers.get('content-length') ?? 0);
		if (length > uploadLimitBytes() + 64 * 1024) {
			// Nothing is parsed or kept, but the body is drained: answering over an unread body
			// leaves the connection in a state where the browser's next request can stall.
			await event.request.body?.pipeTo(new WritableStream()).catch(() => {});
			return fail(413, { errors: { file: m.import_error_too_large({ limit: String(limitMb()) }) } });
		}
		const form = await event.request.formData();
		const upload = form.get('file');
		const format = formatChoice.safeParse(String(form.get('format') ?? 'auto'));
		const errors: Record<string, string> = {};
		if (!(upload instanceof File) || upload.size === 0) errors.file = m.import_error_file_required();
		if (!format.success) errors.format = m.import_error_format();
		if (Object.keys(errors).length) return fail(400, { errors, format: String(form.get('format') ?? 'auto') });
		try {
			const source = await readUploadedFile(upload as File);
			const preview = await previewUpload(await getDb(), user, source, { format: format.data });
			return { preview: presentPreview(preview) };
		} catch (error) {
			return failure(error, { format: format.data });
		}
	},

	recheck: async (event) => recheck(event, await event.request.formData()),

	apply: async (event) => {
		const user = requirePageRole(event, 'curator', 'admin');
		const form = await event.request.formData();
		const parsed = parseForm(jobForm, { jobId: String(form.get('jobId') ?? '') });
		if (!parsed.ok) return fail(400, { errors: { _: m.import_error_not_found() } });
		let jobId: string;
		try {
			jobId = (await applyUpload(await getDb(), user, parsed.data.jobId, { mapping: mappingChoices(form) })).id;
		} catch (error) {
			// Wrong column choices: show the preview again with the problems beside the columns.
			if (error instanceof AppError && error.fields?.mapping) {
				const again = await recheck(event, form);
				return 'preview' in again ? fail(400, { ...again, errors: { _: m.import_error_mapping() } }) : again;
			}
			return failure(error);
		}
		redirect(303, `${event.url.pathname}?job=${jobId}`);
	}
};
