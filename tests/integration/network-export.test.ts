/**
 * Exports of the filtered directory in the network formats (Kumu JSON/XLSX, GEXF,
 * GraphML): only the matching published actors and the relations between them, and a
 * re-import with the same importers reads them back without loss, on each engine.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../helpers/db';
import { loadDemo } from '../../src/lib/server/demo';
import { actorRowsMatching } from '../../src/lib/server/network/directory';
import { networkExporter } from '../../src/lib/server/network/network-export';
import { networkImporter } from '../../src/lib/server/network/network-io';
import { actorFileExporter } from '../../src/lib/server/network/actor-formats';
import { upsertActor } from '../../src/lib/server/network/service';
import { runImport, importSummary } from '../../src/lib/server/io/import-run';
import type { SourceFile } from '../../src/lib/server/io/source';

const file = (name: string, content: string | Uint8Array): SourceFile => ({ name, bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content });
const FILTERS = { country: ['ES', 'PT'] };
const FIELDS = ['name', 'type', 'country', 'city', 'languages', 'categories', 'target_groups', 'website'] as const;

describe.each(testEngines())('filtered network exports on %s', (engine) => {
	let database: TestDatabase;
	const db = () => database.db;
	let expectedActors: string[];
	let expectedRelations: number;

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await loadDemo(database.db);
		// A draft in Spain with a secret contact: matches the country, but drafts are never exported.
		await upsertActor(database.db, { name: 'Hidden Draft Institute', type: 'ngo', country: 'ES', status: 'draft', contact: { email: 'secret.person@example.org' } });
		const matching = await actorRowsMatching(database.db, FILTERS);
		expectedActors = matching.map((actor) => actor.name).sort();
		const ids = matching.map((actor) => actor.id);
		const between = await database.db
			.selectFrom('relation')
			.select((eb) => eb.fn.countAll().as('n'))
			.where('source_id', 'in', ids)
			.where('target_id', 'in', ids)
			.executeTakeFirstOrThrow();
		expectedRelations = Number(between.n);
	});
	afterAll(() => database.dispose());

	it('the filter picks a part of the network, with relations inside and across its border', async () => {
		const all = await database.db.selectFrom('relation').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
		expect(expectedActors.length).toBeGreaterThan(2);
		expect(expectedActors.length).toBeLessThan(51);
		expect(expectedActors).not.toContain('Hidden Draft Institute');
		expect(expectedRelations).toBeGreaterThan(0);
		expect(expectedRelations).toBeLessThan(Number(all.n));
	});

	it('CSV and XLSX exports of the directory filter too', async () => {
		for (const format of ['csv', 'xlsx']) {
			const exported = await actorFileExporter.export(db(), format, FILTERS);
			expect(exported.count).toBe(expectedActors.length);
		}
	});

	it.each(['kumu-json', 'kumu-xlsx', 'gexf', 'graphml'])('%s holds only the matching actors and the relations between them, and reads back without loss', async (format) => {
		const exported = await networkExporter.export(db(), format, FILTERS);
		expect(exported.count).toBe(expectedActors.length);
		if (typeof exported.body === 'string') {
			expect(exported.body).not.toContain('Hidden Draft Institute');
			expect(exported.body).not.toContain('secret.person@example.org');
		}
		const again = await runImport(db(), networkImporter, file(`export.${exported.extension}`, exported.body), { dryRun: true });
		expect(importSummary(again)).toEqual({ created: 0, updated: 0, unchanged: expectedActors.length + expectedRelations, rejected: [] });

		const fresh = await createTestDatabase(engine);
		try {
			const copy = await runImport(fresh.db, networkImporter, file(`export.${exported.extension}`, exported.body));
			expect(copy.rejected).toEqual([]);
			expect(copy.notes).toEqual([]);
			expect(copy.created).toBe(expectedActors.length + expectedRelations);
			const copied = await fresh.db.selectFrom('actor').select([...FIELDS]).orderBy('name').orderBy('city').execute();
			expect(copied.map((actor) => actor.name).sort()).toEqual(expectedActors);
			const original = await database.db.selectFrom('actor').select([...FIELDS]).where('name', 'in', expectedActors).where('status', '=', 'published').orderBy('name').orderBy('city').execute();
			expect(copied).toEqual(original);
			const relations = await fresh.db.selectFrom('relation').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
			expect(Number(relations.n)).toBe(expectedRelations);
		} finally {
			await fresh.dispose();
		}
	});

	it('a filter that matches nothing gives an empty but readable file', async () => {
		const exported = await networkExporter.export(db(), 'gexf', { q: 'zzqqxx nothing like this' });
		expect(exported.count).toBe(0);
		expect(exported.body).toContain('<gexf');
	});
});
