/**
 * The plain-language dashboard beside the map: how many actors and relations are shown,
 * how dense the web is, how many separate groups (components) it falls into, who is best
 * connected, who bridges groups (betweenness) and which communities Louvain found.
 * Pure functions over the network view, so they are unit-tested on tiny known graphs.
 */
import type { NetworkView } from './network-view';

export interface RankedActor {
	id: string;
	slug: string;
	label: string;
	value: number;
}

export interface NetworkDashboard {
	actors: number;
	relations: number;
	/** Share of possible links that exist (0…1), counting two linked actors once. */
	density: number;
	components: number;
	largestComponent: number;
	isolated: number;
	bestConnected: RankedActor[];
	bridging: RankedActor[];
	communities: { community: number; size: number; members: string[] }[];
	betweennessMethod: 'exact' | 'sampled';
}

/**
 * Summarises the shown network. `degree` counts relations among the shown actors;
 * `betweenness` comes from the whole network's metrics (computed in the background).
 */
export function summarizeNetwork(
	view: Pick<NetworkView, 'nodes' | 'edges' | 'betweennessMethod'>,
	betweenness: Record<string, number>,
	top = 5
): NetworkDashboard {
	const ids = view.nodes.map((node) => node.id);
	const indexOf = new Map(ids.map((id, index) => [id, index]));
	const parent = ids.map((_, index) => index);
	const find = (index: number): number => {
		while (parent[index] !== index) index = parent[index] = parent[parent[index]];
		return index;
	};
	const degree = new Map(ids.map((id) => [id, 0]));
	const pairs = new Set<string>();
	for (const edge of view.edges) {
		const a = indexOf.get(edge.source);
		const b = indexOf.get(edge.target);
		if (a === undefined || b === undefined || a === b) continue;
		degree.set(edge.source, degree.get(edge.source)! + 1);
		degree.set(edge.target, degree.get(edge.target)! + 1);
		pairs.add(a < b ? `${a}:${b}` : `${b}:${a}`);
		parent[find(a)] = find(b);
	}
	const componentSizes = new Map<number, number>();
	for (let index = 0; index < ids.length; index++) componentSizes.set(find(index), (componentSizes.get(find(index)) ?? 0) + 1);
	const n = ids.length;

	const rank = (value: (id: string) => number): RankedActor[] =>
		view.nodes
			.map((node) => ({ id: node.id, slug: node.slug, label: node.label, value: value(node.id) }))
			.filter((entry) => entry.value > 0)
			.sort((a, b) => b.value - a.value || a.label.localeCompare(b.label))
			.slice(0, top);

	const byCommunity = new Map<number, typeof view.nodes>();
	for (const node of view.nodes) {
		if (!byCommunity.has(node.community)) byCommunity.set(node.community, []);
		byCommunity.get(node.community)!.push(node);
	}
	const communities = [...byCommunity.entries()]
		.map(([community, members]) => ({
			community,
			size: members.length,
			members: [...members].sort((a, b) => (degree.get(b.id)! - degree.get(a.id)!) || a.label.localeCompare(b.label)).slice(0, 3).map((node) => node.label)
		}))
		.sort((a, b) => b.size - a.size || a.community - b.community);

	return {
		actors: n,
		relations: view.edges.length,
		density: n > 1 ? pairs.size / ((n * (n - 1)) / 2) : 0,
		components: componentSizes.size,
		largestComponent: componentSizes.size ? Math.max(...componentSizes.values()) : 0,
		isolated: [...degree.values()].filter((value) => value === 0).length,
		bestConnected: rank((id) => degree.get(id) ?? 0),
		bridging: rank((id) => betweenness[id] ?? 0),
		communities: communities.slice(0, top),
		betweennessMethod: view.betweennessMethod
	};
}
