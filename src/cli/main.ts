/** Entry of the `atlas` command: parses arguments and runs one subcommand. */
import { Command, CommanderError } from 'commander';
import { CliError } from './context';
import { registerServe } from './serve';
import { registerMigrate } from './migrate';
import { registerDemo } from './demo';
import { registerUser } from './user';
import { registerImportExport } from './import-export';
import { registerOpenApi } from './openapi';
import { registerBuild } from './build-command';

/** Runs the CLI; returns the exit status. */
export async function main(argv: string[]): Promise<number> {
	const program = new Command();
	program.name('atlas').description('Skills Atlas operator command').exitOverride();
	program.configureOutput({ writeErr: (text) => process.stderr.write(text) });
	let status = 0;
	const setStatus = (code: number) => (status = code);
	registerServe(program);
	registerMigrate(program);
	registerDemo(program);
	registerUser(program);
	registerImportExport(program, setStatus);
	registerOpenApi(program);
	registerBuild(program);
	try {
		await program.parseAsync(argv, { from: 'user' });
		return status;
	} catch (error) {
		if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 1;
		if (error instanceof CliError) {
			process.stderr.write(`atlas: ${error.message}\n`);
			return error.exitCode;
		}
		const message = error instanceof Error ? error.message : String(error);
		process.stderr.write(`atlas: ${message}\n`);
		if (process.env.ATLAS_DEBUG) console.error(error);
		return 1;
	}
}
