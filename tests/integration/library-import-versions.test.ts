/** Imports keep the history: a version for every record created or changed, none for unchanged rows, on each engine. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../helpers/db';
import type { SessionUser } from '../../src/lib/domain/user';
import { runImport, importSummary } from '../../src/lib/server/io/import-run';
import { runChunkedImport } from '../../src/lib/server/io/chunked-import';
import { resourceImporter } from '../../src/lib/server/library/resource-io';
import { applyUpload, previewUpload } from '../../src/lib/server/library/import-job';
import { getJob, jobSettled } from '../../src/lib/server/jobs/service';
import { listResourceVersions, snapshotOf } from '../../src/lib/server/library/versions';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

describe.each(testEngines())('import versions on %s', (engine) => {
	let database: TestDatabase;
	const db = () => database.db;
	let curator: SessionUser;
	const slugOf = async (title: string) => (await db().selectFrom('resource').select('slug').where('title', '=', title).executeTakeFirstOrThrow()).slug;
	const history = async (title: string) => [...(await listResourceVersions(db(), curator, await slugOf(title))).versions].reverse();
	const versionCount = async () => Number((await db().selectFrom('resource_version').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		const row = await db().insertInto('app_user').values({ email: 'curator@example.org', role: 'curator', display_name: 'Cora Curator' }).returning('id').executeTakeFirstOrThrow();
		curator = { id: row.id, email: 'curator@example.org', displayName: 'Cora Curator', role: 'curator', locale: 'en', actorIds: [] };
	});
	afterAll(() => database.dispose());

	it('writes a version per created or changed record from the command line, named after the file, and none when nothing changes', async () => {
		const csv = 'title,language,type,year,url\nGreen skills guide,en,tool-guideline,2022,https://example.org/green\nCare work study,en,research-paper,2021,\nBad,en,Nonsense,,\n';
		const first = await runImport(db(), resourceImporter, file('records.csv', csv));
		expect(importSummary(first)).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
		const [created] = await history('Green skills guide');
		expect(created).toMatchObject({ kind: 'create', changedBy: { id: null, name: 'import: records.csv' }, note: 'import: records.csv', status: 'published' });
		expect(created.changes).toEqual(expect.arrayContaining([{ field: 'title', before: undefined, after: 'Green skills guide' }, { field: 'year', before: undefined, after: 2022 }]));
		expect(await versionCount()).toBe(2);
		// The snapshot written in SQL for a batch of new records is the one snapshotOf makes.
		const row = await db().selectFrom('resource').selectAll().where('title', '=', 'Green skills guide').executeTakeFirstOrThrow();
		const stored = await db().selectFrom('resource_version').select('snapshot').where('resource_id', '=', row.id).executeTakeFirstOrThrow();
		expect(stored.snapshot).toEqual(JSON.parse(JSON.stringify(snapshotOf(row, null))));

		// The same file again: all unchanged, no version.
		expect(importSummary(await runImport(db(), resourceImporter, file('records.csv', csv)))).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
		expect(await versionCount()).toBe(2);

		// A changed row: one new version with what changed.
		const changed = 'title,language,type,year,url\nGreen skills guide (2nd edition),en,tool-guideline,2023,https://example.org/green\nCare work study,en,research-paper,2021,\n';
		expect(importSummary(await runImport(db(), resourceImporter, file('/tmp/exports/second.csv', changed)))).toMatchObject({ updated: 1, unchanged: 1 });
		const versions = await history('Green skills guide (2nd edition)');
		expect(versions).toHaveLength(2);
		expect(versions[1]).toMatchObject({ kind: 'edit', changedBy: { id: null, name: 'import: second.csv' } });
		expect(versions[1].changes).toEqual([
			{ field: 'title', before: 'Green skills guide', after: 'Green skills guide (2nd edition)' },
			{ field: 'year', before: 2022, after: 2023 }
		]);
		expect(await versionCount()).toBe(3);
	});

	it('writes no version for a row that is rolled back (dry run, strict, or a failing row)', async () => {
		const before = await versionCount();
		await runImport(db(), resourceImporter, file('dry.csv', 'title,language,type\nDry run record,en,research-paper\n'), { dryRun: true });
		await runImport(db(), resourceImporter, file('s.csv', 'title,language,type\nStrict record,en,research-paper\nBroken,xx-nope,research-paper\n'), { strict: true });
		expect(await versionCount()).toBe(before);
		const count = await db().selectFrom('resource').select('id').where('title', 'in', ['Dry run record', 'Strict record']).execute();
		expect(count).toHaveLength(0);
	});

	it('names the curator in the versions of a web import, in chunks as the job runs it', async () => {
		const rows = Array.from({ length: 60 }, (_, index) => `Web record ${index + 1},en,research-paper,${2000 + (index % 10)}`);
		const preview = await previewUpload(db(), curator, file('web.csv', ['title,language,type,year', ...rows].join('\n')));
		const started = await applyUpload(db(), curator, preview.jobId);
		await jobSettled(started.id);
		expect((await getJob(db(), curator, started.id)).status).toBe('done');
		const [version] = await history('Web record 7');
		expect(version).toMatchObject({ kind: 'create', changedBy: { id: curator.id, name: 'Cora Curator' }, note: 'import: web.csv' });
		const versions = await db().selectFrom('resource_version as v').innerJoin('resource as r', 'r.id', 'v.resource_id').select('v.changed_by').where('r.title', 'like', 'Web record %').execute();
		expect(versions).toHaveLength(60);
		expect(versions.every((row) => row.changed_by === curator.id)).toBe(true);

		// Chunked and re-imported: nothing changes, nothing is written.
		const before = await versionCount();
		const again = await runChunkedImport(db(), resourceImporter, file('web.csv', ['title,language,type,year', ...rows].join('\n')), { format: 'csv', targetChunkMs: 1 });
		expect(again.unchanged).toBe(60);
		expect(await versionCount()).toBe(before);
	});
});
