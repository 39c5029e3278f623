#!/usr/bin/env node
// Library import benchmark (issue 3). Generates a CSV of BENCH_IMPORT_ROWS (default
// 10000) realistic multilingual records with the columns of interfaces.md (vocabulary
// values written as labels in the record's language, codes or English labels, as real
// spreadsheets mix them), then on each engine (PGlite in a temporary folder; PostgreSQL
// when BENCH_DATABASE_URL is set, in a schema of its own that is dropped afterwards)
// times the real pipeline, runImport with the resources importer: reading and checking
// the file, then writing it in chunks (applyBatch: new records with one insert, their
// versions and search rows with one statement each, per chunk of 250 rows on one
// savepoint). Then it re-imports a sample of the same file (every row matched,
// "unchanged"), and, for comparison in the same run, imports that sample into a fresh
// database row by row (each row on its own savepoint, the search row built by the
// trigger: the path before batching, and the one a failing chunk falls back to). The
// search concepts of the new records (refreshResourceConcepts, which the web import
// runs after writing) are timed apart.
// Writes bench/results/library-import.json.
// Measures only; asserts nothing. Goal: ≥ 1,000 rows/s.
import { register } from 'tsx/esm/api';
import { writeFileSync, mkdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordGenerator, seededRandom } from './library-data.mjs';

register();
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.env.ATLAS_ROOT ??= root;
const { openBenchEngine, benchEngines } = await import('./engines.mjs');
const { runImport } = await import('../src/lib/server/io/import-run.ts');
const { toCsv } = await import('../src/lib/server/io/csv.ts');
const { resourceImporter } = await import('../src/lib/server/library/resource-io.ts');
const { RESOURCE_COLUMNS } = await import('../src/lib/server/library/resource-columns.ts');
const { refreshResourceConcepts } = await import('../src/lib/server/library/search.ts');
const vocab = await import('../src/lib/server/vocab/index.ts');
const { demoResources } = await import('../src/lib/server/demo/resources.ts');

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
const REIMPORT_ROWS = Number(process.env.BENCH_REIMPORT_ROWS ?? 1_000);
const GOAL_ROWS_PER_SECOND = 1000;

/** The CSV a network coordinator would bring: labels in the record's language, codes, English labels. */
function generateCsv(size) {
	const { next } = recordGenerator({ vocab, demoResources, seed: 20261126 });
	const random = seededRandom(7);
	const spell = (name, code, language) => {
		const concept = vocab.conceptByCode(name, code);
		const draw = random();
		if (!concept || draw < 0.3) return code;
		return draw < 0.65 ? concept.labels[language] ?? concept.labels.en : concept.labels.en;
	};
	const rows = [];
	for (let index = 0; index < size; index++) {
		const record = next(index);
		const language = record.language;
		rows.push([
			random() < 0.2 ? `src-${index}` : '',
			record.title,
			record.abstract,
			random() < 0.5 ? language : vocab.conceptByCode('language', language).labels.en,
			spell('resource-type', record.type, language),
			record.categories.map((code) => spell('skills-category', code, language)).join('|'),
			random() < 0.3 ? 'Skills|Clusters' : '',
			record.target_groups.map((code) => spell('target-group', code, language)).join('|'),
			record.countries.map((code) => (random() < 0.5 ? code : vocab.conceptByCode('country', code).labels[language])).join('|'),
			String(record.year),
			record.publisher_name,
			record.authors.join('|'),
			random() < 0.4 ? `https://example.org/records/${index}` : '',
			random() < 0.25 ? `10.5555/bench.${index}` : '',
			random() < 0.3 ? 'CC BY 4.0' : ''
		]);
	}
	return toCsv([...RESOURCE_COLUMNS], rows);
}


const seconds = (started) => (performance.now() - started) / 1000;
const rate = (rows, secondsTaken) => Math.round(rows / secondsTaken);

