import { describe, expect, it } from 'vitest';
import type { DB } from '../db';
import { VersionedIndexes } from './versioned-index';

/** A fake database: the version and size the builds see, how many builds ran; large builds wait for `release()`. */
function fake(size: number) {
	const world = { version: '1', size, builds: 0, release: () => {} };
	const indexes = new VersionedIndexes({
		name: 'test index',
		version: async () => world.version,
		count: async () => world.size,
		build: async () => {
			world.builds++;
			const version = world.version;
			if (world.size > 10) await new Promise<void>((resolve) => (world.release = resolve));
			return version === world.version ? { version, size: world.size } : null;
		},
		syncLimit: 10
	});
	return { world, indexes, db: {} as DB };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('versioned indexes', () => {
	it('builds a small index before answering and keeps it while the version holds', async () => {
		const { world, indexes, db } = fake(3);
		expect(await indexes.forVersion(db, '1')).toEqual({ version: '1', size: 3 });
		expect(await indexes.fresh(db)).toEqual({ version: '1', size: 3 });
		expect(world.builds).toBe(1);
		world.version = '2';
		expect((await indexes.fresh(db))?.version).toBe('2');
		expect(world.builds).toBe(2);
		expect(await indexes.fresh({ isTransaction: true } as DB)).toBeNull();
	});

	it('builds a large index in the background, answering null until it is ready, with one build at a time', async () => {
		const { world, indexes, db } = fake(50);
		expect(await indexes.forVersion(db, '1')).toBeNull();
		expect(await indexes.forVersion(db, '1')).toBeNull();
		expect(world.builds).toBe(1);
		world.release();
		expect(await indexes.ready(db)).toEqual({ version: '1', size: 50 });
		expect(await indexes.forVersion(db, '1')).toEqual({ version: '1', size: 50 });
	});

	it('never serves an index for another version, nor one whose build saw a write', async () => {
		const { world, indexes, db } = fake(50);
		expect(await indexes.forVersion(db, '1')).toBeNull();
		world.version = '2'; // a write during the build: it is discarded
		world.release();
		await tick();
		expect(await indexes.forVersion(db, '1')).toBeNull();
		const ready = indexes.ready(db);
		await tick();
		world.release();
		expect(await ready).toEqual({ version: '2', size: 50 });
		indexes.drop(db);
		expect(await indexes.forVersion(db, '2')).toBeNull();
	});
});
