/** SQL of long-running jobs. Rows in, rows out; the caller owns the transaction. */
import { sql } from 'kysely';
import type { DB } from '../db';
import type { JobRow, JobStatus } from '../db/schema';

/** Inserts a queued job. */
export async function insertJob(
	db: DB,
	row: { kind: string; createdBy: string | null; params: Record<string, unknown>; payload: Uint8Array | null; total: number }
): Promise<JobRow> {
	return db
		.insertInto('job')
		.values({
			kind: row.kind,
			created_by: row.createdBy,
			params: JSON.stringify(row.params),
			payload: row.payload,
			progress_total: row.total
		})
		.returningAll()
		.executeTakeFirstOrThrow();
}

/** The job without its payload (the file can be large). */
export async function findJob(db: DB, id: string): Promise<Omit<JobRow, 'payload'> | undefined> {
	return db
		.selectFrom('job')
		.select(['id', 'kind', 'status', 'progress_done', 'progress_total', 'params', 'result', 'error', 'created_by', 'created_at', 'updated_at'])
		.where('id', '=', id)
		.executeTakeFirst();
}

/** The input file of a job (null once used or when it had none). */
export async function findJobPayload(db: DB, id: string): Promise<Uint8Array | null> {
	const row = await db.selectFrom('job').select('payload').where('id', '=', id).executeTakeFirst();
	return row?.payload ?? null;
}

/** Replaces what a job was asked to do. */
export async function updateJobParams(db: DB, id: string, params: Record<string, unknown>): Promise<void> {
	await db
		.updateTable('job')
		.set({ params: JSON.stringify(params), updated_at: sql`now()` })
		.where('id', '=', id)
		.execute();
}

/** Moves a job from `from` to running; false when it was not in that state (someone else took it). */
export async function claimJob(db: DB, id: string, from: JobStatus): Promise<boolean> {
	const result = await db
		.updateTable('job')
		.set({ status: 'running', updated_at: sql`now()` })
		.where('id', '=', id)
		.where('status', '=', from)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

/** Records progress (and that the job is alive). */
export async function updateJobProgress(db: DB, id: string, done: number, total: number): Promise<void> {
	await db
		.updateTable('job')
		.set({ progress_done: done, progress_total: total, updated_at: sql`now()` })
		.where('id', '=', id)
		.execute();
}

/** Ends a job (done or failed) and drops its payload. */
export async function finishJob(db: DB, id: string, end: { status: 'done' | 'failed'; result?: unknown; error?: string }): Promise<void> {
	await db
		.updateTable('job')
		.set({
			status: end.status,
			result: end.result === undefined ? null : JSON.stringify(end.result),
			error: end.error ?? null,
			payload: null,
			updated_at: sql`now()`
		})
		.where('id', '=', id)
		.execute();
}

/** Fails running jobs not heard from since `olderThanMs` (their process ended), and queued uploads left for a day. */
export async function failAbandonedJobs(db: DB, olderThanMs: number): Promise<void> {
	await db
		.updateTable('job')
		.set({ status: 'failed', error: 'The work stopped before it finished (the server was restarted).', payload: null, updated_at: sql`now()` })
		.where('status', '=', 'running')
		.where('updated_at', '<', sql<Date>`now() - make_interval(secs => ${olderThanMs / 1000})`)
		.execute();
	await db
		.updateTable('job')
		.set({ status: 'failed', error: 'The upload was not applied within a day and was removed.', payload: null, updated_at: sql`now()` })
		.where('status', '=', 'queued')
		.where('created_at', '<', sql<Date>`now() - interval '1 day'`)
		.execute();
}
