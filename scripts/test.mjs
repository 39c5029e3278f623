#!/usr/bin/env node
// `npm test`: assemble the UI messages, build the app when the sources changed (the
// browser tests serve the real build), then run every Vitest suite: unit,
// integration on PGlite (and on PostgreSQL when TEST_DATABASE_URL is set), browser
// tests when Chromium is found (required with ATLAS_REQUIRE_ALL_TESTS=1).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (args, extraEnv = {}) =>
	spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...extraEnv } }).status ?? 1;

let status = run([join(root, 'bin/atlas.mjs'), 'build']);
if (status !== 0) process.exit(status);
status = run([join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...process.argv.slice(2)]);
process.exit(status);
