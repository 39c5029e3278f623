import type { Command } from 'commander';
import { buildApp, buildIsCurrent } from './build';

export function registerBuild(program: Command) {
	program
		.command('build')
		.description('build the web app when the sources are newer than the build')
		.option('--force', 'build even when the build is current')
		.action((flags: { force?: boolean }) => {
			if (flags.force || !buildIsCurrent()) buildApp();
			else console.log('The build is current.');
		});
}
