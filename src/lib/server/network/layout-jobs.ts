/**
 * Background computation of the map layout, and the snapshot of the network that map
 * requests read. A request never computes a layout: when the current network version
 * has none yet, it gets the most recent older layout with new actors placed beside their
 * neighbours (or on a ring), and a computation is started in this process. One
 * computation runs at a time; changes that land meanwhile start one more afterwards.
 * The job's state lives on globalThis because the CLI (`atlas serve`) and the bundled
 * SvelteKit server code are two copies of this module in one process.
 */
import type { DB } from '../db';
import { communitiesOf, computeLayout, type LayoutMetrics } from './layout';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { buildNetworkGraphInChunks, hashString } from './graph';
import {
	currentNetworkVersion,
	findLatestLayoutBefore,
	findLayout,
	layoutExists,
	listMapActors,
	listMapRelations,
	saveLayout,
	type MapActorRow,
	type MapRelationRow
} from './layout-queries';

/** Everything the map shows of one network version, shared by all requests until the next change. */
export interface NetworkSnapshot {
	version: number;
	/** False while the layout of this version is still being computed (positions are provisional). */
	layoutReady: boolean;
	actors: MapActorRow[];
	relations: MapRelationRow[];
	positions: Record<string, [number, number]>;
	metrics: LayoutMetrics;
	computedAt: Date | null;
}

interface JobState {
	running: Promise<void> | null;
	again: boolean;
	lastError: string | null;
	progress: { step: string; done: number; total: number } | null;
	snapshots: WeakMap<DB, NetworkSnapshot>;
	/** Snapshots being built, so requests that arrive together share one build. */
	building: WeakMap<DB, { version: number; snapshot: Promise<NetworkSnapshot> }>;
}

const KEY = Symbol.for('skills-atlas.network-layout-job');

function state(): JobState {
	const holder = globalThis as { [KEY]?: JobState };
	holder[KEY] ??= { running: null, again: false, lastError: null, progress: null, snapshots: new WeakMap(), building: new WeakMap() };
	return holder[KEY]!;
}

/** What the background job is doing, for pages that show progress. */
export function layoutJobStatus(): { running: boolean; progress: JobState['progress']; lastError: string | null } {
	const current = state();
	return { running: current.running !== null, progress: current.progress, lastError: current.lastError };
}

/**
 * Starts computing the layout of the current network version in the background unless
 * it is cached; returns at once. The returned promise settles when the job is idle
 * (tests and the benchmark wait on it; requests never do).
 */
export function scheduleLayout(db: DB): Promise<void> {
	const current = state();
	if (current.running) {
		current.again = true;
		return current.running;
	}
	current.running = (async () => {
		try {
			do {
				current.again = false;
				await computeMissingLayout(db, current);
			} while (current.again);
		} catch (error) {
			current.lastError = (error as Error).message;
			console.error('Network layout failed:', error);
		} finally {
			current.running = null;
			current.progress = null;
		}
	})();
	return current.running;
}

/** Resolves when no layout is being computed. */
export async function whenLayoutIdle(): Promise<void> {
	while (state().running) await state().running;
}

async function computeMissingLayout(db: DB, current: JobState): Promise<void> {
	const version = await currentNetworkVersion(db);
	if (await findLayout(db, version)) return;
	const [actors, relations] = await mapRows(db);
	const layout = await computeLayout(actors, relations, (step, done, total) => (current.progress = { step, done, total }));
	await saveLayout(db, { version, ...layout });
	// Rows read after `version` may already be newer: make sure the newest version gets its own layout.
	if ((await currentNetworkVersion(db)) !== version) current.again = true;
}

/** Published actors and the relations between them. */
async function mapRows(db: DB): Promise<[MapActorRow[], MapRelationRow[]]> {
	const actors = await listMapActors(db);
	const ids = new Set(actors.map((actor) => actor.id));
	const relations = (await listMapRelations(db)).filter((relation) => ids.has(relation.source_id) && ids.has(relation.target_id));
	return [actors, relations];
}

/**
 * The network as the map shows it: actors, relations, positions and metrics of the
 * current version. Cached in memory per database and version, so a request on an
 * unchanged network costs one small query.
 */
