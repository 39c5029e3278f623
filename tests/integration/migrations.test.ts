import { describe, it, expect, afterAll, beforeAll } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../helpers/db';
import { migrate, listMigrationFiles } from '../../src/lib/server/db/migrate';

describe.each(testEngines())('migrations on %s', (engine) => {
	let database: TestDatabase;
	beforeAll(async () => {
		database = await createTestDatabase(engine);
	});
	afterAll(() => database.dispose());

	it('records every migration file once and applies nothing the second time', async () => {
		const rows = await database.db.selectFrom('atlas_migration').select('name').orderBy('name').execute();
		expect(rows.map((row) => row.name)).toEqual(listMigrationFiles().map((file) => file.name));
		expect(await migrate(database)).toEqual([]);
	});

	it('rolls back a failing migration and keeps what was there', async () => {
		const broken = [...listMigrationFiles(), { name: '99999999T9999_broken.sql', sql: 'create table half_done (id int); select * from no_such_table;' }];
		await expect(migrate(database, broken)).rejects.toThrow(/99999999T9999_broken.sql/);
		const tables = await database.withRawConnection((c) =>
			c.query<{ n: string }>("select count(*) as n from information_schema.tables where table_name = 'half_done'")
		);
		expect(Number(tables[0].n)).toBe(0);
		expect(await migrate(database)).toEqual([]);
	});
});

describe.skipIf(!testEngines().includes('postgres'))('two processes starting together on PostgreSQL', () => {
	it('apply the migrations once (advisory lock)', async () => {
		const { openDatabase } = await import('../../src/lib/server/db/engine');
		const url = process.env.TEST_DATABASE_URL!;
		const schema = `race_${Date.now().toString(36)}`;
		const admin = await openDatabase({ url });
		await admin.withRawConnection((c) =>
			c.exec(`create extension if not exists pg_trgm; create extension if not exists unaccent; create schema ${schema}`)
		);
		const first = await openDatabase({ url, searchPath: schema });
		const second = await openDatabase({ url, searchPath: schema });
		try {
			const [a, b] = await Promise.all([migrate(first), migrate(second)]);
			const all = listMigrationFiles().map((file) => file.name);
			expect([...a, ...b].sort()).toEqual(all);
			const rows = await first.db.selectFrom('atlas_migration').select('name').execute();
			expect(rows).toHaveLength(all.length);
		} finally {
			await first.close();
			await second.close();
			await admin.withRawConnection((c) => c.exec(`drop schema ${schema} cascade`));
			await admin.close();
		}
	});
});
