#!/usr/bin/env node
// The `atlas` command. The CLI is TypeScript run through tsx, so it shares the
// server's source (services, migrations) without a separate build step.
import { register } from 'tsx/esm/api';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.env.ATLAS_ROOT ??= root;
register();
const { main } = await import(pathToFileURL(join(root, 'src/cli/main.ts')).href);
process.exitCode = await main(process.argv.slice(2));
