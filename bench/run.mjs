#!/usr/bin/env node
// Runs every benchmark in turn (each writes its own file under bench/results/).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
for (const script of ['startup.mjs', 'library-search.mjs', 'library-import.mjs', 'directory-search.mjs', 'network.mjs', 'network-reference.mjs', 'network-import.mjs', 'matching.mjs']) {
	console.log(`\n== ${script}`);
	const status = spawnSync(process.execPath, ['--expose-gc', join(here, script)], { stdio: 'inherit' }).status;
	if (status !== 0) process.exit(status ?? 1);
}
