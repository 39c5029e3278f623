/** Opens the configured database for a CLI command and reports start-up problems in one line. */
import { openDatabase, DatabaseStartError, type AtlasDatabase } from '../lib/server/db/engine';
import { migrate } from '../lib/server/db/migrate';
import { installDatabase } from '../lib/server/db';
import { readConfig, type AtlasConfig } from '../lib/server/config';

export class CliError extends Error {
	constructor(
		message: string,
		readonly exitCode = 1
	) {
		super(message);
	}
}

/** Opens (and migrates) the database named by the environment. */
export async function openConfiguredDatabase(config: AtlasConfig = readConfig()): Promise<AtlasDatabase> {
	try {
		const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.ATLAS_DATA_DIR });
		await migrate(database);
		installDatabase(database);
		return database;
	} catch (error) {
		if (error instanceof DatabaseStartError) throw new CliError(error.message);
		throw error;
	}
}
