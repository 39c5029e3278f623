#!/usr/bin/env node
// Start-up benchmark (issue 2): time from `npm start` to the first HTTP 200 on an
// empty data folder (migrations + demo + admin) and on an existing one, and the idle
// memory (RSS) of the server process, on PGlite and — when BENCH_DATABASE_URL is set —
// on a PostgreSQL server. The app must already be built (npm start builds it once).
// Writes bench/results/startup.json. Goals: first ≤ 15 s, warm ≤ 3 s, idle RSS ≤ 250 MB.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = 3900;

function descendants(pid) {
	let out = [];
	try {
		const children = execFileSync('pgrep', ['-P', String(pid)]).toString().trim().split('\n').filter(Boolean).map(Number);
		for (const child of children) out = out.concat(child, descendants(child));
	} catch {
		/* no children */
	}
	return out;
}

function rssMb(pid) {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

async function startOnce(env) {
	const started = performance.now();
	const child = spawn('npm', ['start', '--silent'], { cwd: root, env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env }, detached: true });
	let output = '';
	child.stdout.on('data', (c) => (output += c));
	child.stderr.on('data', (c) => (output += c));
	for (;;) {
		if (child.exitCode !== null) throw new Error(`server exited:\n${output}`);
		try {
			const response = await fetch(`http://127.0.0.1:${port}/`);
			if (response.status === 200) break;
		} catch {
			/* not yet listening */
		}
		if (performance.now() - started > 120_000) throw new Error(`no 200 within 120 s:\n${output}`);
		await new Promise((r) => setTimeout(r, 50));
	}
	const seconds = (performance.now() - started) / 1000;
	await new Promise((r) => setTimeout(r, 3000)); // idle
	const pids = descendants(child.pid);
	const server = pids.map((pid) => ({ pid, rss: rssMb(pid) })).sort((a, b) => b.rss - a.rss)[0];
	process.kill(-child.pid, 'SIGTERM');
	await new Promise((r) => child.once('exit', r));
	await new Promise((r) => setTimeout(r, 300));
	return { seconds: Number(seconds.toFixed(2)), idleRssMb: Number(server.rss.toFixed(1)) };
}

async function pgDatabase(base) {
	const name = `atlas_bench_${Date.now()}`;
	const client = new pg.Client({ connectionString: base });
	await client.connect();
	await client.query(`create database ${name}`);
	await client.end();
	const url = new URL(base);
	url.pathname = `/${name}`;
	return {
		url: url.toString(),
		drop: async () => {
			const c = new pg.Client({ connectionString: base });
			await c.connect();
			await c.query(`drop database ${name} with (force)`);
			await c.end();
		}
	};
}

const results = { date: new Date().toISOString(), machine: { cpus: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version }, engines: {} };

const dataDir = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
try {
	const first = await startOnce({ ATLAS_DATA_DIR: dataDir, DATABASE_URL: '' });
	const warm = await startOnce({ ATLAS_DATA_DIR: dataDir, DATABASE_URL: '' });
	results.engines.pglite = { firstStart: first, warmStart: warm };
	console.log('pglite', results.engines.pglite);
} finally {
	rmSync(dataDir, { recursive: true, force: true });
}

if (process.env.BENCH_DATABASE_URL) {
	const database = await pgDatabase(process.env.BENCH_DATABASE_URL);
	try {
		const first = await startOnce({ DATABASE_URL: database.url });
		const warm = await startOnce({ DATABASE_URL: database.url });
		results.engines.postgres = { firstStart: first, warmStart: warm };
		console.log('postgres', results.engines.postgres);
	} finally {
		await database.drop();
	}
}

results.goals = { firstStartSeconds: 15, warmStartSeconds: 3, idleRssMb: 250 };
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/startup.json'), JSON.stringify(results, null, 2) + '\n');
console.log('written to bench/results/startup.json');
