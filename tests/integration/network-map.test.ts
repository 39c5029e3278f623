import { describe, it, expect, afterAll, beforeAll } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../helpers/db';
import { loadDemo } from '../../src/lib/server/demo';
import { upsertActor } from '../../src/lib/server/network/service';
import { NetworkQuery } from '../../src/lib/server/network/map-filters';
import { compactNetwork, networkView, networkViewWithDashboard } from '../../src/lib/server/network/network-view';
import { currentNetworkVersion, findLayout, listMapActors, listMapRelations } from '../../src/lib/server/network/layout-queries';
import { getNetworkSnapshot, scheduleLayout, whenLayoutIdle } from '../../src/lib/server/network/layout-jobs';
import { computeLayout } from '../../src/lib/server/network/layout';
import { summarizeNetwork } from '../../src/lib/server/network/dashboard';
import { countClasses, geoView } from '../../src/lib/server/network/geo';
import { mapPageData } from '../../src/lib/server/network/map-page';

const query = (input: Record<string, string> = {}) => NetworkQuery.parse(input);

describe('network dashboard on a tiny known graph', () => {
	// a–b–c is a path; d–e a separate pair; f alone.
	const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
	const nodes = ids.map((id) => ({ id, slug: id, label: id.toUpperCase(), community: id < 'd' ? 0 : 1 }));
	const edges = [
		{ source: 'a', target: 'b', type: 'partner-of' },
		{ source: 'b', target: 'c', type: 'partner-of' },
		{ source: 'd', target: 'e', type: 'member-of' }
	];
	const dashboard = summarizeNetwork({ nodes: nodes as never, edges, betweennessMethod: 'exact' }, { b: 1 });

	it('counts, density, components and isolated actors', () => {
		expect(dashboard.actors).toBe(6);
		expect(dashboard.relations).toBe(3);
		expect(dashboard.density).toBeCloseTo(3 / 15);
		expect(dashboard.components).toBe(3);
		expect(dashboard.largestComponent).toBe(3);
		expect(dashboard.isolated).toBe(1);
	});

	it('ranks the best connected and the bridging actors, and lists communities', () => {
		expect(dashboard.bestConnected[0]).toMatchObject({ id: 'b', value: 2 });
		expect(dashboard.bridging).toEqual([{ id: 'b', slug: 'b', label: 'B', value: 1 }]);
		expect(dashboard.communities.map((c) => c.size)).toEqual([3, 3]);
	});

	it('computes exact betweenness and a deterministic layout', async () => {
		const actors = ids.map((id) => ({ id, name: id }));
		const relations = edges.map((edge) => ({ source_id: edge.source, target_id: edge.target }));
		const first = await computeLayout(actors, relations);
		const second = await computeLayout([...actors].reverse(), [...relations].reverse());
		expect(second.positions).toEqual(first.positions);
		expect(first.metrics.betweennessMethod).toBe('exact');
		expect(first.metrics.betweenness.b).toBeGreaterThan(0);
		expect(first.metrics.betweenness.a).toBe(0);
		expect(first.metrics.degree).toMatchObject({ a: 1, b: 2, f: 0 });
	});

	it('makes choropleth classes that cover every count', () => {
		expect(countClasses(0)).toEqual([]);
		const classes = countClasses(40);
		expect(classes[0].from).toBe(1);
		expect(classes.at(-1)!.to).toBe(40);
		for (let index = 1; index < classes.length; index++) expect(classes[index].from).toBe(classes[index - 1].to + 1);
	});
});

