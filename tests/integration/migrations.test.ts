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

	it('gives new rows time-ordered ids (UUID version 7, decision 0007), distinct and in creation order', async () => {
		const rows = await database.withRawConnection((c) =>
			c.query<{ id: string; ms: string }>(
				`select id::text as id, floor(extract(epoch from clock_timestamp()) * 1000)::bigint::text as ms from (select atlas_uuid_v7() as id from generate_series(1, 2000)) as ids`
			)
		);
		const ids = rows.map((row) => row.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7000-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
		// The first 48 bits are the Unix time in milliseconds: now, give or take the query.
		const stamp = (id: string) => parseInt(id.replace(/-/g, '').slice(0, 12), 16);
		expect(Math.abs(stamp(ids[0]) - Number(rows[0].ms))).toBeLessThan(60_000);
		// Made later, sorts later (to the millisecond; ids of one millisecond may come in any order).
		const stamps = ids.map(stamp);
		expect(stamps.every((value, index) => index === 0 || value >= stamps[index - 1])).toBe(true);
		const [actor] = await database.db.insertInto('actor').values({ name: 'Time-ordered id check', slug: 'time-ordered-id-check', type: 'university' }).returning('id').execute();
		expect(actor.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
		expect(stamp(actor.id)).toBeGreaterThanOrEqual(stamps[stamps.length - 1]);
		await database.db.deleteFrom('actor').where('id', '=', actor.id).execute();
		// Every table the database makes uuid ids for uses it, now and in later migrations.
		const defaults = await database.withRawConnection((c) =>
			c.query<{ table_name: string; column_default: string | null }>(
				`select table_name, column_default from information_schema.columns
				 where table_schema = current_schema() and column_name = 'id' and data_type = 'uuid'`
			)
		);
		expect(defaults.length).toBeGreaterThanOrEqual(9);
		expect(defaults.filter((row) => row.column_default !== 'atlas_uuid_v7()')).toEqual([]);
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