async function timeImport(db, file, importer = resourceImporter) {
	const parseStarted = performance.now();
	const parsed = await importer.parse(file, 'csv', db);
	const parseSeconds = seconds(parseStarted);
	const started = performance.now();
	const cpuBefore = process.cpuUsage();
	const report = await runImport(db, importer, file, { format: 'csv' });
	const totalSeconds = seconds(started);
	const cpu = process.cpuUsage(cpuBefore);
	const cpuSeconds = (cpu.user + cpu.system) / 1e6;
	return {
		rows: report.rows,
		created: report.created,
		updated: report.updated,
		unchanged: report.unchanged,
		rejected: report.rejected.length,
		parsedValid: parsed.filter((row) => row.record).length,
		readAndCheckSeconds: Number(parseSeconds.toFixed(2)),
		totalSeconds: Number(totalSeconds.toFixed(2)),
		rowsPerSecond: rate(report.rows, totalSeconds),
		// CPU time of this process: on PGlite the database works in it too, so this is the
		// work done whatever else the machine runs; on PostgreSQL the server's part is missing.
		cpuSeconds: Number(cpuSeconds.toFixed(2)),
		rowsPerCpuSecond: rate(report.rows, cpuSeconds)
	};
}

async function run(engine, csvBytes, sampleBytes) {
	const runs = {};
	{
		const { database, dispose } = await openBenchEngine(engine);
		try {
			console.log(`${engine}: importing ${ROWS} rows…`);
			runs.firstImport = await timeImport(database.db, { name: 'bench.csv', bytes: csvBytes });
			console.log(`  first import: ${runs.firstImport.rowsPerSecond} rows/s (${runs.firstImport.totalSeconds} s, reading and checking ${runs.firstImport.readAndCheckSeconds} s)`);
			// What the web import does after writing: find the concepts named in the new texts (library search).
			const conceptsStarted = performance.now();
			const refreshed = await refreshResourceConcepts(database.db);
			runs.searchConceptsAfterImport = { records: refreshed, seconds: Number(seconds(conceptsStarted).toFixed(2)) };
			console.log(`  search concepts of the new records: ${runs.searchConceptsAfterImport.seconds} s`);
			runs.reimportSample = await timeImport(database.db, { name: 'sample.csv', bytes: sampleBytes });
			console.log(`  re-import of ${REIMPORT_ROWS} rows (all matched): ${runs.reimportSample.rowsPerSecond} rows/s, ${runs.reimportSample.unchanged} unchanged`);
		} finally {
			await dispose();
		}
	}
	{
		const { database, dispose } = await openBenchEngine(engine);
		try {
			const { applyBatch: _batch, ...rowByRow } = resourceImporter;
			runs.sampleRowByRow = await timeImport(database.db, { name: 'sample.csv', bytes: sampleBytes }, rowByRow);
			console.log(`  for comparison, the ${REIMPORT_ROWS}-row sample imported row by row: ${runs.sampleRowByRow.rowsPerSecond} rows/s`);
		} finally {
			await dispose();
		}
	}
	return { engine, ...runs };
}

const csv = generateCsv(ROWS);
const lines = csv.split('\r\n');
const csvBytes = new TextEncoder().encode(csv);
// The header and every tenth record (records hold no line breaks in the generator).
const sample = [lines[0], ...lines.slice(1).filter((line, index) => line && index % Math.max(1, Math.floor(ROWS / REIMPORT_ROWS)) === 0)].slice(0, REIMPORT_ROWS + 1).join('\r\n');
const sampleBytes = new TextEncoder().encode(sample);

const engines = benchEngines();
const results = [];
for (const engine of engines) results.push(await run(engine, csvBytes, sampleBytes));

const output = {
	benchmark: 'library-import',
	date: new Date().toISOString(),
	machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model?.trim(), memoryGb: Number((totalmem() / 1024 ** 3).toFixed(1)), node: process.version },
	goals: { rowsPerSecond: GOAL_ROWS_PER_SECOND },
	file: { rows: ROWS, bytes: csvBytes.length, reimportSampleRows: REIMPORT_ROWS },
	runs: results
};
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'library-import.json'), JSON.stringify(output, null, '\t') + '\n');
console.log(`Written to bench/results/library-import.json`);
