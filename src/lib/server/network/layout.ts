/**
 * Positions and metrics of the network map, computed on the server (architecture.md,
 * "Network map"). Work at 10k nodes takes seconds (ForceAtlas2 ≈ 0.1 s per iteration,
 * noverlap ≈ 0.4 s per iteration on our 2-core machines), so `computeLayout` runs in
 * small synchronous steps with `await` between them: the event loop keeps answering
 * requests while a layout is being computed in the same process.
 *
 * - Positions: seeded from a hash of each id (same network → same layout), then
 *   ForceAtlas2 (Barnes-Hut above 500 nodes) with iterations scaled down as the graph
 *   grows, then noverlap so that discs do not cover each other.
 * - Communities: Louvain with a seeded random walk.
 * - Degree: relations per actor (several relations between two actors count once each).
 * - Betweenness: exact (Brandes, graphology-metrics) up to 2,000 nodes; above that,
 *   estimated from BETWEENNESS_PIVOTS source nodes chosen by a seeded draw and scaled by
 *   n/pivots (Brandes & Pich, "Centrality estimation in large networks", 2007).
 *   graphology-metrics has no sampled variant, so the pivot loop is written here.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { buildNetworkGraphInChunks, hashString, seededRandom, type GraphActor, type GraphRelation, type NetworkGraph } from './graph';

export const EXACT_BETWEENNESS_MAX_NODES = 2000;
export const BETWEENNESS_PIVOTS = 256;

export interface LayoutMetrics {
	degree: Record<string, number>;
	betweenness: Record<string, number>;
	community: Record<string, number>;
	betweennessMethod: 'exact' | 'sampled';
}

export interface ComputedLayout {
	positions: Record<string, [number, number]>;
	metrics: LayoutMetrics;
	nodeCount: number;
	edgeCount: number;
	durationMs: number;
}

export interface LayoutProgress {
	(step: string, done: number, total: number): void;
}

/** ForceAtlas2 iterations for a graph of `order` nodes: many for small maps, fewer for big ones. */
export function forceAtlasIterations(order: number): number {
	if (order <= 200) return 300;
	if (order <= 2000) return 150;
	if (order <= 6000) return 80;
	return 50;
}

/** noverlap iterations for a graph of `order` nodes (its cost grows fast with size). */
export function noverlapIterations(order: number): number {
	if (order <= 2000) return 60;
	if (order <= 6000) return 20;
	return 8;
}

/** Computes positions and metrics of the network; the same rows always give the same result. */
export async function computeLayout(actors: GraphActor[], relations: GraphRelation[], progress: LayoutProgress = () => {}): Promise<ComputedLayout> {
	const started = performance.now();
	const graph = await buildNetworkGraphInChunks(actors, relations, () => yieldToEventLoop());
	const order = graph.order;
	const degree = relationDegrees(graph, relations);
	for (const [node, value] of Object.entries(degree)) graph.setNodeAttribute(node, 'size', 2 + Math.sqrt(value) * 2);

	if (order > 1 && graph.size > 0) {
		const settings = { ...forceAtlas2.inferSettings(order), barnesHutOptimize: order > 500, adjustSizes: false, edgeWeightInfluence: 1 };
		const iterations = forceAtlasIterations(order);
		const chunk = order > 2000 ? 1 : order > 500 ? 5 : iterations;
		for (let done = 0; done < iterations; done += chunk) {
			forceAtlas2.assign(graph, { iterations: Math.min(chunk, iterations - done), settings, getEdgeWeight: 'weight' });
			progress('forceatlas2', done + chunk, iterations);
			await yieldToEventLoop();
		}
	}
	if (order > 1) {
		const iterations = noverlapIterations(order);
		const chunk = order > 2000 ? 1 : iterations;
		for (let done = 0; done < iterations; done += chunk) {
			noverlap.assign(graph, { maxIterations: Math.min(chunk, iterations - done), settings: { margin: 1, ratio: 1.1 } });
			progress('noverlap', done + chunk, iterations);
			await yieldToEventLoop();
		}
	}

	const community = communitiesOf(graph);
	await yieldToEventLoop();

	const { betweenness, method } = await betweennessOf(graph, progress);

	const positions: Record<string, [number, number]> = {};
	graph.forEachNode((node, attributes) => {
		positions[node] = [round(attributes.x), round(attributes.y)];
	});
	return {
		positions,
		metrics: { degree, betweenness, community, betweennessMethod: method },
		nodeCount: order,
		edgeCount: relations.length,
		durationMs: Math.round(performance.now() - started)
	};
}

