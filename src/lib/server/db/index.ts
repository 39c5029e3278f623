/**
 * The process-wide database. `atlas serve` opens it before handing requests to the
 * SvelteKit build and leaves it on globalThis, so the bundled server code and the
 * CLI code share one connection (PGlite allows only one).
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema';
import { openDatabase, type AtlasDatabase } from './engine';
import { migrate } from './migrate';
import { readConfig } from '../config';

export type DB = Kysely<Database>;
export type { Database } from './schema';

const KEY = Symbol.for('skills-atlas.database');
type Holder = { [KEY]?: Promise<AtlasDatabase> };

/** Sets the database used by request handlers (the server and tests call this). */
export function installDatabase(database: AtlasDatabase): void {
	(globalThis as Holder)[KEY] = Promise.resolve(database);
}

/** The open database; under `vite dev` it is opened (and migrated) on first use. */
export async function getDatabase(): Promise<AtlasDatabase> {
	const holder = globalThis as Holder;
	if (!holder[KEY]) {
		holder[KEY] = (async () => {
			const config = readConfig();
			const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.ATLAS_DATA_DIR });
			await migrate(database);
			return database;
		})();
	}
	return holder[KEY]!;
}

/** Shortcut for the Kysely instance. */
export async function getDb(): Promise<DB> {
	return (await getDatabase()).db;
}
