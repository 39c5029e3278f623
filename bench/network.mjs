#!/usr/bin/env node
// Network map benchmark (issue 4). Generates a synthetic network (BENCH_ACTORS actors,
// default 10,000, and BENCH_RELATIONS relations, default 50,000) with a realistic degree
// distribution: actors belong to communities (mostly one country each) and attach by
// preferential attachment, mostly inside their community. Inserts it by SQL into PGlite
// in a temporary folder, then measures through the real code (network-view.ts):
//   - the cold request (no layout yet: provisional positions, layout started in background),
//   - the background layout (duration, and the event loop's worst stall meanwhile),
//   - cached requests (p50/p95 server time incl. JSON and gzip) and gzipped sizes of
//     GET /api/v1/network in its documented form and in the compact form the page loads
//     (and in brotli, which the route sends to clients that accept it); for the full form
//     also the gzipped size had the actors random ids instead of time-ordered ones
//     (decision 0007: the actors here are created in bulk, as an import creates them),
//   - optionally (Chromium found and a build present) the time to the first drawn frame
//     of /network, served by `atlas serve` on the same data folder.
// Writes bench/results/network.json. Measures only; asserts nothing.
import { register } from 'tsx/esm/api';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir, cpus, totalmem, loadavg } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';

register();
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.env.ATLAS_ROOT ??= root;
const { openDatabase } = await import('../src/lib/server/db/engine.ts');
const { migrate } = await import('../src/lib/server/db/migrate.ts');
const { NetworkQuery } = await import('../src/lib/server/network/map-filters.ts');
const { networkView, compactNetwork } = await import('../src/lib/server/network/network-view.ts');
const { whenLayoutIdle, layoutJobStatus } = await import('../src/lib/server/network/layout-jobs.ts');
const { findLayout, currentNetworkVersion } = await import('../src/lib/server/network/layout-queries.ts');
const { cachedResponseBody, brotliBody } = await import('../src/lib/server/network/response-cache.ts');
const { generateNetwork } = await import('./network-data.mjs');

const ACTORS = Number(process.env.BENCH_ACTORS ?? 10_000);
const RELATIONS = Number(process.env.BENCH_RELATIONS ?? 50_000);
const REPS = Number(process.env.BENCH_REPS ?? 20);

function percentile(values, p) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function timed(fn) {
	const started = performance.now();
	const value = await fn();
	return { ms: performance.now() - started, value };
}

/** `text` with each distinct UUID replaced, everywhere, by one random (version 4) UUID. */
function withRandomIds(text) {
	const replacement = new Map();
	return text.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => {
		if (!replacement.has(id)) replacement.set(id, randomUUID());
		return replacement.get(id);
	});
}

async function respond(db, input) {
	const query = NetworkQuery.parse(input);
	const view = await networkView(db, query);
	const body = JSON.stringify(query.format === 'compact' ? compactNetwork(view) : view);
	const gzipped = gzipSync(body);
	return { view, body, bytes: body.length, gzipBytes: gzipped.length };
}

