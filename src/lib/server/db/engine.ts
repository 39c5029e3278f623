/**
 * Engine selection: embedded PGlite under ATLAS_DATA_DIR by default, a PostgreSQL
 * server when DATABASE_URL is set. Both speak the same SQL; the rest of the code only
 * sees a Kysely instance.
 */
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import type { Database } from './schema';
import { acquireDataDirLock, type DataDirLock } from './lock';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { projectPath } from '../paths';

export type EngineName = 'pglite' | 'postgres';

export interface AtlasDatabase {
	db: Kysely<Database>;
	engine: EngineName;
	/** Where the data lives, for messages: a folder or a redacted URL. */
	location: string;
	/** Runs fn on one dedicated connection that accepts multi-statement scripts (migrations). */
	withRawConnection<T>(fn: (connection: RawConnection) => Promise<T>): Promise<T>;
	close(): Promise<void>;
}

/** A single connection, below Kysely, for SQL scripts of several statements. */
export interface RawConnection {
	/** Runs a script of one or more statements without parameters. */
	exec(script: string): Promise<void>;
	query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
}

/** A start-up problem the operator can fix; printed as one line, never a stack trace. */
export class DatabaseStartError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'DatabaseStartError';
	}
}

export interface OpenOptions {
	/** postgres:// URL; when absent, PGlite is used. */
	url?: string;
	/** PGlite folder; `memory://` keeps everything in memory (tests). */
	dataDir?: string;
	/** PostgreSQL search_path (tests isolate themselves in a schema). */
	searchPath?: string;
	/** Hold the data-folder lock (the server and CLI do; tests in memory do not need it). */
	lock?: boolean;
}

/** Hides the password of a connection URL. */
export function redactUrl(url: string): string {
	try {
		const parsed = new URL(url);
		if (parsed.password) parsed.password = '***';
		return parsed.toString();
	} catch {
		return 'the DATABASE_URL given';
	}
}

/** Opens the configured engine and checks that it answers. */
export async function openDatabase(options: OpenOptions): Promise<AtlasDatabase> {
	if (options.url) return openPostgres(options.url, options.searchPath);
	return openPglite(options.dataDir ?? './data', options.lock ?? true);
}

async function openPostgres(url: string, searchPath?: string): Promise<AtlasDatabase> {
	if (!/^postgres(ql)?:\/\//.test(url)) {
		throw new DatabaseStartError(`DATABASE_URL must start with postgres:// (got ${redactUrl(url)}).`);
	}
	const pg = await import('pg');
	const Pool = pg.default?.Pool ?? (pg as unknown as { Pool: typeof import('pg').Pool }).Pool;
	// DATE and TIMESTAMP values come back as JS Dates by default; keep DATE as text like PGlite does not.
	const pool = new Pool({
		connectionString: url,
		max: Number(process.env.ATLAS_DB_POOL_SIZE ?? 10),
		connectionTimeoutMillis: 5000,
		options: searchPath ? `-c search_path=${searchPath},public` : undefined
	});
	pool.on('error', (error) => console.error('PostgreSQL connection error:', error.message));
	try {
		const client = await pool.connect();
		const version = await client.query('show server_version_num');
		client.release();
		if (Number(version.rows[0].server_version_num) < 150000) {
			await pool.end();
			throw new DatabaseStartError('Skills Atlas needs PostgreSQL 15 or newer.');
		}
	} catch (error) {
		await pool.end().catch(() => {});
		if (error instanceof DatabaseStartError) throw error;
		const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
		throw new DatabaseStartError(
			`Cannot connect to the PostgreSQL server at ${redactUrl(url)} (${reason}). Check DATABASE_URL and that the server is running.`
		);
	}
	const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
	return {
		db,
		engine: 'postgres',
		location: redactUrl(url),
		async withRawConnection(fn) {
			const client = await pool.connect();
			try {
				return await fn({
					exec: async (script) => void (await client.query(script)),
					query: async (text, params) => (await client.query(text, params as unknown[])).rows
				});
			} finally {
				client.release();
			}
		},
		close: () => db.destroy()
	};
}

