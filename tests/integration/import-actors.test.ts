/** The shared import plumbing, exercised through the actors kind, on each engine. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../helpers/db';
import { runImport, importExitCode, importSummary } from '../../src/lib/server/io/import-run';
import { actorImporter, actorExporter } from '../../src/lib/server/network/actor-io';
import type { SourceFile } from '../../src/lib/server/io/source';

const file = (name: string, text: string | Uint8Array): SourceFile => ({
	name,
	bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text
});

const CSV = [
	'Nombre;Tipo;País;Ciudad;Idiomas;Categorías;Beneficiarios;Web;id',
	'Centro de Formación Norte;vet-provider;ES;Zaragoza;es|en;Aprendizaje dual|6;youth;https://cfn.example.org;cfn-1',
	'Universidade do Sul;Universidad;Portugal;Faro;pt;Training delivery;;;us-2',
	'"Cluster ""Metal"" Bilbao";cluster-organisation;EL;Athens;;5;;;cm-3'
].join('\n');

describe.each(testEngines())('actor import on %s', (engine) => {
	let database: TestDatabase;
	beforeAll(async () => {
		database = await createTestDatabase(engine);
	});
	afterAll(() => database.dispose());

	it('a dry run reports what would happen and writes nothing', async () => {
		const report = await runImport(database.db, actorImporter, file('a.csv', CSV), { dryRun: true });
		expect(report.created).toBe(3);
		expect(report.rolledBack).toBe(true);
		const count = await database.db.selectFrom('actor').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
		expect(Number(count.n)).toBe(0);
	});

	it('imports Spanish column names, labels in any language, EL as Greece; a re-import changes nothing', async () => {
		const first = await runImport(database.db, actorImporter, file('a.csv', CSV));
		expect(importSummary(first)).toEqual({ created: 3, updated: 0, unchanged: 0, rejected: [] });
		expect(importExitCode(first)).toBe(0);
		const cfn = await database.db.selectFrom('actor').selectAll().where('name', '=', 'Centro de Formación Norte').executeTakeFirstOrThrow();
		expect(cfn.categories.sort()).toEqual(['1', '6']);
		expect(cfn.region).toBe('europe-central-asia');
		const cluster = await database.db.selectFrom('actor').selectAll().where('name', '=', 'Cluster "Metal" Bilbao').executeTakeFirstOrThrow();
		expect(cluster.country).toBe('GR');
		const second = await runImport(database.db, actorImporter, file('a.csv', CSV));
		expect(importSummary(second)).toEqual({ created: 0, updated: 0, unchanged: 3, rejected: [] });
	});

	it('rejects unknown values per row with the closest known one, and keeps the rest', async () => {
		const csv = 'name,type,country,categories\nGood One,ngo,FR,\nBad Type,univrsity,FR,\nBad Country,ngo,Frnace,\n,ngo,FR,\n';
		const report = await runImport(database.db, actorImporter, file('b.csv', csv));
		expect(report.created).toBe(1);
		expect(report.rejected).toHaveLength(3);
		expect(report.rejected[0]).toMatchObject({ row: 3 });
		expect(report.rejected[0].reason).toMatch(/type: unknown value "univrsity".*University/);
		expect(report.rejected[1].reason).toMatch(/country.*France/);
		expect(report.rejected[2].reason).toMatch(/name/);
		expect(importExitCode(report)).toBe(3);
	});

	it('strict mode rolls everything back when a row is rejected', async () => {
		const csv = 'name,type\nStrict New Actor,ngo\nStrict Bad,nothing-like-it\n';
		const report = await runImport(database.db, actorImporter, file('c.csv', csv), { strict: true });
		expect(report.rolledBack).toBe(true);
		expect(importExitCode(report, true)).toBe(1);
		const found = await database.db.selectFrom('actor').select('id').where('name', '=', 'Strict New Actor').execute();
		expect(found).toHaveLength(0);
	});

	it('stores script as inert text and keeps unknown columns as extra attributes', async () => {
		const csv = 'name,type,Favourite colour\n<script>alert(1)</script> Org,ngo,blue\n';
		const report = await runImport(database.db, actorImporter, file('d.csv', csv));
		expect(report.created).toBe(1);
		const row = await database.db.selectFrom('actor').selectAll().where('name', 'like', '<script>%').executeTakeFirstOrThrow();
		expect(row.extra).toMatchObject({ 'Favourite colour': 'blue' });
	});

	it('refuses a file without a name column, and broken JSON, as a whole', async () => {
		await expect(runImport(database.db, actorImporter, file('e.csv', 'foo,bar\n1,2\n'))).rejects.toThrow(/No "name" column/);
		await expect(runImport(database.db, actorImporter, file('e.json', '[{"name": '))).rejects.toThrow(/JSON could not be read/);
	});

	it('exports CSV and JSON that import back unchanged', async () => {
		for (const format of ['csv', 'json']) {
			const exported = await actorExporter.export(database.db, format);
			expect(exported.count).toBeGreaterThan(3);
			const report = await runImport(database.db, actorImporter, file(`all.${exported.extension}`, exported.body as string));
			expect(report.rejected).toEqual([]);
			expect(report.unchanged).toBe(exported.count);
		}
	});
});
