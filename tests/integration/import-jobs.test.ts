/** The curator's web import: upload → preview with column mapping → apply as a job with progress, on each engine. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../helpers/db';
import type { SessionUser, Role } from '../../src/lib/domain/user';
import { applyUpload, previewAgain, previewUpload } from '../../src/lib/server/library/import-job';
import { getJob, jobSettled } from '../../src/lib/server/jobs/service';
import { refreshResourceConcepts } from '../../src/lib/server/library/search';
import type { ImportReport } from '../../src/lib/server/io/import-run';
import { runChunkedImport } from '../../src/lib/server/io/chunked-import';
import { resourceImporter } from '../../src/lib/server/library/resource-io';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

describe.each(testEngines())('import jobs on %s', (engine) => {
	let database: TestDatabase;
	const db = () => database.db;
	const users: Record<string, SessionUser> = {};

	async function account(email: string, role: Role): Promise<SessionUser> {
		const row = await db().insertInto('app_user').values({ email, role }).returning('id').executeTakeFirstOrThrow();
		return { id: row.id, email, displayName: email, role, locale: 'en', actorIds: [] };
	}

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		users.curator = await account('curator@example.org', 'curator');
		users.other = await account('other@example.org', 'curator');
		users.admin = await account('admin@example.org', 'admin');
		users.member = await account('member@example.org', 'member');
	});
	afterAll(() => database.dispose());

	it('previews an upload, lets the curator map an unknown column, then applies it as a job with progress', async () => {
		const rows = Array.from({ length: 450 }, (_, index) => `Job record ${index + 1};en;Research papers;${2000 + (index % 20)}`);
		const csv = ['Nom du document;langue;type;année', ...rows, 'Bad row;en;Nonsense type;'].join('\n');
		const first = await previewUpload(db(), users.curator, file('records.csv', csv));
		expect(first).toMatchObject({ format: 'csv', tabular: true, headers: ['Nom du document', 'langue', 'type', 'année'], rows: 0 });
		expect(first.mapping).toEqual([null, 'language', 'type', 'year']);
		expect(first.mappingProblems.join(' ')).toMatch(/title/);
		expect(first.examples[0]).toEqual(['Job record 1', 'Job record 2', 'Job record 3']);
		await expect(applyUpload(db(), users.curator, first.jobId)).rejects.toMatchObject({ code: 'invalid_input' });

		const mapped = await previewAgain(db(), users.curator, first.jobId, { mapping: ['title', 'language', 'type', 'year'] });
		expect(mapped).toMatchObject({ rows: 451, newRecords: 450, existingRecords: 0, rejected: 1 });
		expect(mapped.problems).toEqual([{ row: 452, reason: expect.stringMatching(/type: unknown value "Nonsense type"/) }]);
		expect(await db().selectFrom('resource').select('id').execute()).toHaveLength(0);

		await expect(getJob(db(), users.other, first.jobId)).rejects.toMatchObject({ code: 'not_found' });
		const started = await applyUpload(db(), users.curator, first.jobId, { mapping: ['title', 'language', 'type', 'year'] });
		expect(started.status).toBe('running');
		await jobSettled(started.id);
		const job = await getJob(db(), users.curator, started.id);
		expect(job).toMatchObject({ status: 'done', progress: { done: 451, total: 451 }, error: null });
		const report = job.result as ImportReport;
		expect({ created: report.created, rejected: report.rejected.length }).toEqual({ created: 450, rejected: 1 });
		expect((await getJob(db(), users.admin, started.id)).status).toBe('done');
		const stored = await db().selectFrom('job').select('payload').where('id', '=', started.id).executeTakeFirstOrThrow();
		expect(stored.payload).toBeNull();
		const published = await db().selectFrom('resource').select('status').where('title', 'like', 'Job record %').execute();
		expect(published).toHaveLength(450);
		expect(published.every((row) => row.status === 'published')).toBe(true);
		// The job also found the concepts named in the new texts (cross-language search).
		expect(await refreshResourceConcepts(db())).toBe(0);
		await expect(applyUpload(db(), users.curator, started.id)).rejects.toMatchObject({ code: 'conflict' });
	});

	it('shows records already held as existing, and ksp records without columns to map', async () => {
		const again = await previewUpload(db(), users.curator, file('again.csv', 'title,language,type,year\nJob record 1,en,research-paper,2000\nBrand new,en,research-paper,\n'));
		expect(again).toMatchObject({ rows: 2, newRecords: 1, existingRecords: 1, rejected: 0 });
		const ksp = await previewUpload(db(), users.curator, file('record.txt', 'A record\nEnglish\nILO\nAbout the ILO.\nLifelong learning\nResearch papers\nWorking papers.\nThe abstract.\n'));
		expect(ksp).toMatchObject({ format: 'ksp', tabular: false, headers: [], rows: 1, newRecords: 1 });
	});

	it('lets only curators and admins import, and refuses what it cannot read', async () => {
		await expect(previewUpload(db(), users.member, file('a.csv', 'title,language,type\n'))).rejects.toMatchObject({ code: 'forbidden' });
		await expect(previewUpload(db(), null, file('a.csv', 'title,language,type\n'))).rejects.toMatchObject({ code: 'forbidden' });
		await expect(previewUpload(db(), users.curator, file('a.bin', '\u0000\u0001'))).rejects.toMatchObject({ code: 'unsupported_media_type' });
		await expect(previewUpload(db(), users.curator, file('a.json', '[{"title": '))).rejects.toThrow(/JSON could not be read/);
		await expect(getJob(db(), users.curator, 'not-a-uuid')).rejects.toMatchObject({ code: 'not_found' });
	});

	it('fails the job with a clear message when the work breaks, keeping the rows already done', async () => {
		const csv = 'title,language,type\nKept row,en,research-paper\n';
		const preview = await previewUpload(db(), users.curator, file('k.csv', csv));
		await db().updateTable('job').set({ params: JSON.stringify({ fileName: 'k.csv', format: 'bibtex' }) }).where('id', '=', preview.jobId).execute();
		const started = await applyUpload(db(), users.curator, preview.jobId);
		await jobSettled(started.id);
		const job = await getJob(db(), users.curator, started.id);
		expect(job.status).toBe('failed');
		expect(job.error).toMatch(/No BibTeX entry/);
	});

	it('applies a file in short transactions, reporting progress after each', async () => {
		const csv = ['title,language,type', ...Array.from({ length: 120 }, (_, index) => `Chunked ${index},pt,statistics`), 'Chunked bad,pt,'].join('\n');
		const progress: [number, number][] = [];
		const report = await runChunkedImport(db(), resourceImporter, file('c.csv', csv), { format: 'csv', targetChunkMs: 1, onProgress: (done, total) => void progress.push([done, total]) });
		expect({ rows: report.rows, created: report.created, rejected: report.rejected }).toEqual({ rows: 121, created: 120, rejected: [{ row: 122, reason: expect.stringMatching(/^type/) }] });
		expect(progress[0]).toEqual([0, 121]);
		expect(progress.at(-1)).toEqual([121, 121]);
		expect(progress.length).toBeGreaterThan(4);
		expect(progress.every(([done], index) => index === 0 || done > progress[index - 1][0])).toBe(true);
	});
});
