/**
 * The network as `GET /api/v1/network` and the map pages present it (interfaces.md):
 * `{"nodes":[{id,label,type,country,x,y,size,community}],"edges":[{source,target,type}]}`
 * plus `version`, `layoutReady`, a `legend` that lists exactly the colours in use, and per
 * node its `colour` and (in showcase mode) whether it `matched` the filters.
 * Positions and metrics come from the cached layout (layout-jobs.ts); this file only
 * selects, colours and sizes, so a request on an unchanged network stays cheap.
 */
import type { DB } from '../db';
import { label as vocabLabel, type Locale } from '../vocab';
import { matchingActorIds } from './directory';
import { getNetworkSnapshot, type NetworkSnapshot } from './layout-jobs';
import { noFilters, type MapFilters, type NetworkQuery } from './map-filters';
import type { MapActorRow } from './layout-queries';
import { summarizeNetwork } from './dashboard';

export interface NetworkNode {
	id: string;
	slug: string;
	label: string;
	type: string;
	country: string | null;
	x: number;
	y: number;
	size: number;
	community: number;
	colour: string;
	matched: boolean;
}

export interface NetworkEdge {
	source: string;
	target: string;
	type: string;
}

export interface LegendItem {
	value: string;
	label: string;
	colour: string;
	count: number;
}

export interface NetworkView {
	version: number;
	layoutReady: boolean;
	mode: 'filter' | 'showcase';
	colour: NetworkQuery['colour'];
	sizeBy: NetworkQuery['size'];
	focus: { id: string; label: string; depth: number } | null;
	/** Actors in the whole published network, and how many of them match the filters. */
	totalActors: number;
	matchedActors: number;
	legend: LegendItem[];
	nodes: NetworkNode[];
	edges: NetworkEdge[];
	/** Metrics of the whole network for the shown actors (the dashboard reads them). */
	betweennessMethod: 'exact' | 'sampled';
}

/** Colour-blind-safe categorical palette (Okabe–Ito, then Tol's muted); the last entry is "other". */
export const PALETTE = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#332288', '#117733', '#882255', '#44aa99', '#999933'];
export const OTHER_COLOUR = '#8a8a8a';
const OTHER = '__other__';

/** The network view for a query: filtered (or showcased), focused, coloured and sized. */
export async function networkView(db: DB, query: NetworkQuery, locale: Locale = 'en'): Promise<NetworkView> {
	return (await networkViewWithDashboard(db, query, locale, false)).view;
}

/** The view and, when asked, its plain-language dashboard (the map pages show both). */
export async function networkViewWithDashboard(db: DB, query: NetworkQuery, locale: Locale = 'en', withDashboard = true) {
	const snapshot = await getNetworkSnapshot(db);
	const matchedIds = await matchedActorIds(db, query, locale);
	const view = presentNetwork(snapshot, query, matchedIds, locale);
	return { view, dashboard: withDashboard ? summarizeNetwork(view, snapshot.metrics.betweenness) : null };
}

/**
 * Ids of the actors matching the directory's filters (directory.ts, so the map, the list
 * and GET /api/v1/actors always agree), or null when no filter is set.
 */
export async function matchedActorIds(db: DB, filters: MapFilters, locale: Locale = 'en'): Promise<Set<string> | null> {
	if (noFilters(filters)) return null;
	const { q, type, country, region, language, category, targetGroup } = filters;
	return new Set(await matchingActorIds(db, { q: q ?? '', type, country, region, language, category, targetGroup }, { locale }));
}

