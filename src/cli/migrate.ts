import type { Command } from 'commander';
import { openConfiguredDatabase } from './context';

export function registerMigrate(program: Command) {
	program
		.command('migrate')
		.description('apply pending database migrations')
		.action(async () => {
			// openConfiguredDatabase migrates; report what is recorded.
			const database = await openConfiguredDatabase();
			const rows = await database.db.selectFrom('atlas_migration').select(['name', 'applied_at']).orderBy('name').execute();
			for (const row of rows) console.log(`${row.name}  ${row.applied_at.toISOString()}`);
			console.log(`${rows.length} migrations applied on ${database.engine} (${database.location}).`);
			await database.close();
		});
}
