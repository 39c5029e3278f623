/**
 * Applies the ordered SQL files of migrations/ that are not yet recorded in
 * atlas_migration. A PostgreSQL advisory lock makes two processes starting together
 * apply them once; each file runs in its own transaction with its record.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AtlasDatabase } from './engine';
import { projectPath } from '../paths';

const MIGRATION_LOCK_KEY = 727_274_001;

export interface MigrationFile {
	name: string;
	sql: string;
}

/** The migration files in application order (file names sort by their timestamp prefix). */
export function listMigrationFiles(folder = projectPath('src/lib/server/db/migrations')): MigrationFile[] {
	return readdirSync(folder)
		.filter((name) => name.endsWith('.sql'))
		.sort()
		.map((name) => ({ name, sql: readFileSync(join(folder, name), 'utf8') }));
}

/** Applies pending migrations; returns the names applied in this call. */
export async function migrate(database: AtlasDatabase, files = listMigrationFiles()): Promise<string[]> {
	return database.withRawConnection(async (connection) => {
		await connection.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
		try {
			await connection.exec(`create table if not exists atlas_migration (
				name text primary key,
				applied_at timestamptz not null default now()
			)`);
			const rows = await connection.query<{ name: string }>('select name from atlas_migration');
			const done = new Set(rows.map((row) => row.name));
			const applied: string[] = [];
			for (const file of files) {
				if (done.has(file.name)) continue;
				await connection.exec('begin');
				try {
					await connection.exec(file.sql);
					await connection.query('insert into atlas_migration (name) values ($1)', [file.name]);
					await connection.exec('commit');
				} catch (error) {
					await connection.exec('rollback');
					throw new Error(`Migration ${file.name} failed: ${(error as Error).message}`);
				}
				applied.push(file.name);
			}
			return applied;
		} finally {
			await connection.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
		}
	});
}
