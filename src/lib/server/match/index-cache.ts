/**
 * One match index per database, rebuilt when the network version changes (triggers bump
 * it on every change of an actor or a relation). Concurrent requests share one build.
 * On a large network (≥ STALE_OK_SIZE actors) a request made while a rebuild runs is
 * answered from the previous index, so one edit does not make the next visitor wait
 * seconds; the source's own relations are always read fresh (service.ts), so a partner
 * just added is never suggested.
 */
import type { DB } from '../db';
import { currentNetworkVersion } from '../network/layout-queries';
import { buildMatchIndex, termsOf, type CandidateInput, type MatchIndex } from './match-index';
import { selectCandidateFingerprints, selectCandidatesByIds, selectRelationPairs, type CandidateRow } from './queries';

/** From this many actors, a slightly stale index is better than a wait. */
export const STALE_OK_SIZE = 5000;
/** Descriptions read between two turns of the event loop. */
const TERMS_SLICE = 500;

interface Entry {
	built: MatchIndex | null;
	/** The candidates of the last build by id, with their rows' fingerprints. */
	rows: Map<string, { fingerprint: string; candidate: CandidateInput }>;
	builtVersion: number;
	pending: Promise<MatchIndex> | null;
	pendingVersion: number;
}

const KEY = Symbol.for('skills-atlas.match-index');

function entries(): WeakMap<DB, Entry> {
	const holder = globalThis as { [KEY]?: WeakMap<DB, Entry> };
	holder[KEY] ??= new WeakMap();
	return holder[KEY]!;
}

/** The index of the current network of `db` (or, on a large network, the previous one while it is rebuilt). */
export async function matchIndex(db: DB): Promise<MatchIndex> {
	const version = await currentNetworkVersion(db);
	const cache = entries();
	let entry = cache.get(db);
	if (!entry) {
		entry = { built: null, rows: new Map(), builtVersion: -1, pending: null, pendingVersion: -1 };
		cache.set(db, entry);
	}
	if (entry.built && entry.builtVersion === version) return entry.built;
	let pending = entry.pending;
	if (!pending) {
		const current = entry;
		current.pendingVersion = version;
		pending = current.pending = loadIndex(db, current)
			.then((index) => {
				current.built = index;
				current.builtVersion = current.pendingVersion;
				return index;
			})
			.finally(() => {
				current.pending = null;
			});
	}
	if (entry.built && entry.built.size >= STALE_OK_SIZE) {
		// Failures of a background rebuild are reported by the next request that waits on one.
		pending.catch(() => undefined);
		return entry.built;
	}
	return pending;
}

/** Rows read per query when fetching changed actors. */
const FETCH_SLICE = 1000;

function toCandidate(row: CandidateRow): CandidateInput {
	return {
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
	};
}

async function loadIndex(db: DB, entry: Entry): Promise<MatchIndex> {
	const previous = entry.built ?? undefined;
	// Only rows that changed since the last build are read again.
	const fingerprints = await selectCandidateFingerprints(db);
	const changed = fingerprints.filter((row) => entry.rows.get(row.id)?.fingerprint !== row.fingerprint).map((row) => row.id);
	const fresh = new Map<string, CandidateRow>();
	for (let start = 0; start < changed.length; start += FETCH_SLICE) {
		for (const row of await selectCandidatesByIds(db, changed.slice(start, start + FETCH_SLICE))) fresh.set(row.id, row);
	}
	const pairs = await selectRelationPairs(db);
	const rows = new Map<string, { fingerprint: string; candidate: CandidateInput }>();
	const candidates: CandidateInput[] = [];
	for (const { id, fingerprint } of fingerprints) {
		const row = fresh.get(id);
		const candidate = row ? toCandidate(row) : entry.rows.get(id)?.candidate;
		// A row unpublished between the two reads is simply left out until the next build.
		if (!candidate) continue;
		rows.set(id, { fingerprint, candidate });
		candidates.push(candidate);
	}
	entry.rows = rows;
	// Reading descriptions is the long part: do it in slices so the server keeps answering.
	const terms: (Map<string, number> | null)[] = new Array(candidates.length);
	for (let start = 0; start < candidates.length; start += TERMS_SLICE) {
		const end = Math.min(candidates.length, start + TERMS_SLICE);
		for (let at = start; at < end; at++) terms[at] = termsOf(candidates[at], previous !== undefined);
		if (end < candidates.length) await new Promise((resolve) => setImmediate(resolve));
	}
	return buildMatchIndex(
		candidates,
		pairs.map((pair) => ({ source: pair.source_id, target: pair.target_id })),
		Date.now(),
		previous,
		terms
	);
}