/** Pure part of `networkView`: everything after the database. */
export function presentNetwork(snapshot: NetworkSnapshot, query: NetworkQuery, matchedIds: Set<string> | null, locale: Locale = 'en'): NetworkView {
	const isMatch = (id: string) => matchedIds === null || matchedIds.has(id);

	let visible = new Set(snapshot.actors.map((actor) => actor.id));
	let focus: NetworkView['focus'] = null;
	const focusActor = query.focus ? findFocusActor(snapshot.actors, query.focus) : undefined;
	if (focusActor) {
		visible = neighbourhood(snapshot, focusActor.id, query.depth);
		focus = { id: focusActor.id, label: focusActor.name, depth: query.depth };
	}
	if (query.mode === 'filter') visible = new Set([...visible].filter((id) => isMatch(id) || id === focusActor?.id));

	const wire = wireOrder(snapshot);
	const shown = wire.actors.filter((actor) => visible.has(actor.id));
	const edges = wire.relations
		.filter((relation) => visible.has(relation.source_id) && visible.has(relation.target_id))
		.map((relation) => ({ source: relation.source_id, target: relation.target_id, type: relation.type }));

	const colourKey = (actor: MapActorRow): string => colourValue(actor, query.colour, snapshot);
	const legendCounts = new Map<string, number>();
	for (const actor of shown) legendCounts.set(colourKey(actor), (legendCounts.get(colourKey(actor)) ?? 0) + 1);
	const ranked = [...legendCounts.entries()].filter(([value]) => value !== OTHER).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
	const colourOf = new Map<string, string>();
	ranked.slice(0, PALETTE.length).forEach(([value], index) => colourOf.set(value, PALETTE[index]));
	const legend: LegendItem[] = ranked.slice(0, PALETTE.length).map(([value, count]) => ({ value, label: colourLabel(query.colour, value, locale), colour: colourOf.get(value)!, count }));
	const otherCount = shown.length - legend.reduce((sum, item) => sum + item.count, 0);
	if (otherCount > 0) legend.push({ value: OTHER, label: '', colour: OTHER_COLOUR, count: otherCount });

	const sizeValue = (actor: MapActorRow): number => {
		if (query.size === 'degree') return snapshot.metrics.degree[actor.id] ?? 0;
		if (query.size === 'betweenness') return snapshot.metrics.betweenness[actor.id] ?? 0;
		return actor[query.size] ?? 0;
	};
	const values = shown.map(sizeValue);
	const minValue = values.length ? Math.min(...values) : 0;
	const maxValue = values.length ? Math.max(...values) : 0;
	const scale = (value: number) => (maxValue > minValue ? 3 + 12 * Math.sqrt((value - minValue) / (maxValue - minValue)) : 5);

	const nodes: NetworkNode[] = shown.map((actor, index) => {
		const [x, y] = snapshot.positions[actor.id] ?? [0, 0];
		// Keys in this order: the fields that repeat from one actor to the next (community,
		// type, colour, matched) end the object, so gzip copies them in one match.
		return {
			id: actor.id,
			x: roundPosition(x),
			y: roundPosition(y),
			size: Math.round(scale(values[index]) * 10) / 10,
			label: actor.name,
			slug: actor.slug,
			country: actor.country,
			community: snapshot.metrics.community[actor.id] ?? 0,
			type: actor.type,
			colour: colourOf.get(colourKey(actor)) ?? OTHER_COLOUR,
			matched: isMatch(actor.id)
		};
	});
	return {
		version: snapshot.version,
		layoutReady: snapshot.layoutReady,
		mode: query.mode,
		colour: query.colour,
		sizeBy: query.size,
		focus,
		totalActors: snapshot.actors.length,
		matchedActors: matchedIds === null ? snapshot.actors.length : matchedIds.size,
		legend,
		nodes,
		edges,
		betweennessMethod: snapshot.metrics.betweennessMethod
	};
}

/**
 * The order in which nodes and edges are sent: actors of one community together, by id
 * within it, then edges by the rank of their source, then of their target (each actor's
 * relations together). An id written out costs gzip about 20 bytes unless the same text
 * is in the last 32 KB it wrote; in this order most ids of an edge were written by one
 * of the few hundred edges before it. Ids are time-ordered (decision 0007), so actors
 * created together (an import) share the start of their id, and sorting by id puts them
 * side by side. The full view of the 10k-actor benchmark network: 1.73 MB gzipped with
 * random ids in name order, 1.28 MB with random ids in this order, under 1 MB with
 * time-ordered ids (bench/results/network.json). Lists meant for people sort by name
 * themselves (map-page.ts). Kept per snapshot.
 */
