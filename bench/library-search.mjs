#!/usr/bin/env node
// Library search benchmark (issue 3). For each size in BENCH_SIZES (default 10000,100000)
// and each engine (PGlite in a temporary folder; PostgreSQL when BENCH_DATABASE_URL is
// set, in a schema of its own that is dropped afterwards): generate realistic multilingual
// records (bench/library-data.mjs), load them in SQL batches (the search trigger runs on
// every row), find their text concepts, build the in-memory side index (search-index.ts:
// seconds, RSS growth), then time a fixed query mix through the real search service
// (searchResources) with and without facets, answered from the side index and by the SQL
// path alone, and the same texts through a naive ranked full-text query (to_tsvector on
// the fly, no index). Reports p50/p95,
// the speed-up over the naive query, load rate and database size in
// bench/results/library-search.json. Measures only; asserts nothing.
import { register } from 'tsx/esm/api';
import { writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { recordGenerator } from './library-data.mjs';

register();
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.env.ATLAS_ROOT ??= root;
const { openBenchEngine } = await import('./engines.mjs');
const { searchResources, refreshResourceConcepts } = await import('../src/lib/server/library/search.ts');
const { combinedTsQuery } = await import('../src/lib/server/library/search-queries.ts');
const { libraryIndexes } = await import('../src/lib/server/library/search-index.ts');
const vocab = await import('../src/lib/server/vocab/index.ts');
const { demoResources } = await import('../src/lib/server/demo/resources.ts');

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number).filter((n) => n > 0);
const REPS = Number(process.env.BENCH_REPS ?? 10);
const SQL_REPS = Number(process.env.BENCH_SQL_REPS ?? 5);
const NAIVE_REPS = Number(process.env.BENCH_NAIVE_REPS ?? 3);
const BATCH = 1000;

/** The fixed query mix: one word (frequent and rarer), two words, a phrase, cross-language, a typo, filters. */
const MIX = [
	{ name: 'one word, frequent (en)', q: 'skills' },
	{ name: 'one word (es)', q: 'formación' },
	{ name: 'one word, rare (fr)', q: 'aéronautiques' },
	{ name: 'two words', q: 'digital training' },
	{ name: 'phrase', q: '"skills development"' },
	{ name: 'cross-language (es → all)', q: 'aprendizaje dual' },
	{ name: 'cross-language (fr → all)', q: 'apprentissage' },
	{ name: 'typo', q: 'developmnet' },
	{ name: 'filtered: one word + language + category', q: 'formación', lang: 'es', category: '1' },
	{ name: 'browse, no words (newest)', q: '' },
	{ name: 'browse, no words, kept answer (cache on)', q: '', cache: true }
];

const percentile = (values, p) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const ms = (value) => Number(value.toFixed(1));
const COLUMNS = `id uuid, work_id uuid, slug text, status text, title text, abstract text, language text, type text, categories text[],
	topics text[], target_groups text[], countries text[], regions text[], publisher_name text, authors text[], year int, published_at timestamptz, extra jsonb`;

const COLUMN_NAMES = COLUMNS.split(',').map((column) => column.trim().split(/\s+/)[0]).join(', ');


async function load(db, size) {
	const { next, rankOf } = recordGenerator({ vocab, demoResources, seed: 20261125 });
	const started = performance.now();
	for (let start = 0; start < size; start += BATCH) {
		const rows = [];
		for (let index = start; index < Math.min(size, start + BATCH); index++) rows.push(next(index));
		await sql`insert into resource (${sql.raw(COLUMN_NAMES)})
			select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(${sql.raw(COLUMNS)})`.execute(db);
	}
	const loadSeconds = (performance.now() - started) / 1000;
	const conceptsStarted = performance.now();
	const refreshed = await refreshResourceConcepts(db);
	const conceptsSeconds = (performance.now() - conceptsStarted) / 1000;
	await sql`analyze resource`.execute(db);
	return { loadSeconds, conceptsSeconds, refreshed, rankOf };
}

async function sizes(db) {
	const row = (
		await sql`select pg_database_size(current_database()) as database,
			pg_total_relation_size('resource') as resource_total, pg_total_relation_size('resource_search') as search_total,
			pg_relation_size('resource_search') as search_heap, pg_relation_size('resource_search_vector_idx') as vector_index,
			pg_relation_size('resource_search_title_trgm_idx') as title_trgm_index, pg_relation_size('resource_search_concepts_idx') as concepts_index`.execute(db)
	).rows[0];
	return Object.fromEntries(Object.entries(row).map(([key, value]) => [`${key}Mb`, Number((Number(value) / 1048576).toFixed(1))]));
}

/** Builds the in-memory side index (search-index.ts) as the server does after a write, and waits for it: seconds and RSS growth. */
async function readyIndex(db) {
	global.gc?.();
	const rssBefore = process.memoryUsage().rss;
	const started = performance.now();
	if (!(await libraryIndexes.ready(db))) throw new Error('the side index was not built (a write during the build?)');
	const seconds = (performance.now() - started) / 1000;
	global.gc?.();
	return { seconds: Number(seconds.toFixed(1)), rssGrowthMb: Math.round((process.memoryUsage().rss - rssBefore) / 1048576) };
}

