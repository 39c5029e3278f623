/** Builds the SvelteKit app when build/ is missing or older than the sources. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { projectPath } from '../lib/server/paths';

const SOURCES = ['src', 'messages/src', 'static', 'svelte.config.js', 'vite.config.ts', 'package.json', 'project.inlang/settings.json'];

function newestMtime(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const entry of readdirSync(path)) {
		if (entry === 'paraglide' || entry === 'node_modules') continue;
		newest = Math.max(newest, newestMtime(join(path, entry)));
	}
	return newest;
}

/** True when build/handler.js exists and is newer than every source file. */
export function buildIsCurrent(): boolean {
	const handler = projectPath('build/handler.js');
	if (!existsSync(handler)) return false;
	const built = statSync(handler).mtimeMs;
	return SOURCES.every((source) => newestMtime(projectPath(source)) <= built);
}

/** Runs `vite build` in the project folder; throws when it fails. */
export function buildApp(log: (line: string) => void = console.log): void {
	log('Building the web app (needed once after install or an update)…');
	const sync = spawnSync(process.execPath, [projectPath('node_modules/@sveltejs/kit/svelte-kit.js'), 'sync'], { cwd: projectPath('.'), stdio: 'inherit' });
	if (sync.status !== 0) throw new Error('svelte-kit sync failed (see the messages above).');
	const result = spawnSync(process.execPath, [projectPath('node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
		cwd: projectPath('.'),
		stdio: 'inherit',
		env: { ...process.env, NODE_ENV: 'production' }
	});
	if (result.status !== 0) throw new Error('The web app could not be built (see the messages above).');
}
