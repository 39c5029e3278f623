// The library's in-memory side index (src/lib/server/library/search-index.ts) must give
// exactly the answers of the SQL path: same totals, pages, order, snippets, facet counts
// and suggestions, over the demo library plus generated multilingual records.
import { describe, it, expect, afterAll, beforeAll } from 'vitest';
import { sql } from 'kysely';
import { createTestDatabase, testEngines, type TestDatabase } from '../helpers/db';
import { loadDemo } from '../../src/lib/server/demo';
import { demoResources } from '../../src/lib/server/demo/resources';
import * as vocab from '../../src/lib/server/vocab';
import { upsertResource } from '../../src/lib/server/library/service';
import { refreshResourceConcepts, searchResources } from '../../src/lib/server/library/search';
import { buildLibraryIndex, libraryIndexes } from '../../src/lib/server/library/search-index';
import { librarySearchVersion, combinedTsQuery } from '../../src/lib/server/library/search-queries';
import { tsqueryText } from '../../src/lib/server/library/search-index-queries';
import { evaluateTsquery, parseTsquery } from '../../src/lib/server/search/text-index';
import { recordGenerator } from '../../bench/library-data.mjs';

const GENERATED = 400;
const COLUMNS = `id uuid, work_id uuid, slug text, status text, title text, abstract text, language text, type text, categories text[],
	topics text[], target_groups text[], countries text[], regions text[], publisher_name text, authors text[], year int, published_at timestamptz, extra jsonb`;

const QUERIES: Record<string, unknown>[] = [
	{},
	{ page: 2, perPage: 7 },
	{ lang: ['es', 'fr'], category: '1' },
	{ q: 'skills' },
	{ q: 'skills', sort: 'newest', page: 3, perPage: 5 },
	{ q: 'formación', lang: 'es' },
	{ q: 'digital training' },
	{ q: '"skills development"' },
	{ q: '"formación de la"' },
	{ q: 'qualificaçao' },
	{ q: 'skills -apprenticeship' },
	{ q: 'training or formación' },
	{ q: 'aprendizaje dual' },
	{ q: 'apprentissage', perPage: 50 },
	{ q: 'aprendizagem Portugal' },
	{ q: 'apprenticeship', category: ['1', '6'], country: 'GH' },
	{ q: 'developmnet' },
	{ q: 'eNCUENTRA' },
	{ q: 'zzqqxx nothing' },
	{ q: "l'apprentissage O'Neil" },
	{ q: 'the of and' },
	{ q: 'skills', year: ['2020', '2021'], type: ['policy-document', 'case-study'] },
	{ q: 'youth', topic: 'Apprenticeships' }
];

describe.each(testEngines())('library search side index on %s', (engine) => {
	let database: TestDatabase;

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await loadDemo(database.db);
		const { next } = recordGenerator({ vocab, demoResources, seed: 7 });
		const rows = Array.from({ length: GENERATED }, (_, index) => next(index));
		rows[0].title = "O'Neil \\ l'apprentissage des métiers";
		Object.assign(rows[1], { title: 'Youth guilds and their masters', topics: ['Apprenticeships', 'Crafts'] });
		await sql`insert into resource (${sql.raw(COLUMNS.split(',').map((column) => column.trim().split(/\s+/)[0]).join(', '))})
			select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(${sql.raw(COLUMNS)})`.execute(database.db);
		await refreshResourceConcepts(database.db);
	});
	afterAll(() => database.dispose());

	it('is built for the current version and answers every query of the mix exactly as the SQL path', async () => {
		const index = await libraryIndexes.fresh(database.db);
		expect(index?.table.size).toBeGreaterThan(GENERATED);
		for (const input of QUERIES) {
			for (const facets of ['true', 'false']) {
				const viaSql = await searchResources(database.db, { ...input, facets }, { index: false, cache: false });
				const viaIndex = await searchResources(database.db, { ...input, facets }, { index: true });
				expect(viaIndex, JSON.stringify(input)).toEqual(viaSql);
			}
		}
		// The mix reaches large, small and empty answers, phrases with stop words and topics.
		const total = async (input: Record<string, unknown>) => (await searchResources(database.db, input)).total;
		expect(await total({ q: 'skills' })).toBeGreaterThan(50);
		expect(await total({ q: '"formación de la"' })).toBeGreaterThan(0);
		expect(await total({ q: 'youth', topic: 'Apprenticeships' })).toBeGreaterThan(0);
		expect(await total({ q: 'zzqqxx nothing' })).toBe(0);
	});

	it('evaluates tsqueries as @@ does, phrases with distances and negations included', async () => {
		const index = (await buildLibraryIndex(database.db))!;
		for (const text of ['skills', '"skills development"', '"development of skills"', '-skills training', 'training or -skills', '"formation professionnelle"', 'aprendizaje -dual', '"the"']) {
			const query = await tsqueryText(database.db, text);
			const node = parseTsquery(query);
			const ours = node ? Array.from(evaluateTsquery(index.text, node), (position) => index.table.ids[position]).sort() : [];
			const theirs = (
				await sql<{ id: string }>`select resource_id as id from resource_search where status = 'published' and search_vector @@ ${combinedTsQuery(text)} order by 1`.execute(database.db)
			).rows.map((row) => row.id);
			expect(ours, `${text} → ${query}`).toEqual(theirs);
		}
	});

	it('sees a new record at once (the version moved, a small library is indexed again before answering)', async () => {
		const before = await searchResources(database.db, { q: 'quetzalcoatl' });
		expect(before.total).toBe(0);
		await upsertResource(database.db, { title: 'Quetzalcoatl weavers learn digital design', language: 'en', type: 'case-study', categories: ['5'], abstract: 'Weaving cooperatives.', status: 'published' });
		const after = await searchResources(database.db, { q: 'quetzalcoatl' });
		expect(after.items.map((item) => item.title)).toEqual(['Quetzalcoatl weavers learn digital design']);
		const index = await libraryIndexes.fresh(database.db);
		expect(index?.table.ids).toContain(after.items[0].id);
	});

	it('refuses nothing it cannot read: a write between two reads of a build gives no index for the old version', async () => {
		const version = await librarySearchVersion(database.db);
		const index = await buildLibraryIndex(database.db);
		expect(index?.version).toBe(version);
		await sql`update resource set title = title || ' (revised)' where id = (select id from resource where status = 'published' order by id limit 1)`.execute(database.db);
		expect(await librarySearchVersion(database.db)).not.toBe(version);
		const fresh = await libraryIndexes.fresh(database.db);
		expect(fresh?.version).toBe(await librarySearchVersion(database.db));
	});
});
