/**
 * Keeps one in-memory search index per database, valid for one value of a version
 * counter kept in the database (bumped by every write the index depends on), so that
 * any process's write is seen at the next request (docs/decisions/0006-search-side-index.md).
 *
 * A request passes the version it read: the index built for it is returned, or null
 * while a rebuild runs (the caller then answers by SQL). Small sets are rebuilt before
 * answering; large ones in the background, so no request waits seconds for a build.
 */
import type { DB } from '../db';

/** A search waits at most this long for a rebuild before taking the SQL path. */
const MAX_WAIT_MS = 1000;

/**
 * Reads all rows in batches (each asked after the last row of the previous one), between
 * two reads of the version: returns that version, or null when a write came between them
 * (every write the rows depend on moves it, so an unchanged version means one state).
 */
export async function readAtOneVersion<R>(
	version: () => Promise<string>,
	readBatch: (after: R | null) => Promise<R[]>,
	batchSize: number,
	onBatch: (rows: R[]) => void
): Promise<string | null> {
	const before = await version();
	for (let after: R | null = null; ; ) {
		const batch = await readBatch(after);
		onBatch(batch);
		if (batch.length < batchSize) break;
		after = batch[batch.length - 1];
	}
	return (await version()) === before ? before : null;
}

export interface VersionedIndex {
	version: string;
	/** Records indexed, which decides whether a rebuild is awaited. */
	size: number;
}

interface State<T> {
	current: T | null;
	building: Promise<T | null> | null;
	/** Published records when no index was built yet (one count), to decide whether to wait. */
	knownSize: number | null;
}

export interface VersionedIndexOptions<T> {
	name: string;
	/** The version counter's current value. */
	version: (db: DB) => Promise<string>;
	/** Builds the index of the current state; null when a write happened during the build. */
	build: (db: DB) => Promise<T | null>;
	/** How many records an index would hold (asked once, before the first build). */
	count: (db: DB) => Promise<number>;
	/** Up to this many records, a rebuild is awaited. */
	syncLimit?: number;
}

export class VersionedIndexes<T extends VersionedIndex> {
	private states = new WeakMap<DB, State<T>>();

	constructor(private options: VersionedIndexOptions<T>) {}

	/** The index for `version`, or null when it is not ready (a rebuild is then under way). */
	async forVersion(db: DB, version: string): Promise<T | null> {
		let state = this.states.get(db);
		if (!state) this.states.set(db, (state = { current: null, building: null, knownSize: null }));
		if (state.current?.version === version) return state.current;
		const building = this.rebuild(db, state);
		state.knownSize ??= state.current?.size ?? (await this.options.count(db));
		if ((state.current?.size ?? state.knownSize) > (this.options.syncLimit ?? 5000)) return null;
		// The size known may be old (an import may be adding thousands): never wait long.
		const built = await Promise.race([building, new Promise<null>((resolve) => setTimeout(resolve, MAX_WAIT_MS, null).unref?.())]);
		return built?.version === version ? built : null;
	}

	/** The index of the current version when it is ready; null inside a transaction, whose own writes no index knows. */
	async fresh(db: DB): Promise<T | null> {
		if (db.isTransaction) return null;
		return this.forVersion(db, await this.options.version(db));
	}

	/** Builds (or waits for the build under way) and returns the index of the current state (server start, benchmarks). */
	async ready(db: DB): Promise<T | null> {
		const version = await this.options.version(db);
		const ready = await this.forVersion(db, version);
		if (ready) return ready;
		const built = await this.states.get(db)?.building;
		return built?.version === version ? built : null;
	}

	/** Forgets the index of `db`. */
	drop(db: DB): void {
		this.states.delete(db);
	}

	private rebuild(db: DB, state: State<T>): Promise<T | null> {
		state.building ??= this.options
			.build(db)
			.then((index) => {
				if (index && (!state.current || BigInt(index.version) >= BigInt(state.current.version))) state.current = index;
				return index;
			})
			.catch((error) => (console.error(`${this.options.name}:`, error), null))
			.finally(() => (state.building = null));
		return state.building;
	}
}