const wireOrderCache = new WeakMap<NetworkSnapshot, { actors: MapActorRow[]; relations: NetworkSnapshot['relations'] }>();
export function wireOrder(snapshot: Pick<NetworkSnapshot, 'actors' | 'relations' | 'metrics'>): { actors: MapActorRow[]; relations: NetworkSnapshot['relations'] } {
	const cached = wireOrderCache.get(snapshot as NetworkSnapshot);
	if (cached) return cached;
	const { community } = snapshot.metrics;
	const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
	const actors = [...snapshot.actors].sort((a, b) => (community[a.id] ?? 0) - (community[b.id] ?? 0) || byId(a.id, b.id));
	const rank = new Map(actors.map((actor, index) => [actor.id, index]));
	const at = (id: string) => rank.get(id) ?? Number.MAX_SAFE_INTEGER;
	const relations = [...snapshot.relations].sort((a, b) => at(a.source_id) - at(b.source_id) || at(a.target_id) - at(b.target_id) || byId(a.type, b.type));
	const order = { actors, relations };
	wireOrderCache.set(snapshot as NetworkSnapshot, order);
	return order;
}

/**
 * Positions as sent: a tenth of the layout's unit. The layout spans some 2,000 units, so
 * a tenth is under a twentieth of a pixel on a 1,280 px wide map, and still under half a
 * pixel zoomed in eight times (the layout itself stores hundredths).
 */
function roundPosition(value: number): number {
	return Math.round(value * 10) / 10;
}

/** The actor a visitor asked to focus on: by id, slug, exact name, or the first name that starts with the text. */
export function findFocusActor(actors: MapActorRow[], wanted: string): MapActorRow | undefined {
	const lower = wanted.trim().toLowerCase();
	return (
		actors.find((actor) => actor.id === wanted || actor.slug === wanted) ??
		actors.find((actor) => actor.name.toLowerCase() === lower) ??
		[...actors].sort((a, b) => a.name.localeCompare(b.name)).find((actor) => actor.name.toLowerCase().startsWith(lower)) ??
		actors.find((actor) => actor.name.toLowerCase().includes(lower))
	);
}

/** Actors within `depth` steps of `startId` (relations in either direction). */
export function neighbourhood(snapshot: Pick<NetworkSnapshot, 'relations'>, startId: string, depth: number): Set<string> {
	const adjacency = new Map<string, string[]>();
	for (const { source_id: source, target_id: target } of snapshot.relations) {
		if (!adjacency.has(source)) adjacency.set(source, []);
		if (!adjacency.has(target)) adjacency.set(target, []);
		adjacency.get(source)!.push(target);
		adjacency.get(target)!.push(source);
	}
	const reached = new Set([startId]);
	let frontier = [startId];
	for (let step = 0; step < depth; step++) {
		const next: string[] = [];
		for (const id of frontier) for (const other of adjacency.get(id) ?? []) if (!reached.has(other)) (reached.add(other), next.push(other));
		frontier = next;
	}
	return reached;
}

function colourValue(actor: MapActorRow, field: NetworkQuery['colour'], snapshot: NetworkSnapshot): string {
	if (field === 'type') return actor.type || OTHER;
	if (field === 'region') return actor.region ?? OTHER;
	// An actor with several categories takes the colour of the first one listed.
	if (field === 'category') return actor.categories[0] ?? OTHER;
	return String(snapshot.metrics.community[actor.id] ?? 0);
}

function colourLabel(field: NetworkQuery['colour'], value: string, locale: Locale): string {
	if (field === 'type') return vocabLabel('actor-type', value, locale);
	if (field === 'region') return vocabLabel('ilo-region', value, locale);
	if (field === 'category') return vocabLabel('skills-category', value, locale);
	return `#${Number(value) + 1}`;
}

/**
 * The compact wire form the map page loads: the same nodes, and edges as
 * [sourceIndex, targetIndex, typeIndex] into `nodes` and `edgeTypes` (a third of the
 * bytes of `{source,target,type}` objects at 50k relations).
 */
export function compactNetwork(view: NetworkView) {
	const indexOf = new Map(view.nodes.map((node, index) => [node.id, index]));
	const edgeTypes = [...new Set(view.edges.map((edge) => edge.type))].sort();
	const typeIndex = new Map(edgeTypes.map((type, index) => [type, index]));
	const { edges, ...rest } = view;
	return { ...rest, format: 'compact' as const, edgeTypes, edges: edges.map((edge) => [indexOf.get(edge.source)!, indexOf.get(edge.target)!, typeIndex.get(edge.type)!]) };
}
