/**
 * Builds the graphology graph of the network from database rows. The map's layout and
 * metrics work on one undirected simple graph: two actors linked by several relations
 * (or in both directions) attract each other once, with the relations counted in `weight`.
 */
import Graph from 'graphology';

export interface GraphActor {
	id: string;
	name: string;
}

export interface GraphRelation {
	source_id: string;
	target_id: string;
}

export type NetworkGraph = Graph<{ label: string; x: number; y: number; size: number }, { weight: number }>;

/** A 32-bit FNV-1a hash of a string: stable seeds for positions and random walks. */
export function hashString(text: string): number {
	let hash = 0x811c9dc5;
	for (let index = 0; index < text.length; index++) {
		hash ^= text.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/** A small seeded random number generator (mulberry32), so Louvain and sampling repeat exactly. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** The starting position of a node: a point of a disc chosen by the hash of its id. */
export function seedPosition(id: string, radius: number): [number, number] {
	const hash = hashString(id);
	const angle = ((hash & 0xffff) / 0x10000) * 2 * Math.PI;
	const distance = Math.sqrt((hash >>> 16) / 0x10000) * radius;
	return [Math.cos(angle) * distance, Math.sin(angle) * distance];
}

/**
 * The undirected graph of `actors` and the `relations` between them (relations to
 * actors not in the list are left out). Nodes are added in id order so that the
 * same rows always give the same graph, whatever order the database returned them in.
 */
export function buildNetworkGraph(actors: GraphActor[], relations: GraphRelation[]): NetworkGraph {
	const steps = graphBuildSteps(actors, relations);
	for (let step = steps.next(); !step.done; step = steps.next());
	return steps.graph;
}

/** `buildNetworkGraph` in steps of `chunk` relations with the event loop free in between (big networks). */
export async function buildNetworkGraphInChunks(actors: GraphActor[], relations: GraphRelation[], pause: () => Promise<unknown>): Promise<NetworkGraph> {
	const steps = graphBuildSteps(actors, relations);
	for (let step = steps.next(); !step.done; step = steps.next()) await pause();
	return steps.graph;
}

const RELATIONS_PER_STEP = 5000;

function graphBuildSteps(actors: GraphActor[], relations: GraphRelation[]) {
	const graph: NetworkGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
	function* steps(): Generator<void, void, void> {
		const sortedActors = [...actors].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
		const radius = Math.max(10, Math.sqrt(sortedActors.length) * 10);
		for (const actor of sortedActors) {
			const [x, y] = seedPosition(actor.id, radius);
			graph.addNode(actor.id, { label: actor.name, x, y, size: 1 });
		}
		yield;
		const sortedRelations = [...relations].sort((a, b) =>
			a.source_id === b.source_id ? (a.target_id < b.target_id ? -1 : 1) : a.source_id < b.source_id ? -1 : 1
		);
		yield;
		for (let index = 0; index < sortedRelations.length; index++) {
			const { source_id: source, target_id: target } = sortedRelations[index];
			if (source !== target && graph.hasNode(source) && graph.hasNode(target)) {
				graph.updateEdge(source, target, (attributes) => ({ weight: (attributes.weight ?? 0) + 1 }));
			}
			if ((index + 1) % RELATIONS_PER_STEP === 0) yield;
		}
	}
	return Object.assign(steps(), { graph });
}
