#!/usr/bin/env node
// Actor directory benchmark (issue 4). Generates BENCH_ACTORS (default 50000) synthetic
// actors with realistic names, countries, languages, categories and target groups,
// loads them with bulk SQL inserts (the actor_search trigger runs on every row), then
// times a fixed query mix through the real service (searchActors: one page plus the six
// facets) on PGlite in a temporary folder and, when BENCH_DATABASE_URL is set, on a
// PostgreSQL server (in a schema of its own, dropped afterwards). Waits for the in-memory
// side index (directory-index.ts: build time and RSS growth recorded), then times each
// query on the index path and on the SQL path (`index: false`), alternating repetitions
// so both see the same machine load. Writes p50/p95 per query and overall of both paths
// to bench/results/directory-search.json. Run with `node --expose-gc` (for the RSS
// figures). Measures only; asserts nothing.
import { register } from 'tsx/esm/api';
import { writeFileSync, mkdirSync } from 'node:fs';
import { cpus, totalmem, loadavg } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';

register();
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.env.ATLAS_ROOT ??= root;
const { openBenchEngine, benchEngines } = await import('./engines.mjs');
const { searchActors } = await import('../src/lib/server/network/directory.ts');
const { directoryIndexes } = await import('../src/lib/server/network/directory-index.ts');
const vocab = await import('../src/lib/server/vocab/index.ts');
// A small deterministic generator (mulberry32), so every run loads the same network.
const { seededRandom } = await import('../src/lib/server/network/graph.ts');

const SIZE = Number(process.env.BENCH_ACTORS ?? 50_000);
const REPS = Number(process.env.BENCH_REPS ?? 15);
const BATCH = 2000;

const MIX = [
	{ name: 'browse, no filter', input: {} },
	{ name: 'browse, page 50', input: { page: 50 } },
	{ name: 'one word', input: { q: 'cluster' } },
	{ name: 'two words', input: { q: 'training institute' } },
	{ name: 'typo in a name', input: { q: 'technlogy' } },
	{ name: 'description word (es)', input: { q: 'formación' }, locale: 'es' },
	{ name: 'country', input: { country: 'ES' } },
	{ name: 'two countries + type', input: { country: ['ES', 'PT'], type: 'vet-provider' } },
	{ name: 'region + category', input: { region: 'africa', category: '1' } },
	{ name: 'language + target group', input: { language: 'fr', targetGroup: 'youth' } },
	{ name: 'word + country + category', input: { q: 'skills', country: 'SN', category: ['1', '6'] } },
	{ name: 'nothing matches', input: { q: 'zzqqxx', country: 'AQ' } }
];