export async function getNetworkSnapshot(db: DB): Promise<NetworkSnapshot> {
	const current = state();
	const version = await currentNetworkVersion(db);
	const cached = current.snapshots.get(db);
	if (cached && cached.version === version) {
		if (cached.layoutReady) return cached;
		// Still provisional: keep answering with it until the background layout is stored.
		if (!(await layoutExists(db, version))) {
			void scheduleLayout(db);
			return cached;
		}
	}

	const layout = await findLayout(db, version);
	if (layout && cached && cached.version === version) {
		const ready = { ...cached, layoutReady: true, positions: layout.positions, metrics: layout.metrics, computedAt: layout.computed_at };
		current.snapshots.set(db, ready);
		return ready;
	}
	const inFlight = current.building.get(db);
	if (inFlight && inFlight.version === version) return inFlight.snapshot;
	const building = (async (): Promise<NetworkSnapshot> => {
		const [actors, relations] = cached && cached.version === version ? [cached.actors, cached.relations] : await mapRows(db);
		let snapshot: NetworkSnapshot;
		if (layout) {
			snapshot = { version, layoutReady: true, actors, relations, positions: layout.positions, metrics: layout.metrics, computedAt: layout.computed_at };
		} else {
			const older = cached?.layoutReady ? { positions: cached.positions, metrics: cached.metrics, computed_at: cached.computedAt } : await findLatestLayoutBefore(db, version);
			const communities = older ? undefined : communitiesOf(await buildNetworkGraphInChunks(actors, relations, () => yieldToEventLoop()));
			snapshot = provisionalSnapshot(version, actors, relations, older ?? null, communities);
			void scheduleLayout(db);
		}
		current.snapshots.set(db, snapshot);
		return snapshot;
	})();
	current.building.set(db, { version, snapshot: building });
	try {
		return await building;
	} finally {
		if (current.building.get(db)?.snapshot === building) current.building.delete(db);
	}
}

/** Positions and metrics for a version without a layout yet: the older layout, completed. */
export function provisionalSnapshot(
	version: number,
	actors: MapActorRow[],
	relations: MapRelationRow[],
	older: { positions: Record<string, [number, number]>; metrics: LayoutMetrics; computed_at: Date | null } | null,
	/** Communities found for this version (when there is no older layout to take them from). */
	communities?: Record<string, number>
): NetworkSnapshot {
	const ids = new Set(actors.map((actor) => actor.id));
	const pick = (values: Record<string, number> | undefined, fallback: number) =>
		Object.fromEntries([...ids].map((id) => [id, values?.[id] ?? fallback]));
	const positions: Record<string, [number, number]> = {};
	for (const id of ids) if (older?.positions[id]) positions[id] = older.positions[id];
	const neighbours = new Map<string, string[]>();
	const degree: Record<string, number> = {};
	for (const id of ids) degree[id] = 0;
	for (const { source_id: source, target_id: target } of relations) {
		if (!ids.has(source) || !ids.has(target) || source === target) continue;
		degree[source]++;
		degree[target]++;
		if (!neighbours.has(source)) neighbours.set(source, []);
		if (!neighbours.has(target)) neighbours.set(target, []);
		neighbours.get(source)!.push(target);
		neighbours.get(target)!.push(source);
	}
	// Without any older layout, communities found now (Louvain, as the layout will find
	// them) make colours by community, the dashboard and the order on the wire right
	// before the positions are.
	const community = pick(communities ?? older?.metrics.community, 0);
	const placed = Object.values(positions);
	const radius = placed.length ? Math.max(...placed.map(([x, y]) => Math.hypot(x, y))) * 1.1 + 10 : Math.sqrt(ids.size) * 10 + 10;
	// Actors with no placed neighbour wait on a circle, each community on its own arc.
	const missing = actors
		.filter((actor) => !positions[actor.id])
		.sort((a, b) => (community[a.id] ?? 0) - (community[b.id] ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	missing.forEach((actor, index) => {
		const near = (neighbours.get(actor.id) ?? []).map((id) => positions[id]).filter(Boolean);
		const hash = hashString(actor.id);
		if (near.length > 0) {
			const x = near.reduce((sum, [nx]) => sum + nx, 0) / near.length;
			const y = near.reduce((sum, [, ny]) => sum + ny, 0) / near.length;
			positions[actor.id] = [x + ((hash & 0xff) / 255 - 0.5) * 6, y + ((hash >>> 8) & 0xff) / 255 * 6 - 3];
		} else {
			const angle = (2 * Math.PI * index) / Math.max(1, missing.length);
			positions[actor.id] = [Math.round(Math.cos(angle) * radius * 100) / 100, Math.round(Math.sin(angle) * radius * 100) / 100];
		}
	});
	return {
		version,
		layoutReady: false,
		actors,
		relations,
		positions,
		metrics: {
			degree,
			betweenness: pick(older?.metrics.betweenness, 0),
			community,
			betweennessMethod: older?.metrics.betweennessMethod ?? 'exact'
		},
		computedAt: older?.computed_at ?? null
	};
}
