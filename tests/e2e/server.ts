/**
 * Starts the real built server (`atlas serve --no-build`) on a free port with a
 * fresh data folder (PGlite) or a fresh PostgreSQL database, for HTTP and browser
 * tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

const root = join(import.meta.dirname, '..', '..');

export interface RunningServer {
	url: string;
	output: () => string;
	/** The admin credentials printed at first start. */
	admin: { email: string; password: string } | null;
	stop(): Promise<void>;
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

/** A throwaway PostgreSQL database on the server of TEST_DATABASE_URL. */
async function createPgDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
	const base = process.env.TEST_DATABASE_URL!;
	const name = `atlas_e2e_${randomBytes(5).toString('hex')}`;
	const admin = new pg.Client({ connectionString: base });
	await admin.connect();
	await admin.query(`create database ${name}`);
	await admin.end();
	const url = new URL(base);
	url.pathname = `/${name}`;
	return {
		url: url.toString(),
		drop: async () => {
			const client = new pg.Client({ connectionString: base });
			await client.connect();
			await client.query(`drop database if exists ${name} with (force)`);
			await client.end();
		}
	};
}

export async function startServer(options: { engine?: 'pglite' | 'postgres'; env?: Record<string, string> } = {}): Promise<RunningServer> {
	const port = await freePort();
	const dataDir = mkdtempSync(join(tmpdir(), 'atlas-e2e-'));
	const pgDb = options.engine === 'postgres' ? await createPgDatabase() : null;
	const env: NodeJS.ProcessEnv = {
		...process.env,
		PORT: String(port),
		HOST: '127.0.0.1',
		ATLAS_DATA_DIR: dataDir,
		ORIGIN: `http://127.0.0.1:${port}`,
		...options.env
	};
	delete env.SMTP_URL;
	if (pgDb) env.DATABASE_URL = pgDb.url;
	else delete env.DATABASE_URL;
	const child: ChildProcess = spawn(process.execPath, [join(root, 'bin/atlas.mjs'), 'serve', '--no-build'], { cwd: root, env });
	let output = '';
	child.stdout!.on('data', (chunk) => (output += chunk));
	child.stderr!.on('data', (chunk) => (output += chunk));
	const url = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 90_000;
	while (!/serving on/.test(output)) {
		if (child.exitCode !== null) throw new Error(`The server stopped during start-up:\n${output}`);
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(`The server did not start within 90 s:\n${output}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	const email = /e-mail:\s+(\S+)/.exec(output)?.[1];
	const password = /password:\s+(\S+)/.exec(output)?.[1];
	return {
		url,
		output: () => output,
		admin: email && password ? { email, password } : null,
		async stop() {
			if (child.exitCode === null) {
				const exited = new Promise((resolve) => child.once('exit', resolve));
				child.kill('SIGTERM');
				await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
				if (child.exitCode === null) child.kill('SIGKILL');
			}
			rmSync(dataDir, { recursive: true, force: true });
			await pgDb?.drop();
		}
	};
}
