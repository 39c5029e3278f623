#!/usr/bin/env node
// Actor directory benchmark (issue 4). Generates BENCH_ACTORS (default 50000) synthetic
// actors with realistic names, countries, languages, categories and target groups,
// loads them with bulk SQL inserts (the actor_search trigger runs on every row), then
// times a fixed query mix through the real service (searchActors: one page plus the six
// facets) on PGlite in a temporary folder and, when BENCH_DATABASE_URL is set, on a
// PostgreSQL server (in a schema of its own, dropped afterwards). Writes p50/p95 per
// query and overall to bench/results/directory-search.json. Measures only; asserts nothing.
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
const vocab = await import('../src/lib/server/vocab/index.ts');

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

// A small deterministic generator (mulberry32), so every run loads the same network.
function random(seed) {
	return () => {
		seed |= 0;
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function generator() {
	const rand = random(20261125);
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

async function run(engine) {
	const { database, dispose } = await openBenchEngine(engine);
	try {
		const loadSeconds = await load(database.db);
		console.log(`${engine}: loaded ${SIZE} actors in ${loadSeconds.toFixed(1)} s`);
		const queries = [];
		const all = [];
		for (const query of MIX) {
			// Facet counts uncached: every repetition pays the whole search (the cached case is timed apart).
			const options = { locale: query.locale ?? 'en', facetCache: false };
			await searchActors(database.db, query.input, options); // warm-up
			const times = [];
			let total = 0;
			for (let rep = 0; rep < REPS; rep++) {
				const started = performance.now();
				total = (await searchActors(database.db, query.input, options)).total;
				times.push(performance.now() - started);
			}
			all.push(...times);
			queries.push({ name: query.name, input: query.input, total, p50: ms(percentile(times, 50)), p95: ms(percentile(times, 95)) });
			console.log(`  ${query.name.padEnd(28)} total ${String(total).padStart(6)}  p50 ${ms(percentile(times, 50))} ms  p95 ${ms(percentile(times, 95))} ms`);
		}
		// The same mix with the in-memory facet cache (what a server answers for a repeated search).
		const cachedTimes = [];
		for (const query of MIX) {
			const options = { locale: query.locale ?? 'en' };
			await searchActors(database.db, query.input, options);
			for (let rep = 0; rep < REPS; rep++) {
				const started = performance.now();
				await searchActors(database.db, query.input, options);
				cachedTimes.push(performance.now() - started);
			}
		}
		const cachedFacets = { p50: ms(percentile(cachedTimes, 50)), p95: ms(percentile(cachedTimes, 95)) };
		console.log(`  with facet cache: p50 ${cachedFacets.p50} ms, p95 ${cachedFacets.p95} ms`);
		return { engine, actors: SIZE, cachedFacets, loadSeconds: Number(loadSeconds.toFixed(1)), overall: { p50: ms(percentile(all, 50)), p95: ms(percentile(all, 95)) }, queries };
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
	description: 'searchActors (one page of 20 + six facet counts) over synthetic actors; goal p95 ≤ 100 ms on PGlite',
	goalP95Ms: 100,
	repetitions: REPS,
	machine: { cpus: cpus().length, memoryGb: Math.round(totalmem() / 1e9), node: process.version },
	loadAverage: { before: loadBefore, after: loadavg().map((value) => Number(value.toFixed(2))) },
	date: new Date().toISOString(),
	results
};
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/directory-search.json'), JSON.stringify(report, null, '\t') + '\n');
for (const result of results) console.log(`${result.engine}: overall p50 ${result.overall.p50} ms, p95 ${result.overall.p95} ms (goal ≤ 100 ms on PGlite)`);