/** The mix through searchResources: with the side index (`index`), or by the SQL path alone. */
async function timeQueries(db, index, reps) {
	const results = [];
	for (const query of MIX) {
		if (query.cache && index) continue; // the kept browse answer belongs to the SQL path
		for (const facets of ['false', 'true']) {
			const { name: _name, cache, ...rest } = query;
			const input = { ...rest, facets, perPage: '20' };
			const options = { cache: cache === true, index };
			let total = 0;
			await searchResources(db, input, options); // warm-up
			const times = [];
			for (let rep = 0; rep < reps; rep++) {
				const started = performance.now();
				total = (await searchResources(db, input, options)).total;
				times.push(performance.now() - started);
			}
			results.push({ name: query.name, q: query.q, facets: facets === 'true', total, p50: ms(percentile(times, 50)), p95: ms(percentile(times, 95)), times });
		}
	}
	return results;
}

async function timeNaive(db) {
	const results = [];
	for (const query of MIX.filter((entry) => !entry.lang && entry.q)) {
		const times = [];
		let total = 0;
		for (let rep = 0; rep < NAIVE_REPS; rep++) {
			const started = performance.now();
			const result = await sql`
				select id, ts_rank_cd(document, query, 32) as rank, count(*) over () as total
				from (select id, to_tsvector(atlas_search_config(language), title || ' ' || abstract) as document from resource where status = 'published') d,
					(select ${combinedTsQuery(query.q)} as query) q
				where document @@ query
				order by rank desc
				limit 20`.execute(db);
			times.push(performance.now() - started);
			total = Number(result.rows[0]?.total ?? 0);
		}
		results.push({ name: query.name, q: query.q, total, p50: ms(percentile(times, 50)), p95: ms(percentile(times, 95)) });
	}
	return results;
}

function summary(queries, naive) {
	const all = (facets) => queries.filter((entry) => entry.facets === facets).flatMap((entry) => entry.times);
	const speedups = naive.map((entry) => {
		const indexed = queries.find((candidate) => candidate.name === entry.name && !candidate.facets);
		return { name: entry.name, naiveP50: entry.p50, indexedP50: indexed.p50, speedup: Number((entry.p50 / indexed.p50).toFixed(1)) };
	});
	return {
		withoutFacets: { p50: ms(percentile(all(false), 50)), p95: ms(percentile(all(false), 95)) },
		withFacets: { p50: ms(percentile(all(true), 50)), p95: ms(percentile(all(true), 95)) },
		speedups,
		minSpeedup: Math.min(...speedups.map((entry) => entry.speedup))
	};
}

const engines = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',').filter((engine) => engine === 'pglite' || process.env.BENCH_DATABASE_URL);
const runs = [];
for (const size of SIZES) {
	for (const engine of engines) {
		console.log(`\n== ${size} records on ${engine}`);
		const { database, dispose } = await openBenchEngine(engine);
		try {
			const loaded = await load(database.db, size);
			console.log(`loaded in ${loaded.loadSeconds.toFixed(1)} s (${Math.round(size / loaded.loadSeconds)} rows/s), text concepts in ${loaded.conceptsSeconds.toFixed(1)} s`);
			const storage = await sizes(database.db);
			console.log('sizes (MB):', storage);
			const sideIndex = await readyIndex(database.db);
			console.log(`side index ready in ${sideIndex.seconds} s, RSS +${sideIndex.rssGrowthMb} MB`);
			const queries = await timeQueries(database.db, true, REPS);
			for (const entry of queries) console.log(`index ${entry.facets ? 'facets   ' : 'no facets'} p50 ${entry.p50} ms  p95 ${entry.p95} ms  ${entry.total} hits  ${entry.name}`);
			const sqlPath = await timeQueries(database.db, false, SQL_REPS);
			for (const entry of sqlPath) console.log(`sql   ${entry.facets ? 'facets   ' : 'no facets'} p50 ${entry.p50} ms  p95 ${entry.p95} ms  ${entry.total} hits  ${entry.name}`);
			const naive = await timeNaive(database.db);
			for (const entry of naive) console.log(`naive     p50 ${entry.p50} ms  ${entry.total} hits  ${entry.name}`);
			const overall = summary(queries, naive);
			const overallSqlPath = summary(sqlPath.filter((entry) => !entry.name.includes('kept answer')), naive);
			console.log('overall (side index):', JSON.stringify(overall));
			console.log('overall (SQL path):', JSON.stringify(overallSqlPath.withFacets));
			runs.push({
				size,
				engine,
				loadSeconds: Number(loaded.loadSeconds.toFixed(1)),
				loadRowsPerSecond: Math.round(size / loaded.loadSeconds),
				textConceptsSeconds: Number(loaded.conceptsSeconds.toFixed(1)),
				storage,
				sideIndex,
				queries: queries.map(({ times: _times, ...entry }) => entry),
				sqlPath: sqlPath.map(({ times: _times, ...entry }) => entry),
				naive,
				overall,
				overallSqlPath: { withoutFacets: overallSqlPath.withoutFacets, withFacets: overallSqlPath.withFacets }
			});
		} finally {
			await dispose();
		}
	}
}

mkdirSync(join(root, 'bench/results'), { recursive: true });
const report = {
	benchmark: 'library-search',
	date: new Date().toISOString(),
	machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGb: Number((totalmem() / 2 ** 30).toFixed(1)), node: process.version },
	repetitions: { indexed: REPS, sqlPath: SQL_REPS, naive: NAIVE_REPS },
	machineLoad: { atEnd: loadavg().map((value) => Number(value.toFixed(2))) },
	goals: { pgliteP95WithFacetsMs: 100, postgresP95WithFacetsMs: 50, speedupOverNaive: 5, atSize: 100000 },
	runs
};
writeFileSync(join(root, 'bench/results/library-search.json'), JSON.stringify(report, null, '\t') + '\n');
console.log('\nwritten bench/results/library-search.json');
