/** The actor directory (search, facets, pages), its API shape and its export, on each engine, over the demo network. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../helpers/db';
import { loadDemo } from '../../src/lib/server/demo';
import { searchActors, actorFiltersFromUrl, matchingActorIds, filtersToSearchParams } from '../../src/lib/server/network/directory';
import { toApiList, ActorListResponse } from '../../src/lib/server/network/api-docs';
import { actorExporter } from '../../src/lib/server/network/actor-io';
import { upsertActor } from '../../src/lib/server/network/service';
import { AppError } from '../../src/lib/server/errors';

describe.each(testEngines())('actor directory on %s', (engine) => {
	let database: TestDatabase;
	const db = () => database.db;
	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await loadDemo(database.db);
	});
	afterAll(() => database.dispose());

	it('lists every published demo actor by name with the six facets and counts that add up', async () => {
		const result = await searchActors(db(), {}, { locale: 'en' });
		expect(result.total).toBe(51);
		expect(result.items).toHaveLength(20);
		expect(result.perPage).toBe(20);
		const names = result.items.map((item) => item.name);
		expect([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(names);
		expect(Object.keys(result.facets).sort()).toEqual(['category', 'country', 'language', 'region', 'targetGroup', 'type']);
		expect(result.facets.type.reduce((sum, entry) => sum + entry.count, 0)).toBe(51);
		for (const entry of result.facets.category) expect(entry.label).not.toBe('');
		const page3 = await searchActors(db(), { page: 3 });
		expect(page3.items).toHaveLength(11);
	});

	it('the API list has exactly the shape of interfaces.md, with labels in the asked language', async () => {
		const list = toApiList(await searchActors(db(), { perPage: 5 }, { locale: 'es' }));
		expect(ActorListResponse.safeParse(list).success).toBe(true);
		expect(Object.keys(list).sort()).toEqual(['facets', 'items', 'page', 'perPage', 'total']);
		expect(Object.keys(list.items[0]).sort()).toEqual(
			['categories', 'city', 'country', 'externalIds', 'id', 'languages', 'name', 'region', 'targetGroups', 'type', 'website'].sort()
		);
		const cluster = list.facets.type.find((entry) => entry.value === 'cluster-organisation');
		expect(cluster?.label).toBe('Organización de clúster');
	});

	it('combines repeatable filters: OR inside one, AND across; labels and aliases are accepted', async () => {
		const spain = await searchActors(db(), { country: 'ES', perPage: 100 });
		const portugal = await searchActors(db(), { country: 'Portugal', perPage: 100 });
		const both = await searchActors(db(), { country: ['ES', 'PT'], perPage: 100 });
		expect(spain.total).toBeGreaterThan(0);
		expect(portugal.total).toBeGreaterThan(0);
		expect(both.total).toBe(spain.total + portugal.total);
		expect(both.filters.country).toEqual(['ES', 'PT']);
		const clustersInSpain = await searchActors(db(), { country: 'ES', type: 'cluster-organisation', perPage: 100 });
		expect(clustersInSpain.total).toBeLessThanOrEqual(spain.total);
		for (const item of clustersInSpain.items) {
			expect(item.country).toBe('ES');
			expect(item.type).toBe('cluster-organisation');
		}
		const byCategory = await searchActors(db(), { category: '1', language: 'es', perPage: 100 });
		for (const item of byCategory.items) {
			expect(item.categories).toContain('1');
			expect(item.languages).toContain('es');
		}
		expect(byCategory.facets.category.find((entry) => entry.value === '1')?.count).toBe(byCategory.total);
	});

	it('finds names despite a typo and words of descriptions in their own language', async () => {
		const typo = await searchActors(db(), { q: 'aerospce' });
		expect(typo.items.map((item) => item.name).join(' ')).toMatch(/Aerospace/);
		expect(typo.correctedQuery).toBe('aerospace');
		const exact = await searchActors(db(), { q: 'cluster' });
		expect(exact.total).toBeGreaterThan(3);
		expect(exact.correctedQuery).toBeNull();
		const spanish = await searchActors(db(), { q: 'formación' }, { locale: 'es' });
		expect(spanish.total).toBeGreaterThan(0);
	});

	it('facet counts follow every write (the in-memory facet cache is keyed by a database counter)', async () => {
		const before = await searchActors(db(), { country: 'UY' });
		await upsertActor(db(), { name: 'Cache Check Institute', type: 'vet-provider', country: 'UY' });
		const after = await searchActors(db(), { country: 'UY' });
		expect(after.total).toBe(before.total + 1);
		const uncached = await searchActors(db(), { country: 'UY' }, { facetCache: false });
		expect(uncached.facets).toEqual(after.facets);
	});

	it('a new name is found at once by its words and by a typo of them, in and outside a transaction', async () => {
		// The search indexes take entries directly (no pending list since 20261125T1600).
		await upsertActor(db(), { name: 'Quokkafield Apprenticeship Guild', type: 'vet-provider', country: 'UY' });
		const exact = await searchActors(db(), { q: 'quokkafield', country: 'UY' });
		expect(exact.items.map((item) => item.name)).toEqual(['Quokkafield Apprenticeship Guild']);
		expect(exact.total).toBe(1);
		expect(exact.facets.country).toEqual([expect.objectContaining({ value: 'UY', count: 1 })]);
		const typo = await searchActors(db(), { q: 'quokafield' });
		expect(typo.correctedQuery).toBe('quokkafield');
		expect(typo.items.map((item) => item.name)).toContain('Quokkafield Apprenticeship Guild');
		// Page and facet counts are read side by side; on one transaction connection too.
		const inTransaction = await db().transaction().execute((trx) => searchActors(trx, { q: 'quokkafield', country: 'UY' }));
		expect(inTransaction).toEqual(exact);
	});

	it('a text search gives the same pages, order and facets whether its counts are cached or not', async () => {
		for (const page of [1, 2]) {
			const input = { q: 'cluster skills', perPage: 3, page };
			const onePass = await searchActors(db(), input, { facetCache: false });
			await searchActors(db(), input);
			const cached = await searchActors(db(), input);
			expect(cached).toEqual(onePass);
			expect(onePass.items.length).toBeGreaterThan(0);
		}
		const all = await searchActors(db(), { q: 'cluster skills', perPage: 100 }, { facetCache: false });
		const paged = (await Promise.all([1, 2].map((page) => searchActors(db(), { q: 'cluster skills', perPage: 3, page }, { facetCache: false })))).flatMap((result) => result.items);
		expect(paged).toEqual(all.items.slice(0, 6));
	});

	it('a search that matches nothing is an empty result, not an error', async () => {
		const none = await searchActors(db(), { q: 'zzzxxqqq nothing like this', country: 'AQ' });
		expect(none.total).toBe(0);
		expect(none.items).toEqual([]);
		expect(none.facets.type).toEqual([]);
	});

	it('bad input is invalid_input naming the field', async () => {
		for (const input of [{ page: 'two' }, { perPage: 1000 }, { q: 'x'.repeat(201) }]) {
			const error = await searchActors(db(), input as never).catch((failure) => failure);
			expect(error).toBeInstanceOf(AppError);
			expect((error as AppError).code).toBe('invalid_input');
		}
	});

	it('reads filters from a URL (repeated keys, unknown keys ignored) and writes them back', () => {
		const filters = actorFiltersFromUrl(new URL('http://x.test/actors?q=skills&type=ngo&type=university&format=csv&page=2'));
		expect(filters).toMatchObject({ q: 'skills', type: ['ngo', 'university'], page: 2, perPage: 20 });
		expect(filtersToSearchParams(filters).toString()).toBe('q=skills&type=ngo&type=university&page=2');
	});

	it('lists only published actors; a script in a name stays text in the data', async () => {
		await upsertActor(db(), { name: 'Hidden draft org', type: 'ngo', country: 'FR', status: 'draft' });
		await upsertActor(db(), { name: '<script>alert(1)</script> Network', type: 'ngo', country: 'FR' });
		const result = await searchActors(db(), { q: 'draft org', perPage: 100 });
		expect(result.items.map((item) => item.name)).not.toContain('Hidden draft org');
		const scripted = await searchActors(db(), { q: 'script alert' });
		expect(scripted.items[0]?.name).toBe('<script>alert(1)</script> Network');
	});

	it('exports the filtered list (CSV and JSON) and the map can reuse the same filter', async () => {
		const filters = { country: ['ES'] };
		const expected = await searchActors(db(), { ...filters, perPage: 100 });
		const csv = await actorExporter.export(db(), 'csv', filters);
		expect(csv.count).toBe(expected.total);
		const json = await actorExporter.export(db(), 'json', filters);
		const parsed = JSON.parse(String(json.body));
		expect(parsed.formatVersion).toBe(1);
		expect(parsed.items.map((item: { id: string }) => item.id).sort()).toEqual(expected.items.map((item) => item.id).sort());
		expect((await matchingActorIds(db(), filters)).sort()).toEqual(expected.items.map((item) => item.id).sort());
	});
});