function generator() {
	const rand = seededRandom(20261125);
	const pick = (list) => list[Math.floor(rand() * list.length)];
	// Skewed choice: early entries far more frequent (a few countries hold most actors).
	const skewed = (list) => list[Math.floor(Math.pow(rand(), 2.2) * list.length)];
	const some = (list, max) => [...new Set(Array.from({ length: 1 + Math.floor(rand() * max) }, () => skewed(list)))];
	const countries = vocab.concepts('country').map((concept) => ({ code: concept.code, region: concept.extra?.iloRegion ?? null }));
	const types = vocab.concepts('actor-type').map((concept) => concept.code);
	const categories = vocab.concepts('skills-category').map((concept) => concept.code);
	const groups = vocab.concepts('target-group').map((concept) => concept.code);
	const languages = ['en', 'es', 'fr', 'pt', 'de', 'it', 'ar', 'nl'];
	const head = ['Regional', 'National', 'Innovation', 'Technology', 'Skills', 'Training', 'Industrial', 'Digital', 'Green', 'Maritime', 'Aerospace', 'Textile', 'Agrifood', 'Automotive'];
	const kind = ['Cluster', 'Institute', 'Centre', 'Foundation', 'Network', 'Association', 'Academy', 'University', 'Council', 'Alliance', 'Hub', 'Partnership'];
	const places = ['Aragón', 'Bilbao', 'Dakar', 'Accra', 'Porto', 'Lyon', 'Turin', 'Nairobi', 'Lima', 'Recife', 'Beirut', 'Dar es Salaam', 'Lilongwe', 'Addis Ababa', 'Montevideo', 'Bogotá'];
	const textsEn = ['Work-based learning and apprenticeships for small firms.', 'Career guidance and employment services for young people.', 'Research and data on skills needs in the region.', 'Training delivery for digital and green skills.'];
	const textsEs = ['Formación dual y aprendizaje en el trabajo para pymes.', 'Orientación profesional y servicios de empleo para jóvenes.', 'Investigación sobre necesidades de competencias.'];
	const textsFr = ['Formation professionnelle et apprentissage pour les jeunes.', 'Recherche sur les besoins en compétences du territoire.'];
	return (index) => {
		const country = skewed(countries);
		const name = `${pick(head)} ${pick(kind)} ${pick(places)} ${index}`;
		const description = { en: pick(textsEn) };
		if (rand() < 0.4) description.es = pick(textsEs);
		if (rand() < 0.3) description.fr = pick(textsFr);
		return {
			slug: `bench-${index}`,
			type: skewed(types),
			name,
			other_names: rand() < 0.2 ? [`${name.split(' ').map((word) => word[0]).join('')}`] : [],
			country: country.code,
			region: country.region,
			city: pick(places),
			languages: some(languages, 3),
			categories: some(categories, 3),
			target_groups: rand() < 0.7 ? some(groups, 3) : [],
			description
		};
	};
}

const COLUMNS = 'slug text, type text, name text, other_names text[], country text, region text, city text, languages text[], categories text[], target_groups text[], description jsonb';
const COLUMN_NAMES = COLUMNS.split(',').map((column) => column.trim().split(/\s+/)[0]).join(', ');


async function load(db) {
	const next = generator();
	const started = performance.now();
	for (let start = 0; start < SIZE; start += BATCH) {
		const rows = [];
		for (let index = start; index < Math.min(SIZE, start + BATCH); index++) rows.push(next(index));
		await sql`insert into actor (${sql.raw(COLUMN_NAMES)})
			select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(${sql.raw(COLUMNS)})`.execute(db);
	}
	const loadSeconds = (performance.now() - started) / 1000;
	await sql`analyze actor`.execute(db);
	await sql`analyze actor_search`.execute(db);
	return loadSeconds;
}

const percentile = (values, p) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const ms = (value) => Number(value.toFixed(1));

const collect = () => globalThis.gc?.();
const mb = (bytes) => Number((bytes / 1e6).toFixed(1));

// BENCH_QUERIES (a regular expression on the names) times part of the mix, for quick looks.
const only = process.env.BENCH_QUERIES ? new RegExp(process.env.BENCH_QUERIES, 'i') : null;

async function timeMix(db, paths) {
	const byPath = Object.fromEntries(Object.keys(paths).map((path) => [path, { all: [], queries: [] }]));
	for (const query of MIX.filter((entry) => !only || only.test(entry.name))) {
		const times = Object.fromEntries(Object.keys(paths).map((path) => [path, []]));
		const totals = {};
		for (const [path, options] of Object.entries(paths)) await searchActors(db, query.input, { locale: query.locale ?? 'en', ...options }); // warm-up
		for (let rep = 0; rep < REPS; rep++) {
			for (const [path, options] of Object.entries(paths)) {
				const started = performance.now();
				totals[path] = (await searchActors(db, query.input, { locale: query.locale ?? 'en', ...options })).total;
				times[path].push(performance.now() - started);
			}
		}
		const line = [];
		for (const path of Object.keys(paths)) {
			byPath[path].all.push(...times[path]);
			const entry = { name: query.name, input: query.input, total: totals[path], p50: ms(percentile(times[path], 50)), p95: ms(percentile(times[path], 95)) };
			byPath[path].queries.push(entry);
			line.push(`${path} p50 ${String(entry.p50).padStart(6)} p95 ${String(entry.p95).padStart(6)}`);
		}
		console.log(`  ${query.name.padEnd(28)} total ${String(totals[Object.keys(paths)[0]]).padStart(6)}  ${line.join('   ')} ms`);
	}
	return Object.fromEntries(
		Object.entries(byPath).map(([path, { all, queries }]) => [path, { overall: { p50: ms(percentile(all, 50)), p95: ms(percentile(all, 95)) }, queries }])
	);
}

