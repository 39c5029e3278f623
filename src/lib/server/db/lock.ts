/**
 * PGlite is one process: two processes on one data folder corrupt it. The holder
 * writes its pid into atlas.lock; a lock whose process is gone is taken over.
 */
import { openSync, writeSync, closeSync, readFileSync, unlinkSync, constants } from 'node:fs';
import { join } from 'node:path';
import { DatabaseStartError } from './engine';

export interface DataDirLock {
	path: string;
	release(): void;
}

function processAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** Takes the folder's lock or throws a DatabaseStartError naming the process holding it. */
export function acquireDataDirLock(folder: string): DataDirLock {
	const path = join(folder, 'atlas.lock');
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const fd = openSync(path, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o600);
			writeSync(fd, String(process.pid));
			closeSync(fd);
			let released = false;
			const release = () => {
				if (released) return;
				released = true;
				try {
					if (readFileSync(path, 'utf8').trim() === String(process.pid)) unlinkSync(path);
				} catch {
					/* already gone */
				}
			};
			process.once('exit', release);
			return { path, release };
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
				throw new DatabaseStartError(`Cannot write the lock file ${path}: ${(error as Error).message}`);
			}
			const holder = Number(readFileSync(path, 'utf8').trim());
			if (holder && holder !== process.pid && processAlive(holder)) {
				throw new DatabaseStartError(
					`The data folder ${folder} is in use by process ${holder} (a running Atlas server?). Stop it first, or run this command against a PostgreSQL server with DATABASE_URL.`
				);
			}
			unlinkSync(path); // stale lock from a process that died
		}
	}
	throw new DatabaseStartError(`Could not take the lock ${path}.`);
}
