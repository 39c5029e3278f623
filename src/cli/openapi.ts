import type { Command } from 'commander';
import { writeFile } from 'node:fs/promises';
import { openApiText } from '../lib/server/api/openapi';

export function registerOpenApi(program: Command) {
	program
		.command('openapi')
		.description('print (or write) the OpenAPI document generated from the API schemas')
		.option('-o, --output <file>', 'write to this file')
		.action(async (flags: { output?: string }) => {
			const text = openApiText();
			if (flags.output) await writeFile(flags.output, text);
			else process.stdout.write(text);
		});
}
