/**
 * A few recent network responses, kept per database and network version, so repeated map
 * requests on an unchanged network cost one small query (the version). Any change of
 * actor or relation bumps the version (triggers) and so empties the cache; a body built
 * from provisional positions is not kept.
 */
import type { DB } from '../db';
import { currentNetworkVersion } from './layout-queries';

export interface CachedBody {
	text: string;
	gzipped: Uint8Array;
	layoutReady: boolean;
}

const MAX_ENTRIES = 16;
const KEY = Symbol.for('skills-atlas.network-response-cache');

interface CacheState {
	byDb: WeakMap<DB, { version: number; entries: Map<string, CachedBody> }>;
}

function state(): CacheState {
	const holder = globalThis as { [KEY]?: CacheState };
	holder[KEY] ??= { byDb: new WeakMap() };
	return holder[KEY]!;
}

/** The body for `key` at the current network version, built by `build` when not cached. */
export async function cachedResponseBody(db: DB, key: string, build: () => Promise<CachedBody>): Promise<CachedBody> {
	const version = await currentNetworkVersion(db);
	const caches = state().byDb;
	let cache = caches.get(db);
	if (!cache || cache.version !== version) {
		cache = { version, entries: new Map() };
		caches.set(db, cache);
	}
	const hit = cache.entries.get(key);
	if (hit) {
		// Least recently used goes first out: re-insert on every hit.
		cache.entries.delete(key);
		cache.entries.set(key, hit);
		return hit;
	}
	const body = await build();
	if (body.layoutReady) {
		cache.entries.set(key, body);
		if (cache.entries.size > MAX_ENTRIES) cache.entries.delete(cache.entries.keys().next().value!);
	}
	return body;
}
