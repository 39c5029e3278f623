/** `atlas demo [--reset]`: loads the demo network and library, or reloads it from scratch. */
import type { Command } from 'commander';
import { openConfiguredDatabase } from './context';
import { loadDemo } from '../lib/server/demo';

export function registerDemo(program: Command) {
	program
		.command('demo')
		.description('load the demo organisations, relations and knowledge records (again: nothing changes)')
		.option('--reset', 'delete the demo records first, then load them afresh')
		.action(async (options: { reset?: boolean }) => {
			const database = await openConfiguredDatabase();
			try {
				const started = Date.now();
				const report = await loadDemo(database.db, { reset: !!options.reset });
				console.log(
					`Demo data${options.reset ? ' reloaded' : ''}: ${report.actors} organisations, ${report.relations} relations, ${report.resources} knowledge records ` +
						`(${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged) in ${Date.now() - started} ms on ${database.engine} (${database.location}).`
				);
			} finally {
				await database.close();
			}
		});
}
