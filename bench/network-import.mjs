#!/usr/bin/env node
// Network import benchmark (issue 4). For each engine (PGlite in a temporary folder;
// PostgreSQL when BENCH_DATABASE_URL is set, in a schema of its own dropped afterwards):
// the real ECHE list (tests/fixtures/eche, 5,912 institutions) imported through the
// `actors` importer as CSV and as XLSX into a fresh database, then re-imported (every
// row unchanged), BENCH_REPEATS times (default 3, median reported); and a synthetic Kumu blueprint (BENCH_ACTORS elements, BENCH_RELATIONS
// connections, preferential attachment) through the `network` importer. Reports seconds
// and rows per second in bench/results/network-import.json. Goal: ECHE import ≤ 10 s.
// Measures only; asserts nothing.
import { register } from 'tsx/esm/api';
import { writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { cpus, totalmem, loadavg } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

register();
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.env.ATLAS_ROOT ??= root;
const { openBenchEngine, benchEngines } = await import('./engines.mjs');
const { runImport } = await import('../src/lib/server/io/import-run.ts');
const { importers } = await import('../src/lib/server/io/registry.ts');

const ACTORS = Number(process.env.BENCH_ACTORS ?? 1000);
const RELATIONS = Number(process.env.BENCH_RELATIONS ?? 3000);
const ECHE_GOAL_SECONDS = 10;
const REPEATS = Math.max(1, Number(process.env.BENCH_REPEATS ?? 3));


/** A Kumu blueprint with a skewed degree distribution (each new link prefers well-linked elements). */
function syntheticBlueprint(actorCount, relationCount) {
	let seed = 20261125;
	const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
	const types = ['cluster-organisation', 'firm-sme', 'vet-provider', 'university', 'government', 'ngo', 'rto'];
	const countries = ['ES', 'PT', 'FR', 'DE', 'IT', 'GH', 'SN', 'LB', 'BR', 'CO'];
	const relationTypes = ['member-of', 'partner-in', 'leads', 'funds', 'mentors', 'collaborates-with'];
	const elements = Array.from({ length: actorCount }, (_, index) => ({
		id: `b-${index}`,
		attributes: { label: `Bench Organisation ${index}`, 'element type': types[index % types.length], country: countries[index % countries.length], languages: 'en|es', categories: String(1 + (index % 9)) }
	}));
	const ends = [0];
	const seen = new Set();
	const connections = [];
	while (connections.length < relationCount) {
		const from = Math.floor(random() * actorCount);
		const to = random() < 0.7 ? ends[Math.floor(random() * ends.length)] : Math.floor(random() * actorCount);
		const type = relationTypes[Math.floor(random() * relationTypes.length)];
		const key = `${from}|${to}|${type}`;
		if (from === to || seen.has(key)) continue;
		seen.add(key);
		ends.push(from, to);
		connections.push({ from: `b-${from}`, to: `b-${to}`, attributes: { 'connection type': type } });
	}
	return JSON.stringify({ elements, connections });
}

async function timed(db, kind, file) {
	const started = performance.now();
	const report = await runImport(db, importers[kind], file);
	const seconds = (performance.now() - started) / 1000;
	return { format: report.format, rows: report.rows, created: report.created, unchanged: report.unchanged, rejected: report.rejected.length, seconds: Number(seconds.toFixed(2)), rowsPerSecond: Math.round(report.rows / seconds) };
}

const engines = benchEngines();
const results = [];
for (const engine of engines) {
	for (const extension of ['csv', 'xlsx']) {
		const file = { name: `eche-institutions.${extension}`, bytes: new Uint8Array(readFileSync(join(root, 'tests/fixtures/eche', `eche-institutions.${extension}`))) };
		// Each run on a fresh database; the median resists a busy machine better than one run.
		const runs = [];
		for (let repeat = 0; repeat < REPEATS; repeat++) {
			const { database, dispose } = await openBenchEngine(engine);
			try {
				runs.push({ first: await timed(database.db, 'actors', file), reimport: await timed(database.db, 'actors', file) });
			} finally {
				await dispose();
			}
		}
		const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
		const firstSeconds = median(runs.map((run) => run.first.seconds));
		const reimportSeconds = median(runs.map((run) => run.reimport.seconds));
		const entry = {
			engine,
			benchmark: `ECHE ${extension}`,
			rows: runs[0].first.rows,
			created: runs[0].first.created,
			unchangedOnReimport: runs[0].reimport.unchanged,
			firstSecondsMedian: firstSeconds,
			firstSecondsMin: Math.min(...runs.map((run) => run.first.seconds)),
			rowsPerSecondMedian: Math.round(runs[0].first.rows / firstSeconds),
			reimportSecondsMedian: reimportSeconds,
			goalSeconds: ECHE_GOAL_SECONDS,
			meetsGoal: firstSeconds <= ECHE_GOAL_SECONDS,
			runs
		};
		results.push(entry);
		console.log(`${engine} ECHE ${extension}: first import median ${firstSeconds} s (min ${entry.firstSecondsMin} s, ${entry.rowsPerSecondMedian} rows/s, ${entry.created} created), re-import median ${reimportSeconds} s (${entry.unchangedOnReimport} unchanged)`);
	}
	const { database, dispose } = await openBenchEngine(engine);
	try {
		const file = { name: 'bench.json', bytes: new TextEncoder().encode(syntheticBlueprint(ACTORS, RELATIONS)) };
		const first = await timed(database.db, 'network', file);
		const again = await timed(database.db, 'network', file);
		results.push({ engine, benchmark: `Kumu JSON ${ACTORS} elements + ${RELATIONS} connections`, first, reimport: again });
		console.log(`${engine} Kumu JSON: first ${first.seconds} s (${first.rowsPerSecond} rows/s), re-import ${again.seconds} s`);
	} finally {
		await dispose();
	}
}

const report = {
	createdAt: new Date().toISOString(),
	machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGb: Number((totalmem() / 2 ** 30).toFixed(1)), node: process.version },
	loadAverage: loadavg().map((value) => Number(value.toFixed(1))),
	results
};
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/network-import.json'), JSON.stringify(report, null, '\t') + '\n');
console.log('written bench/results/network-import.json');
