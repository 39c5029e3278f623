/**
 * A few recent network responses, kept per database and network version, so repeated map
 * requests on an unchanged network cost one small query (the version). Any change of
 * actor or relation bumps the version (triggers) and so empties the cache; a body built
 * from provisional positions is not kept.
 */
import { brotliCompressSync, constants } from 'node:zlib';
import type { DB } from '../db';
import { currentNetworkVersion } from './layout-queries';

export interface CachedBody {
	text: string;
	gzipped: Uint8Array;
	layoutReady: boolean;
	/** Brotli form, made on the first request that accepts it. */
	brotli?: Uint8Array;
}

/**
 * The body compressed with brotli (quality 6, 16 MB window). Its window spans the whole
 * response, so every repeat of an actor's id is found, where gzip sees only the last
 * 32 KB: the full 10k-actor view is about 0.73 MB in brotli against 0.96 MB in gzip.
 */
export function brotliBody(body: CachedBody): Uint8Array {
	body.brotli ??= brotliCompressSync(body.text, {
		params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_LGWIN]: 24, [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(body.text) }
	});
	return body.brotli;
}

/** The encoding to answer with: brotli when the client takes it, else gzip, else none (`q=0` refuses one). */
export function responseEncoding(acceptEncoding: string | null): 'br' | 'gzip' | null {
	const accepted = new Set(
		(acceptEncoding ?? '')
			.split(',')
			.map((part) => part.trim().toLowerCase().split(';'))
			.filter(([, ...params]) => !params.some((param) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(param)))
			.map(([name]) => name.trim())
	);
	if (accepted.has('br')) return 'br';
	if (accepted.has('gzip')) return 'gzip';
	return null;
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