describe.each(testEngines())('network map on %s', (engine) => {
	let database: TestDatabase;
	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await loadDemo(database.db);
	});
	afterAll(async () => {
		await whenLayoutIdle();
		await database.dispose();
	});

	it('answers at once with provisional positions, then computes the layout in the background', async () => {
		const db = database.db;
		const version = await currentNetworkVersion(db);
		expect(await findLayout(db, version)).toBeUndefined();
		const first = await networkView(db, query());
		expect(first.layoutReady).toBe(false);
		expect(first.nodes.length).toBe(first.totalActors);
		await whenLayoutIdle();
		const layout = await findLayout(db, version);
		expect(layout).toBeDefined();
		const ready = await networkView(db, query());
		expect(ready.layoutReady).toBe(true);
		expect(ready.version).toBe(version);
		// With no older layout to borrow from, the provisional answer already has the
		// communities the layout finds (same seeded Louvain), not one community for all.
		const communityOf = (view: typeof first) => Object.fromEntries(view.nodes.map((node) => [node.id, node.community]));
		expect(new Set(first.nodes.map((node) => node.community)).size).toBeGreaterThan(1);
		expect(communityOf(first)).toEqual(communityOf(ready));
	});

	it('has the shape of interfaces.md', async () => {
		const view = await networkView(database.db, query());
		expect(view.nodes.length).toBeGreaterThanOrEqual(40);
		expect(view.edges.length).toBeGreaterThanOrEqual(60);
		for (const node of view.nodes) {
			expect(node).toMatchObject({ id: expect.any(String), label: expect.any(String), type: expect.any(String), x: expect.any(Number), y: expect.any(Number), size: expect.any(Number), community: expect.any(Number) });
			expect(Number.isFinite(node.x) && Number.isFinite(node.y)).toBe(true);
		}
		const ids = new Set(view.nodes.map((node) => node.id));
		for (const edge of view.edges) expect(ids.has(edge.source) && ids.has(edge.target) && typeof edge.type === 'string').toBe(true);
		// The legend lists exactly the colours in use, with counts that add up.
		const used = new Set(view.nodes.map((node) => node.colour));
		expect(new Set(view.legend.map((item) => item.colour))).toEqual(used);
		expect(view.legend.reduce((sum, item) => sum + item.count, 0)).toBe(view.nodes.length);
		// Sent grouped (network-view.ts, wire order): each community's actors together, each source's relations together.
		const contiguous = (values: unknown[]) => values.every((value, index) => index === 0 || value === values[index - 1] || !values.slice(0, index).includes(value));
		expect(contiguous(view.nodes.map((node) => node.community))).toBe(true);
		expect(contiguous(view.edges.map((edge) => edge.source))).toBe(true);
		// Within a community by id: actors created together (time-ordered ids) sit side by side.
		expect(view.nodes.every((node, index) => index === 0 || view.nodes[index - 1].community !== node.community || view.nodes[index - 1].id < node.id)).toBe(true);
		// The accessible list still reads by name.
		const names = (await mapPageData(database.db, new URL('http://localhost/network'), 'en')).list.map((row) => row.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
		const compact = compactNetwork(view);
		expect(compact.edges.length).toBe(view.edges.length);
		const [s, t, type] = compact.edges[0];
		expect([compact.nodes[s].id, compact.nodes[t].id, compact.edgeTypes[type]]).toEqual([view.edges[0].source, view.edges[0].target, view.edges[0].type]);
	});

	it('filters like the directory, showcases, focuses, and answers an empty match with empty lists', async () => {
		const db = database.db;
		const all = await networkView(db, query());
		const country = all.nodes.find((node) => node.country)!.country!;
		const filtered = await networkView(db, query({ country }));
		expect(filtered.nodes.length).toBeGreaterThan(0);
		expect(filtered.nodes.every((node) => node.country === country)).toBe(true);
		expect(filtered.matchedActors).toBe(filtered.nodes.length);

		const showcase = await networkView(db, query({ country, mode: 'showcase' }));
		expect(showcase.nodes.length).toBe(all.nodes.length);
		expect(showcase.nodes.filter((node) => node.matched).length).toBe(filtered.nodes.length);

		const byName = await networkView(db, query({ q: all.nodes[0].label }));
		expect(byName.nodes.map((node) => node.id)).toContain(all.nodes[0].id);

		const none = await networkView(db, query({ q: 'zzzz-nothing-matches', type: 'nonexistent' }));
		expect(none.nodes).toEqual([]);
		expect(none.edges).toEqual([]);
		expect(none.legend).toEqual([]);

		const hub = [...all.nodes].sort((a, b) => b.size - a.size)[0];
		const one = await networkView(db, query({ focus: hub.slug, depth: '1' }));
		const two = await networkView(db, query({ focus: hub.id, depth: '2' }));
		expect(one.focus?.id).toBe(hub.id);
		expect(one.nodes.length).toBeGreaterThan(1);
		expect(two.nodes.length).toBeGreaterThanOrEqual(one.nodes.length);
		for (const colour of ['type', 'region', 'category', 'community']) {
			const view = await networkView(db, query({ colour, size: 'betweenness' }));
			expect(new Set(view.legend.map((item) => item.colour))).toEqual(new Set(view.nodes.map((node) => node.colour)));
		}
		const { dashboard } = await networkViewWithDashboard(db, query());
		expect(dashboard!.actors).toBe(all.nodes.length);
		expect(dashboard!.bestConnected.length).toBeGreaterThan(0);
		expect(dashboard!.communities.length).toBeGreaterThan(0);
	});

	it('keeps one deterministic layout per version, and a relation bumps the version', async () => {
		const db = database.db;
		const version = await currentNetworkVersion(db);
		const cached = await findLayout(db, version);
		const recomputed = await computeLayout(await listMapActors(db), await listMapRelations(db));
		expect(recomputed.positions).toEqual(cached!.positions);
		expect(recomputed.metrics.community).toEqual(cached!.metrics.community);

		const [a, b] = (await listMapActors(db)).slice(0, 2);
		const existing = await db.selectFrom('relation').select('id').where('source_id', '=', a.id).where('target_id', '=', b.id).where('type', '=', 'collaborates-with').executeTakeFirst();
		if (existing) await db.deleteFrom('relation').where('id', '=', existing.id).execute();
		const before = await currentNetworkVersion(db);
		await db.insertInto('relation').values({ source_id: a.id, target_id: b.id, type: 'collaborates-with', start_year: null, end_year: null }).execute();
		expect(await currentNetworkVersion(db)).toBeGreaterThan(before);

		// A new actor gets a provisional place at once, next to nobody: on the ring.
		const created = await upsertActor(db, { name: 'Newly added <b>centre</b>', type: 'ngo', country: 'KE' });
		const snapshot = await getNetworkSnapshot(db);
		expect(snapshot.layoutReady).toBe(false);
		expect(snapshot.positions[created.id]).toHaveLength(2);
		expect(snapshot.positions[a.id]).toEqual(cached!.positions[a.id]);
		await scheduleLayout(db);
		await whenLayoutIdle();
		expect((await getNetworkSnapshot(db)).layoutReady).toBe(true);
	});

	it('draws the geographic view with counts, links and escaped names', async () => {
		const geo = await geoView(database.db, {});
		expect(geo.total).toBeGreaterThan(0);
		const kenya = geo.countries.find((country) => country.code === 'KE')!;
		expect(kenya.count).toBeGreaterThan(0);
		expect(kenya.path).toMatch(/^M/);
		expect(geo.table.find((row) => row.code === 'KE')?.count).toBe(kenya.count);
		expect(geo.regions.reduce((sum, region) => sum + region.count, 0)).toBe(geo.total);
		expect(geo.countries.some((country) => country.code === 'XK')).toBe(true);
	});

	it('keeps script in actor names as data in the JSON', async () => {
		const db = database.db;
		const name = '<script>alert(1)</script> Evil & Co';
		await upsertActor(db, { name, type: 'ngo', country: 'FR' });
		const view = await networkView(db, query({ q: 'Evil' }));
		expect(view.nodes.map((node) => node.label)).toEqual([name]);
		expect(JSON.parse(JSON.stringify(view)).nodes[0].label).toBe(name);
	});
});
