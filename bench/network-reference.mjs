#!/usr/bin/env node
// Reference viewer for the network map benchmark (issue 4): the same synthetic network as
// bench/network.mjs (BENCH_ACTORS, default 10,000; BENCH_RELATIONS, default 50,000),
// written as GEXF by our exporter's writer, opened in headless Chromium by a baseline
// viewer built from the libraries a GEXF viewer such as Gephi Lite uses (graphology-gexf
// to parse, sigma to draw, graphology-layout-forceatlas2 to lay out in the browser),
// bundled locally with esbuild and served from this machine (no network). It measures:
//   - first frame of the file as it comes (parse in the page, random positions, sigma),
//     timed like /network (performance.now() at the first animation frame after sigma
//     drew, same label settings as our map at this size);
//   - what the baseline must still do to show a readable map (last run only): ForceAtlas2
//     in the page (BENCH_FA2_ITERATIONS, default 100), then a synchronous redraw; /network
//     gets that layout from the server's cache;
//   - our /network first frame next to it: measured in the same run when BENCH_OURS=1
//     (runs bench/network.mjs first, long), otherwise read from bench/results/network.json.
// Writes bench/results/network-reference.json. Measures only; asserts nothing.
import { register } from 'tsx/esm/api';
import { mkdtempSync, rmSync, writeFileSync, readFileSync, mkdirSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir, cpus, totalmem, loadavg } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { generateNetwork } from './network-data.mjs';

register();
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { writeGexf } = await import('../src/lib/server/io/gexf.ts');

const ACTORS = Number(process.env.BENCH_ACTORS ?? 10_000);
const RELATIONS = Number(process.env.BENCH_RELATIONS ?? 50_000);
const FA2_ITERATIONS = Number(process.env.BENCH_FA2_ITERATIONS ?? 100);
const REPS = Number(process.env.BENCH_REPS ?? 3);

// The baseline viewer: what a client-only GEXF viewer does, nothing of ours.
const VIEWER = `
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf/browser';
import Sigma from 'sigma';
import forceAtlas2 from 'graphology-layout-forceatlas2';

window.openGexf = async (iterations) => {
	const marks = {};
	const started = performance.now();
	const text = await (await fetch('network.gexf')).text();
	marks.downloadMs = Math.round(performance.now() - started);
	const parseStarted = performance.now();
	const graph = parse(MultiDirectedGraph, text, { addMissingNodes: true });
	marks.parseMs = Math.round(performance.now() - parseStarted);
	let seed = 7;
	const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
	graph.forEachNode((node) => graph.mergeNodeAttributes(node, { x: random(), y: random(), size: 2, color: '#4a6fa5' }));
	const bigMap = graph.order > 3000;
	const sigma = new Sigma(graph, document.getElementById('graph'), {
		settings: { renderLabels: !bigMap, renderEdgeLabels: false, hideEdgesOnMove: graph.size > 20000, labelRenderedSizeThreshold: bigMap ? 10 : 6, allowInvalidContainer: true }
	});
	await new Promise((resolve) => requestAnimationFrame(resolve));
	marks.firstFrameSinceNavigationMs = Math.round(performance.now());
	marks.openToFrameMs = Math.round(performance.now() - started);
	marks.nodes = graph.order;
	marks.edges = graph.size;
	if (iterations > 0) {
		// Laid out on a copy (no renderer listening), then drawn: the two costs apart.
		const copy = graph.copy();
		const layoutStarted = performance.now();
		forceAtlas2.assign(copy, { iterations, settings: forceAtlas2.inferSettings(copy) });
		marks.forceAtlas2Ms = Math.round(performance.now() - layoutStarted);
		const redrawStarted = performance.now();
		graph.updateEachNodeAttributes((node, attributes) => ({ ...attributes, x: copy.getNodeAttribute(node, 'x'), y: copy.getNodeAttribute(node, 'y') }));
		// Rendered synchronously (refresh), not awaited through an animation frame: in headless
		// software WebGL later frames (and context teardown) stall for tens of seconds, which
		// would measure the harness rather than the viewer.
		sigma.refresh();
		marks.redrawAfterLayoutMs = Math.round(performance.now() - redrawStarted);
		marks.frameAfterLayoutSinceNavigationMs = Math.round(performance.now());
	}
	return marks;
};
`;

function percentile(values, p) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** The generated network as our GEXF exporter writes it (same writer as /actors/export?format=gexf). */
function gexfOfGeneratedNetwork() {
	const { actors, relations } = generateNetwork(ACTORS, RELATIONS);
	return writeGexf({
		nodes: actors.map((actor, index) => ({
			id: `n${index}`,
			attributes: { name: actor.name, type: actor.type, country: actor.country, region: actor.region, languages: actor.languages.join('|'), categories: actor.categories.join('|') }
		})),
		edges: relations.map(([source, target, type], index) => ({ id: `e${index}`, from: `n${source}`, to: `n${target}`, type, label: '', description: '' }))
	});
}

