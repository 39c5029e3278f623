/**
 * One match index per database, rebuilt when the network version changes (triggers bump
 * it on every change of an actor or a relation). Concurrent requests share one build.
 */
import type { DB } from '../db';
import { currentNetworkVersion } from '../network/layout-queries';
import { buildMatchIndex, type CandidateInput, type MatchIndex } from './match-index';
import { selectCandidates, selectRelationPairs } from './queries';

interface Entry {
	version: number;
	index: Promise<MatchIndex>;
	built?: MatchIndex;
}

const KEY = Symbol.for('skills-atlas.match-index');

function entries(): WeakMap<DB, Entry> {
	const holder = globalThis as { [KEY]?: WeakMap<DB, Entry> };
	holder[KEY] ??= new WeakMap();
	return holder[KEY]!;
}

/** The index of the current network of `db`. */
export async function matchIndex(db: DB): Promise<MatchIndex> {
	const version = await currentNetworkVersion(db);
	const cache = entries();
	const entry = cache.get(db);
	if (entry && entry.version === version) return entry.index;
	const previous = entry?.built;
	const next: Entry = { version, index: loadIndex(db, previous) };
	cache.set(db, next);
	try {
		next.built = await next.index;
		return next.built;
	} catch (error) {
		if (cache.get(db) === next) cache.delete(db);
		throw error;
	}
}

async function loadIndex(db: DB, previous: MatchIndex | undefined): Promise<MatchIndex> {
	const [rows, pairs] = await Promise.all([selectCandidates(db), selectRelationPairs(db)]);
	const candidates: CandidateInput[] = rows.map((row) => ({
		id: row.id,
		slug: row.slug,
		name: row.name,
		type: row.type,
		country: row.country,
		region: row.region,
		languages: row.languages,
		categories: row.categories,
		targetGroups: row.target_groups,
		mentoringCategories: row.mentoring_categories ?? [],
		texts: Object.values(row.description ?? {}),
		updatedAt: row.updated_at
	}));
	return buildMatchIndex(
		candidates,
		pairs.map((pair) => ({ source: pair.source_id, target: pair.target_id })),
		Date.now(),
		previous
	);
}