/**
 * Communities found by Louvain (seeded: the same graph always gives the same answer, so the
 * provisional view of a network without a layout shows the communities its layout will).
 */
export function communitiesOf(graph: NetworkGraph): Record<string, number> {
	const community = graph.size > 0 ? louvain(graph, { rng: seededRandom(graph.order * 7919 + graph.size), getEdgeWeight: 'weight' }) : {};
	for (const node of graph.nodes()) community[node] ??= 0;
	return community;
}

/** Relations per actor; relations to actors outside the graph are not counted. */
export function relationDegrees(graph: NetworkGraph, relations: GraphRelation[]): Record<string, number> {
	const degree: Record<string, number> = {};
	for (const node of graph.nodes()) degree[node] = 0;
	for (const { source_id: source, target_id: target } of relations) {
		if (source === target || !(source in degree) || !(target in degree)) continue;
		degree[source]++;
		degree[target]++;
	}
	return degree;
}

/** Normalised betweenness (0…1): exact for small graphs, estimated from pivots for big ones. */
export async function betweennessOf(graph: NetworkGraph, progress: LayoutProgress = () => {}): Promise<{ betweenness: Record<string, number>; method: 'exact' | 'sampled' }> {
	if (graph.order <= EXACT_BETWEENNESS_MAX_NODES) {
		const exact = graph.order > 0 ? betweennessCentrality(graph, { getEdgeWeight: null, normalized: true }) : {};
		return { betweenness: roundValues(exact), method: 'exact' };
	}
	const nodes = graph.nodes();
	const count = nodes.length;
	const indexOf = new Map(nodes.map((node, index) => [node, index]));
	const neighbours: Int32Array[] = nodes.map((node) => Int32Array.from(graph.neighbors(node), (other) => indexOf.get(other)!));
	const random = seededRandom(hashString(`${count}:${graph.size}`));
	const pivots = new Set<number>();
	while (pivots.size < Math.min(BETWEENNESS_PIVOTS, count)) pivots.add(Math.floor(random() * count));

	const centrality = new Float64Array(count);
	const sigma = new Float64Array(count);
	const distance = new Int32Array(count);
	const delta = new Float64Array(count);
	const order = new Int32Array(count);
	let done = 0;
	for (const source of pivots) {
		sigma.fill(0);
		distance.fill(-1);
		delta.fill(0);
		sigma[source] = 1;
		distance[source] = 0;
		let head = 0;
		let tail = 0;
		order[tail++] = source;
		while (head < tail) {
			const v = order[head++];
			for (const w of neighbours[v]) {
				if (distance[w] < 0) {
					distance[w] = distance[v] + 1;
					order[tail++] = w;
				}
				if (distance[w] === distance[v] + 1) sigma[w] += sigma[v];
			}
		}
		for (let index = tail - 1; index > 0; index--) {
			const w = order[index];
			for (const v of neighbours[w]) {
				if (distance[v] === distance[w] - 1) delta[v] += (sigma[v] / sigma[w]) * (1 + delta[w]);
			}
			centrality[w] += delta[w];
		}
		if (++done % 16 === 0) {
			progress('betweenness', done, pivots.size);
			await yieldToEventLoop();
		}
	}
	// Pivots stand for all n sources (×n/k); graphology's normalisation divides the sum
	// over sources by (n-1)(n-2), so both methods give values on the same scale.
	const scale = count > 2 ? count / pivots.size / ((count - 1) * (count - 2)) : 0;
	const betweenness: Record<string, number> = {};
	nodes.forEach((node, index) => (betweenness[node] = round(centrality[index] * scale, 6)));
	return { betweenness, method: 'sampled' };
}

function round(value: number, digits = 2): number {
	const factor = 10 ** digits;
	return Math.round(value * factor) / factor;
}

function roundValues(values: Record<string, number>): Record<string, number> {
	return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, round(value, 6)]));
}
