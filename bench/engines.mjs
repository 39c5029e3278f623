// The database a benchmark runs on: PGlite in a temporary folder, or, when
// BENCH_DATABASE_URL is set, PostgreSQL in a schema of its own (dropped afterwards unless
// BENCH_KEEP=1, to study query plans). Both migrated. Import after tsx is registered.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { openDatabase } from '../src/lib/server/db/engine.ts';
import { migrate } from '../src/lib/server/db/migrate.ts';

/** The engines to measure: PGlite, and PostgreSQL when BENCH_DATABASE_URL is set. */
export function benchEngines() {
	return ['pglite', ...(process.env.BENCH_DATABASE_URL ? ['postgres'] : [])];
}

/** A fresh, migrated database on `engine` ('pglite' or 'postgres'), with `dispose()`. */
export async function openBenchEngine(engine) {
	if (engine === 'pglite') {
		const folder = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
		const database = await openDatabase({ dataDir: folder, lock: false });
		await migrate(database);
		return { database, dispose: async () => (await database.close(), rmSync(folder, { recursive: true, force: true })) };
	}
	const url = process.env.BENCH_DATABASE_URL;
	const schema = `bench_${randomBytes(4).toString('hex')}`;
	const admin = await openDatabase({ url });
	await admin.withRawConnection((c) => c.exec(`create extension if not exists pg_trgm; create extension if not exists unaccent; create schema ${schema}`));
	const database = await openDatabase({ url, searchPath: schema });
	await migrate(database);
	return {
		database,
		dispose: async () => {
			await database.close();
			if (process.env.BENCH_KEEP === '1') return console.log(`kept schema ${schema}`), admin.close();
			await admin.withRawConnection((c) => c.exec(`drop schema ${schema} cascade`));
			await admin.close();
		}
	};
}