const dataDir = mkdtempSync(join(tmpdir(), 'atlas-bench-network-'));
const results = { machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), loadAverageAtStart: loadavg()[0] }, actors: ACTORS, relations: RELATIONS, goals: { cachedServerMs: 300, gzipBytes: 1_000_000, firstFrameMs: 3000 } };
try {
	const database = await openDatabase({ dataDir });
	await migrate(database);
	const db = database.db;
	const network = generateNetwork(ACTORS, RELATIONS);
	const insert = await timed(async () => {
		const ids = [];
		for (let start = 0; start < network.actors.length; start += 1000) {
			const rows = network.actors.slice(start, start + 1000).map(({ community: _c, ...actor }) => actor);
			ids.push(...(await db.insertInto('actor').values(rows).returning('id').execute()).map((row) => row.id));
		}
		for (let start = 0; start < network.relations.length; start += 2000) {
			const rows = network.relations.slice(start, start + 2000).map(([source, target, type]) => ({ source_id: ids[source], target_id: ids[target], type }));
			await db.insertInto('relation').values(rows).execute();
		}
	});
	results.insertMs = Math.round(insert.ms);
	results.relationsInserted = network.relations.length;
	console.log(`inserted ${ACTORS} actors and ${network.relations.length} relations in ${results.insertMs} ms`);

	// Cold: no layout for this version yet. The request answers with provisional positions
	// and starts the layout in the background; it never waits for it.
	const cold = await timed(() => respond(db, {}));
	results.cold = { serverMs: Math.round(cold.ms), layoutReady: cold.value.view.layoutReady, gzipBytes: cold.value.gzipBytes };
	console.log(`cold request: ${results.cold.serverMs} ms (layoutReady=${results.cold.layoutReady})`);

	let worstStallMs = 0;
	let last = performance.now();
	const probe = setInterval(() => {
		const now = performance.now();
		worstStallMs = Math.max(worstStallMs, now - last - 20);
		last = now;
	}, 20);
	const duringLayout = [];
	const layoutStarted = performance.now();
	while (layoutJobStatus().running) {
		duringLayout.push((await timed(() => respond(db, { format: 'compact' }))).ms);
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	await whenLayoutIdle();
	clearInterval(probe);
	const layout = await findLayout(db, await currentNetworkVersion(db));
	results.layout = {
		computeMs: layout?.duration_ms,
		wallMs: Math.round(performance.now() - layoutStarted),
		betweenness: layout?.metrics.betweennessMethod,
		worstEventLoopStallMs: Math.round(worstStallMs),
		requestsDuringLayout: duringLayout.length,
		requestMsDuringLayoutP95: duringLayout.length ? Math.round(percentile(duringLayout, 95)) : null
	};
	console.log('layout:', results.layout);

	const first = await timed(() => respond(db, {}));
	results.firstAfterLayoutMs = Math.round(first.ms);
	for (const [name, input] of [['full', {}], ['compact', { format: 'compact' }], ['filtered country=ES', { country: 'ES' }], ['showcase + community colour', { country: 'ES', mode: 'showcase', colour: 'community', format: 'compact' }]]) {
		const times = [];
		let sizes;
		for (let rep = 0; rep < REPS; rep++) {
			const run = await timed(() => respond(db, input));
			times.push(run.ms);
			sizes = run.value;
		}
		// What GET /api/v1/network does: the same body, built once per version and query, then served from memory.
		const routeTimes = [];
		for (let rep = 0; rep < REPS; rep++) {
			routeTimes.push(
				(await timed(() => cachedResponseBody(db, JSON.stringify(input), async () => {
					const { bytes: _b, gzipBytes: _g, view } = await respond(db, input);
					const text = JSON.stringify(view);
					return { text, gzipped: gzipSync(text), layoutReady: view.layoutReady };
				}))).ms
			);
		}
		results[`api route ${name}`] = { firstMs: Math.round(routeTimes[0]), p50Ms: Math.round(percentile(routeTimes, 50)), p95Ms: Math.round(percentile(routeTimes, 95)) };
		// Brotli as the route sends it to clients that accept it (made once per cached body).
		const brotliBytes = brotliBody({ text: sizes.body, gzipped: new Uint8Array(), layoutReady: true }).length;
		results[`cached ${name}`] = { p50Ms: Math.round(percentile(times, 50)), p95Ms: Math.round(percentile(times, 95)), nodes: sizes.view.nodes.length, edges: sizes.view.edges.length, bytes: sizes.bytes, gzipBytes: sizes.gzipBytes, brotliBytes };
		// The same body had every actor been given a random id (the database's default before
		// decision 0007, and what a network built one actor at a time comes close to).
		if (name === 'full') results[`cached ${name}`].gzipBytesWithRandomIds = gzipSync(withRandomIds(sizes.body)).length;
		console.log(`cached ${name}:`, results[`cached ${name}`]);
	}
	await database.close();

	if (process.env.BENCH_SKIP_BROWSER !== '1' && existsSync('/usr/bin/chromium') && existsSync(join(root, 'build/handler.js'))) {
		results.firstFrame = await measureFirstFrame(dataDir);
		console.log('first frame:', results.firstFrame);
	}
} finally {
	mkdirSync(join(root, 'bench/results'), { recursive: true });
	writeFileSync(join(root, 'bench/results/network.json'), JSON.stringify({ ranAt: new Date().toISOString(), ...results }, null, 2) + '\n');
	if (process.env.BENCH_KEEP_DATA === '1') console.log(`data kept in ${dataDir}`);
	else rmSync(dataDir, { recursive: true, force: true });
}

/** Serves the benchmark's data folder and times /network in headless Chromium until sigma's first frame. */
async function measureFirstFrame(folder) {
	const port = 3900 + Math.floor(Math.random() * 90);
	const child = spawn(process.execPath, [join(root, 'bin/atlas.mjs'), 'serve', '--no-build'], { cwd: root, env: { ...process.env, PORT: String(port), ATLAS_DATA_DIR: folder, ATLAS_NO_DEMO: '1', DATABASE_URL: '' } });
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	const { chromium } = await import('playwright-core');
	let browser;
	try {
		const deadline = Date.now() + 90_000;
		while (!/serving on/.test(output)) {
			if (child.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start: ${output}`);
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
		browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'] });
		const runs = [];
		for (let rep = 0; rep < 3; rep++) {
			const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
			const started = Date.now();
			await page.goto(`http://127.0.0.1:${port}/network`);
			await page.waitForSelector('[data-map-state="ready"], [data-map-fallback]', { timeout: 60_000 });
			const state = await page.getAttribute('[data-map-state]', 'data-map-state');
			runs.push({
				state,
				// Measured in the page: performance.now() at the first animation frame after sigma drew.
				navigationToFrameMs: Number(await page.getAttribute('.network-canvas', 'data-first-frame-since-navigation-ms')),
				mountToFrameMs: Number(await page.getAttribute('.network-canvas', 'data-first-frame-ms')),
				// Until the test harness saw it: includes frames of software WebGL that starve the page.
				harnessSawReadyMs: Date.now() - started
			});
			await page.close();
		}
		return { renderer: 'headless Chromium, --disable-gpu (SwiftShader software WebGL)', runs, medianNavigationToFrameMs: percentile(runs.map((run) => run.navigationToFrameMs), 50) };
	} catch (error) {
		return { error: error.message.slice(0, 500) };
	} finally {
		await browser?.close();
		child.kill('SIGTERM');
		await new Promise((resolve) => child.once('exit', resolve));
	}
}