const folder = mkdtempSync(join(tmpdir(), 'atlas-bench-reference-'));
const results = {
	machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), loadAverageAtStart: loadavg()[0] },
	actors: ACTORS,
	relations: RELATIONS,
	viewer: 'baseline page: graphology-gexf (browser parser) + sigma + graphology-layout-forceatlas2, bundled with esbuild, served locally',
	renderer: 'headless Chromium, --disable-gpu (SwiftShader software WebGL), same flags as bench/network.mjs'
};
let server;
let browser;
try {
	if (process.env.BENCH_OURS === '1') {
		const run = spawnSync(process.execPath, [join(root, 'bench/network.mjs')], { stdio: 'inherit' });
		if (run.status !== 0) throw new Error('bench/network.mjs failed');
	}
	const gexf = gexfOfGeneratedNetwork();
	results.gexfBytes = Buffer.byteLength(gexf);
	writeFileSync(join(folder, 'network.gexf'), gexf);
	const esbuild = await import('esbuild');
	await esbuild.build({ stdin: { contents: VIEWER, resolveDir: root, loader: 'js' }, bundle: true, format: 'iife', platform: 'browser', minify: true, outfile: join(folder, 'viewer.js'), logLevel: 'silent' });
	writeFileSync(
		join(folder, 'index.html'),
		'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Baseline GEXF viewer</title><style>html,body,#graph{margin:0;width:100%;height:100%}</style></head><body><div id="graph"></div><script src="viewer.js"></script></body></html>'
	);
	const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.gexf': 'application/gexf+xml' };
	server = createServer((request, response) => {
		const name = new URL(request.url ?? '/', 'http://localhost').pathname.replace(/^\/$/, '/index.html').slice(1);
		const file = join(folder, name);
		if (!/^[a-z.-]+$/.test(name) || !existsSync(file)) {
			response.writeHead(404).end();
			return;
		}
		response.writeHead(200, { 'content-type': types[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream' }).end(readFileSync(file));
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	const port = server.address().port;
	if (!existsSync('/usr/bin/chromium')) throw new Error('no Chromium at /usr/bin/chromium');
	const { chromium } = await import('playwright-core');
	const runs = [];
	for (let rep = 0; rep < REPS; rep++) {
		// A fresh browser each time: a page opened after a closed WebGL page waits minutes for
		// its first animation frame in software WebGL (the old context's teardown), which would
		// measure the harness rather than the viewer.
		browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'] });
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`http://127.0.0.1:${port}/`);
		runs.push(await page.evaluate((iterations) => window.openGexf(iterations), rep === REPS - 1 ? FA2_ITERATIONS : 0));
		await browser.close();
		browser = undefined;
		console.log('baseline run:', runs.at(-1));
	}
	results.baseline = {
		runs,
		medianFirstFrameSinceNavigationMs: percentile(runs.map((run) => run.firstFrameSinceNavigationMs), 50),
		medianParseMs: percentile(runs.map((run) => run.parseMs), 50),
		forceAtlas2: { iterations: FA2_ITERATIONS, ms: runs.at(-1).forceAtlas2Ms, redrawMs: runs.at(-1).redrawAfterLayoutMs, frameAfterLayoutSinceNavigationMs: runs.at(-1).frameAfterLayoutSinceNavigationMs }
	};
	const ours = existsSync(join(root, 'bench/results/network.json')) ? JSON.parse(readFileSync(join(root, 'bench/results/network.json'), 'utf8')) : null;
	results.ours = ours?.firstFrame
		? {
				source: process.env.BENCH_OURS === '1' ? 'bench/network.mjs in this run' : `bench/results/network.json (run of ${ours.ranAt}; BENCH_OURS=1 measures it in the same run)`,
				medianNavigationToFrameMs: ours.firstFrame.medianNavigationToFrameMs,
				note: 'our /network draws the server-computed ForceAtlas2 + noverlap layout in its first frame'
			}
		: { source: 'no figure of ours available' };
} catch (error) {
	results.error = String(error?.message ?? error).slice(0, 500);
	console.error(error);
} finally {
	await browser?.close();
	server?.close();
	rmSync(folder, { recursive: true, force: true });
	mkdirSync(join(root, 'bench/results'), { recursive: true });
	writeFileSync(join(root, 'bench/results/network-reference.json'), JSON.stringify({ ranAt: new Date().toISOString(), ...results }, null, 2) + '\n');
}
console.log(JSON.stringify({ baseline: results.baseline && { ...results.baseline, runs: undefined }, ours: results.ours, error: results.error }, null, 2));
