/**
 * The European Commission's ECHE list, real and whole (tests/fixtures/eche/README.md):
 * one full import per format per engine, then a re-import that changes nothing.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestDatabase, testEngines, type TestDatabase } from '../helpers/db';
import { runImport, importSummary } from '../../src/lib/server/io/import-run';
import { importers } from '../../src/lib/server/io/registry';
import { sql } from 'kysely';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'eche');
const TOTAL = 5912;

describe.each(testEngines())('ECHE import on %s', (engine) => {
	describe.each(['csv', 'xlsx'])('from %s', (extension) => {
		let database: TestDatabase;
		const file = { name: `eche-institutions.${extension}`, bytes: new Uint8Array(readFileSync(join(fixtures, `eche-institutions.${extension}`))) };
		beforeAll(async () => {
			database = await createTestDatabase(engine);
		});
		afterAll(() => database.dispose());

		it('imports every institution as a university, recognised by its headers', { timeout: 120_000 }, async () => {
			const report = await runImport(database.db, importers.actors, file);
			expect(report.format).toBe(extension === 'csv' ? 'eche' : 'xlsx');
			expect(importSummary(report)).toEqual({ created: TOTAL, updated: 0, unchanged: 0, rejected: [] });
			const byType = await database.db.selectFrom('actor').select(['type', (eb) => eb.fn.countAll().as('n')]).groupBy('type').execute();
			expect(byType.map((row) => [row.type, Number(row.n)])).toEqual([['university', TOTAL]]);
		});

		it('maps EL, XK and RE and keeps Erasmus code, PIC, address and charter dates', async () => {
			const countries = await database.db.selectFrom('actor').select(['country', (eb) => eb.fn.countAll().as('n')]).groupBy('country').execute();
			const count = Object.fromEntries(countries.map((row) => [row.country, Number(row.n)]));
			expect([count.GR, count.XK, count.RE, count.EL]).toEqual([32, 11, 1, undefined]);
			const graz = await database.db.selectFrom('actor').selectAll().where('slug', '=', 'universitaet-graz').executeTakeFirstOrThrow();
			expect(graz).toMatchObject({ country: 'AT', city: 'GRAZ', website: 'http://www.uni-graz.at', region: 'europe-central-asia' });
			expect(graz.external_ids).toEqual({ erasmus: 'A  GRAZ01', pic: '999873188', oid: 'E10208908' });
			expect(graz.extra).toMatchObject({ charterStart: '2021-01-01', charterEnd: '2029-12-31', street: 'UNIVERSITATSPLATZ 3', postcode: '8010' });
			const tirana = await database.db.selectFrom('actor').selectAll().where(sql`external_ids ->> 'erasmus'`, '=', 'AL TIRANA06').executeTakeFirstOrThrow();
			// Written 26/06/2024 in the CSV: day first, proven by the 26.
			expect(tirana.extra).toMatchObject({ charterStart: '2024-06-26', charterEnd: '2029-12-31', street: 'RRUGA E KAVAJES, PRANE 21 DHJETORIT (Sheshi Ataturk)' });
			expect(tirana.external_ids.oid).toBeUndefined();
		});

		it('keeps the 33 legal names shared by distinct institutions as 70 distinct actors', async () => {
			const shared = await database.db
				.selectFrom('actor')
				.select([sql<string>`lower(name)`.as('name'), (eb) => eb.fn.countAll().as('n')])
				.groupBy(sql`lower(name)`)
				.having((eb) => eb.fn.countAll(), '>', 1)
				.execute();
			expect(shared).toHaveLength(33);
			expect(shared.reduce((sum, row) => sum + Number(row.n), 0)).toBe(70);
		});

		it('a second import reports every row unchanged', { timeout: 120_000 }, async () => {
			const again = await runImport(database.db, importers.actors, file);
			expect(importSummary(again)).toEqual({ created: 0, updated: 0, unchanged: TOTAL, rejected: [] });
		});
	});
});