async function run(engine) {
	const { database, dispose } = await openBenchEngine(engine);
	try {
		const loadSeconds = await load(database.db);
		console.log(`${engine}: loaded ${SIZE} actors in ${loadSeconds.toFixed(1)} s`);
		// The side index, as the server warms it at start: every search below waits for nothing.
		collect();
		const rssBefore = process.memoryUsage().rss;
		const heapBefore = process.memoryUsage().heapUsed;
		const buildStarted = performance.now();
		const index = await directoryIndexes.ready(database.db);
		const buildSeconds = (performance.now() - buildStarted) / 1000;
		if (!index) throw new Error('the directory index was not built');
		collect();
		const indexBuild = {
			actors: index.table.size,
			seconds: Number(buildSeconds.toFixed(2)),
			rssGrowthMb: mb(process.memoryUsage().rss - rssBefore),
			heapGrowthMb: mb(process.memoryUsage().heapUsed - heapBefore),
			gcExposed: typeof globalThis.gc === 'function'
		};
		console.log(`  index: ${indexBuild.actors} actors in ${indexBuild.seconds} s, RSS +${indexBuild.rssGrowthMb} MB, heap +${indexBuild.heapGrowthMb} MB`);
		// Facet counts uncached on both paths: every repetition pays the whole search.
		const timed = await timeMix(database.db, { index: { facetCache: false }, sql: { index: false, facetCache: false } });
		// The SQL path with its in-memory facet cache (what it answers for a repeated search).
		const cachedTimes = [];
		for (const query of MIX) {
			const options = { locale: query.locale ?? 'en', index: false };
			await searchActors(database.db, query.input, options);
			for (let rep = 0; rep < REPS; rep++) {
				const started = performance.now();
				await searchActors(database.db, query.input, options);
				cachedTimes.push(performance.now() - started);
			}
		}
		const sqlWithFacetCache = { p50: ms(percentile(cachedTimes, 50)), p95: ms(percentile(cachedTimes, 95)) };
		console.log(`  SQL path with facet cache: p50 ${sqlWithFacetCache.p50} ms, p95 ${sqlWithFacetCache.p95} ms`);
		return {
			engine,
			actors: SIZE,
			loadSeconds: Number(loadSeconds.toFixed(1)),
			indexBuild,
			overall: timed.index.overall,
			queries: timed.index.queries,
			sqlPath: timed.sql,
			sqlWithFacetCache
		};
	} finally {
		await dispose();
	}
}

// Others share the machine: the 1/5/15-minute load averages before and after tell how quiet it was.
const loadBefore = loadavg().map((value) => Number(value.toFixed(2)));
const engines = benchEngines();
const results = [];
for (const engine of engines) results.push(await run(engine));
const report = {
	benchmark: 'directory-search',
	description:
		'searchActors (one page of 20 + six facet counts) over synthetic actors; goal p95 ≤ 100 ms on PGlite. overall/queries: the side-index path (default); sqlPath: the same mix with index: false; both without the facet cache, repetitions alternating between the paths',
	goalP95Ms: 100,
	repetitions: REPS,
	machine: { cpus: cpus().length, memoryGb: Math.round(totalmem() / 1e9), node: process.version },
	loadAverage: { before: loadBefore, after: loadavg().map((value) => Number(value.toFixed(2))) },
	date: new Date().toISOString(),
	results
};
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/directory-search.json'), JSON.stringify(report, null, '\t') + '\n');
for (const result of results)
	console.log(
		`${result.engine}: index path p50 ${result.overall.p50} ms, p95 ${result.overall.p95} ms; SQL path p50 ${result.sqlPath.overall.p50} ms, p95 ${result.sqlPath.overall.p95} ms (goal ≤ 100 ms on PGlite)`
	);
