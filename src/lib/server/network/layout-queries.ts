/** SQL of the network map: the network version, cached layouts, and the rows a layout is built from. */
import { sql } from 'kysely';
import type { DB } from '../db';

export interface MapActorRow {
	id: string;
	slug: string;
	name: string;
	type: string;
	country: string | null;
	region: string | null;
	languages: string[];
	categories: string[];
	member_count: number | null;
	founded_year: number | null;
}

export interface MapRelationRow {
	source_id: string;
	target_id: string;
	type: string;
}

export interface LayoutRow {
	version: number;
	positions: Record<string, [number, number]>;
	metrics: { degree: Record<string, number>; betweenness: Record<string, number>; community: Record<string, number>; betweennessMethod: 'exact' | 'sampled' };
	computed_at: Date;
	duration_ms: number;
}

/** The current version of the network (bumped by triggers on every change of actor or relation). */
export async function currentNetworkVersion(db: DB): Promise<number> {
	const row = await db.selectFrom('network_version').select(sql<string>`version::text`.as('version')).executeTakeFirst();
	return row ? Number(row.version) : 0;
}

/** The layout computed for `version`, if any. */
export async function findLayout(db: DB, version: number): Promise<LayoutRow | undefined> {
	const row = await layoutColumns(db).where('version', '=', version).executeTakeFirst();
	return row && toLayoutRow(row);
}

/** True when a layout exists for `version` (without reading it). */
export async function layoutExists(db: DB, version: number): Promise<boolean> {
	return (await db.selectFrom('network_layout').select('version').where('version', '=', version).executeTakeFirst()) !== undefined;
}

/** The most recent layout computed for a version before `version`, if any. */
export async function findLatestLayoutBefore(db: DB, version: number): Promise<LayoutRow | undefined> {
	const row = await layoutColumns(db).where('version', '<', version).orderBy('version', 'desc').limit(1).executeTakeFirst();
	return row && toLayoutRow(row);
}

/** Stores a layout (a second writer of the same version changes nothing) and drops all but the newest `keep`. */
export async function saveLayout(
	db: DB,
	layout: { version: number; nodeCount: number; edgeCount: number; positions: unknown; metrics: unknown; durationMs: number },
	keep = 3
): Promise<void> {
	await db
		.insertInto('network_layout')
		.values({
			version: layout.version,
			node_count: layout.nodeCount,
			edge_count: layout.edgeCount,
			positions: JSON.stringify(layout.positions),
			metrics: JSON.stringify(layout.metrics),
			duration_ms: layout.durationMs
		})
		.onConflict((oc) => oc.column('version').doNothing())
		.execute();
	await db
		.deleteFrom('network_layout')
		.where('version', 'not in', (eb) => eb.selectFrom('network_layout').select('version').orderBy('version', 'desc').limit(keep))
		.execute();
}

/** Published actors with the columns the map shows and filters on. */
export async function listMapActors(db: DB): Promise<MapActorRow[]> {
	return db
		.selectFrom('actor')
		.select(['id', 'slug', 'name', 'type', 'country', 'region', 'languages', 'categories', 'member_count', 'founded_year'])
		.where('status', '=', 'published')
		.execute();
}

/**
 * Every relation. Callers keep those between the actors they hold (published ones): a join
 * with actor here costs seconds at 50k relations on PGlite, which runs on the event loop.
 */
export async function listMapRelations(db: DB): Promise<MapRelationRow[]> {
	return db.selectFrom('relation').select(['source_id', 'target_id', 'type']).execute();
}

function layoutColumns(db: DB) {
	return db.selectFrom('network_layout').select(['version', 'positions', 'metrics', 'computed_at', 'duration_ms']);
}

function toLayoutRow(row: { version: string | number; positions: unknown; metrics: unknown; computed_at: Date; duration_ms: number }): LayoutRow {
	return {
		version: Number(row.version),
		positions: (typeof row.positions === 'string' ? JSON.parse(row.positions) : row.positions) as LayoutRow['positions'],
		metrics: (typeof row.metrics === 'string' ? JSON.parse(row.metrics) : row.metrics) as LayoutRow['metrics'],
		computed_at: row.computed_at,
		duration_ms: row.duration_ms
	};
}