async function openPglite(dataDir: string, lock: boolean): Promise<AtlasDatabase> {
	const { PGlite } = await import('@electric-sql/pglite');
	const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
	const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent');
	const extensions = { pg_trgm, unaccent };
	// PGlite's default 128 MB of shared buffers doubles the idle memory of the process;
	// a small network fits comfortably in 32 MB (ATLAS_PGLITE_SHARED_BUFFERS to change).
	const postgresqlconf = [`shared_buffers=${process.env.ATLAS_PGLITE_SHARED_BUFFERS ?? '32MB'}`];
	if (dataDir === 'memory://') {
		const pglite = await PGlite.create({ extensions, postgresqlconf });
		const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
		return { db, engine: 'pglite', location: 'memory', withRawConnection: rawPglite(pglite), close: () => db.destroy() };
	}
	const folder = resolve(dataDir);
	if (existsSync(folder) && !isDirectory(folder)) {
		throw new DatabaseStartError(`ATLAS_DATA_DIR ${folder} exists but is not a folder.`);
	}
	mkdirSync(folder, { recursive: true });
	let held: DataDirLock | undefined;
	if (lock) held = acquireDataDirLock(folder);
	const pgFolder = join(folder, 'pg');
	const existed = existsSync(pgFolder) && readdirSync(pgFolder).length > 0;
	if (existed && !existsSync(join(pgFolder, 'PG_VERSION'))) {
		held?.release();
		throw new DatabaseStartError(
			`The data folder ${pgFolder} is not a database (no PG_VERSION). It was left untouched; move it away or point ATLAS_DATA_DIR elsewhere.`
		);
	}
	if (!existed && process.env.ATLAS_PGLITE_INIT_INPROCESS !== '1') initPgliteInChild(pgFolder, postgresqlconf[0].split('=')[1], () => held?.release());
	let pglite: InstanceType<typeof PGlite>;
	try {
		pglite = await PGlite.create({ dataDir: pgFolder, extensions, postgresqlconf });
		await pglite.query('select 1');
	} catch (error) {
		held?.release();
		throw new DatabaseStartError(
			`The database in ${pgFolder} could not be opened (${(error as Error).message || error}). It was left untouched: restore it from a backup or point ATLAS_DATA_DIR elsewhere.`
		);
	}
	const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
	return {
		db,
		engine: 'pglite',
		location: folder,
		withRawConnection: rawPglite(pglite),
		close: async () => {
			await db.destroy();
			held?.release();
		}
	};
}

/** Runs initdb for a new folder in a child process (see pglite-init.mjs for why). */
function initPgliteInChild(folder: string, sharedBuffers: string, onFailure: () => void) {
	const script = projectPath('src/lib/server/db/pglite-init.mjs');
	if (!existsSync(script)) return; // fall back to creating it in this process
	const result = spawnSync(process.execPath, [script, folder, sharedBuffers], { cwd: projectPath('.'), encoding: 'utf8' });
	if (result.status !== 0) {
		onFailure();
		throw new DatabaseStartError(`A new database could not be created in ${folder}: ${(result.stderr || result.error?.message || 'unknown error').trim().split('\n')[0]}`);
	}
}

type PgliteInstance = import('@electric-sql/pglite').PGlite;

function rawPglite(pglite: PgliteInstance) {
	return <T>(fn: (connection: RawConnection) => Promise<T>): Promise<T> =>
		fn({
			exec: async (script) => void (await pglite.exec(script)),
			query: async <R>(text: string, params?: unknown[]) => (await pglite.query<R>(text, params as unknown[])).rows
		});
}

function isDirectory(path: string): boolean {
	try {
		return readdirSync(path) !== undefined;
	} catch {
		return false;
	}
}
