/**
 * Integration tests run on every engine available: PGlite in memory always, and a
 * PostgreSQL server when TEST_DATABASE_URL is set (each test database lives in a
 * schema of its own, dropped afterwards). With ATLAS_REQUIRE_ALL_TESTS=1 a missing
 * server fails the run instead of skipping it.
 */
import { randomBytes } from 'node:crypto';
import { openDatabase, type AtlasDatabase } from '../../src/lib/server/db/engine';
import { migrate } from '../../src/lib/server/db/migrate';

export type TestEngine = 'pglite' | 'postgres';

/** The engines this run tests. */
export function testEngines(): TestEngine[] {
	const engines: TestEngine[] = ['pglite'];
	if (process.env.TEST_DATABASE_URL) engines.push('postgres');
	else if (process.env.ATLAS_REQUIRE_ALL_TESTS === '1') {
		throw new Error('ATLAS_REQUIRE_ALL_TESTS=1 but TEST_DATABASE_URL is not set: the PostgreSQL tests cannot run.');
	}
	return engines;
}

export interface TestDatabase extends AtlasDatabase {
	/** Drops what the test created. */
	dispose(): Promise<void>;
}

/** A fresh, migrated database on the given engine. */
export async function createTestDatabase(engine: TestEngine): Promise<TestDatabase> {
	if (engine === 'pglite') {
		const database = await openDatabase({ dataDir: 'memory://' });
		await migrate(database);
		return { ...database, dispose: () => database.close() };
	}
	const url = process.env.TEST_DATABASE_URL!;
	const schema = `test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
	const admin = await openDatabase({ url });
	await admin.withRawConnection((c) => c.exec(`create schema ${schema}; create extension if not exists pg_trgm; create extension if not exists unaccent;`));
	const database = await openDatabase({ url, searchPath: schema });
	await migrate(database);
	return {
		...database,
		dispose: async () => {
			await database.close();
			await admin.withRawConnection((c) => c.exec(`drop schema ${schema} cascade`));
			await admin.close();
		}
	};
}
