/**
 * Long-running work with visible progress (imports now; layouts and reports later).
 * A job is a row any app process can read; the work itself runs in the process that
 * started it, reporting progress as it goes. The page polls the job (or refreshes
 * itself without JavaScript) until it is done or failed.
 */
import type { DB } from '../db';
import type { JobRow, JobStatus } from '../db/schema';
import type { SessionUser } from '../../domain/user';
import { AppError, conflict, notFound } from '../errors';
import * as queries from './queries';
import { isUuid } from '../ids';

/** A running job not heard from for this long is taken to have died with its process. */
export const JOB_STALE_AFTER_MS = 10 * 60 * 1000;

export interface JobView {
	id: string;
	kind: string;
	status: JobStatus;
	progress: { done: number; total: number };
	params: Record<string, unknown>;
	result: unknown;
	error: string | null;
	createdAt: string;
	updatedAt: string;
}

/** Reports progress; resolves once it is recorded. */
export type ProgressReporter = (done: number, total: number) => Promise<void>;

// Progress of the jobs running in this process, fresher than the last database write.
const activeProgress = new Map<string, { done: number; total: number }>();
const finished = new Map<string, Promise<void>>();

function present(row: Omit<JobRow, 'payload'>): JobView {
	const live = activeProgress.get(row.id);
	return {
		id: row.id,
		kind: row.kind,
		status: row.status,
		progress: live && row.status === 'running' ? live : { done: row.progress_done, total: row.progress_total },
		params: row.params ?? {},
		result: row.result ?? null,
		error: row.error,
		createdAt: new Date(row.created_at).toISOString(),
		updatedAt: new Date(row.updated_at).toISOString()
	};
}

/** The job row when `user` may see it (who started it, or an admin); not found otherwise. */
async function accessibleJob(db: DB, user: SessionUser, id: string): Promise<Omit<JobRow, 'payload'>> {
	const row = isUuid(id) ? await queries.findJob(db, id.toLowerCase()) : undefined;
	if (!row || (row.created_by !== user.id && user.role !== 'admin')) throw notFound('The job');
	return row;
}

/** Records a new job waiting to run, with its input file when it has one. */
export async function createJob(
	db: DB,
	user: SessionUser | null,
	input: { kind: string; params?: Record<string, unknown>; payload?: Uint8Array | null; total?: number }
): Promise<JobView> {
	await queries.failAbandonedJobs(db, JOB_STALE_AFTER_MS);
	const row = await queries.insertJob(db, { kind: input.kind, createdBy: user?.id ?? null, params: input.params ?? {}, payload: input.payload ?? null, total: input.total ?? 0 });
	return present(row);
}

/** A job as its owner (or an admin) sees it. */
export async function getJob(db: DB, user: SessionUser, id: string): Promise<JobView> {
	let row = await accessibleJob(db, user, id);
	if (row.status === 'running' && !activeProgress.has(row.id) && Date.now() - new Date(row.updated_at).getTime() > JOB_STALE_AFTER_MS) {
		await queries.failAbandonedJobs(db, JOB_STALE_AFTER_MS);
		row = await accessibleJob(db, user, id);
	}
	return present(row);
}

/** The input file of a job still waiting to run, with the job. */
export async function getQueuedJobPayload(db: DB, user: SessionUser, id: string, kind: string): Promise<{ job: JobView; payload: Uint8Array }> {
	const row = await accessibleJob(db, user, id);
	if (row.kind !== kind) throw notFound('The job');
	if (row.status !== 'queued') throw conflict('This upload was already applied; upload the file again to import it once more.');
	const payload = await queries.findJobPayload(db, row.id);
	if (!payload) throw notFound('The uploaded file');
	return { job: present(row), payload };
}

/** Replaces the parameters of a job that has not started (new column choices). */
export async function updateQueuedJobParams(db: DB, user: SessionUser, id: string, params: Record<string, unknown>): Promise<void> {
	const row = await accessibleJob(db, user, id);
	if (row.status !== 'queued') throw conflict('This upload was already applied.');
	await queries.updateJobParams(db, row.id, params);
}

/**
 * Starts a queued job in this process and returns once it is marked running; the work
 * goes on in the background, reporting progress, and ends the job as done (with its
 * result) or failed (with a message). Throws conflict when the job was already started.
 */
export async function startJob<R>(db: DB, user: SessionUser, id: string, work: (progress: ProgressReporter) => Promise<R>): Promise<JobView> {
	const row = await accessibleJob(db, user, id);
	if (!(await queries.claimJob(db, row.id, 'queued'))) throw conflict('This job has already started.');
	activeProgress.set(row.id, { done: 0, total: row.progress_total });
	const report: ProgressReporter = async (done, total) => {
		activeProgress.set(row.id, { done, total });
		await queries.updateJobProgress(db, row.id, done, total);
	};
	const run = (async () => {
		try {
			const result = await work(report);
			await queries.finishJob(db, row.id, { status: 'done', result });
		} catch (error) {
			if (!(error instanceof AppError)) console.error(`Job ${row.id} (${row.kind}) failed:`, error);
			const message = error instanceof AppError ? error.message : 'The work failed unexpectedly (see the server log).';
			await queries.finishJob(db, row.id, { status: 'failed', error: message }).catch((inner) => console.error('Could not record the failure of job', row.id, inner));
		} finally {
			activeProgress.delete(row.id);
			finished.delete(row.id);
		}
	})();
	finished.set(row.id, run);
	return present({ ...row, status: 'running' });
}

/** Resolves when a job running in this process has ended (at once for any other job). */
export async function jobSettled(id: string): Promise<void> {
	await finished.get(id);
}
