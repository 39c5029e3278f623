/**
 * The directory's side index (directory-index.ts) gives the same answers as the SQL path:
 * the demo network plus a few hundred generated actors (same names, accents, drafts,
 * actors without a country), a mix of browse, pages, filters, words and typos, on each
 * engine. And a write is seen by the next search.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { sql } from 'kysely';
import { createTestDatabase, testEngines, type TestDatabase } from '../helpers/db';
import { loadDemo } from '../../src/lib/server/demo';
import { searchActors, matchingActorIds, type ActorFiltersInput } from '../../src/lib/server/network/directory';
import { directoryIndexSettings, directoryIndexes } from '../../src/lib/server/network/directory-index';
import { upsertActor } from '../../src/lib/server/network/service';
import { concepts } from '../../src/lib/server/vocab';
import { seededRandom } from '../../src/lib/server/network/graph';

const GENERATED = 300;

/** Generated actors: a small copy of bench/directory-search.mjs's generator, with repeated names and drafts. */
function generatedActors(count: number) {
	const rand = seededRandom(4);
	const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)];
	const skewed = <T>(list: T[]) => list[Math.floor(Math.pow(rand(), 2.2) * list.length)];
	const some = <T>(list: T[], max: number) => [...new Set(Array.from({ length: 1 + Math.floor(rand() * max) }, () => skewed(list)))];
	const countries = concepts('country').map((concept) => ({ code: concept.code, region: (concept.extra?.iloRegion as string | undefined) ?? null }));
	const types = concepts('actor-type').map((concept) => concept.code);
	const categories = concepts('skills-category').map((concept) => concept.code);
	const groups = concepts('target-group').map((concept) => concept.code);
	const languages = ['en', 'es', 'fr', 'pt', 'de'];
	const head = ['Regional', 'National', 'Innovation', 'Technology', 'Skills', 'Training', 'Digital', 'Green', 'Émergence', 'école', 'Zeta', 'alpha'];
	const kind = ['Cluster', 'Institute', 'Centre', 'Foundation', 'Network', 'Academy'];
	const places = ['Aragón', 'Bilbao', 'Dakar', 'Porto', 'Lyon', 'Lima'];
	const textsEn = ['Work-based learning and apprenticeships for small firms.', 'Career guidance for young people.', 'Training delivery for digital and green skills.'];
	const textsEs = ['Formación dual y aprendizaje en el trabajo para pymes.', 'Orientación profesional para jóvenes.'];
	return Array.from({ length: count }, (_, index) => {
		const country = rand() < 0.1 ? { code: null, region: null } : skewed(countries);
		// Every fifth name repeats an earlier one, so the order falls back to the id.
		const name = index % 5 === 4 ? `${head[index % head.length]} ${kind[index % kind.length]} ${places[0]}` : `${pick(head)} ${pick(kind)} ${pick(places)} ${index}`;
		const description: Record<string, string> = { en: pick(textsEn) };
		if (rand() < 0.4) description.es = pick(textsEs);
		return {
			slug: `generated-${index}`,
			type: skewed(types),
			name,
			country: country.code,
			region: country.region,
			city: pick(places),
			languages: rand() < 0.1 ? [] : some(languages, 3),
			categories: some(categories, 3),
			target_groups: rand() < 0.7 ? some(groups, 3) : [],
			description,
			status: rand() < 0.05 ? 'draft' : 'published'
		};
	});
}

const QUERIES: { input: ActorFiltersInput; locale?: string }[] = [
	{ input: {} },
	{ input: { page: 2 } },
	{ input: { page: 9, perPage: 40 } },
	{ input: { page: 500 } },
	{ input: { perPage: 100 } },
	{ input: { type: 'vet-provider' } },
	{ input: { country: 'ES' } },
	{ input: { country: ['ES', 'Portugal'] } },
	{ input: { region: 'africa' } },
	{ input: { language: 'fr' } },
	{ input: { category: ['1', '6'] } },
	{ input: { targetGroup: 'youth' } },
	{ input: { country: 'ES', type: 'vet-provider', page: 1, perPage: 5 } },
	{ input: { region: 'africa', category: '1', language: ['fr', 'en'] } },
	{ input: { language: 'fr', targetGroup: 'youth', page: 2, perPage: 20 } },
	{ input: { country: 'XX' } },
	{ input: { q: 'cluster' } },
	{ input: { q: 'cluster', page: 3 } },
	{ input: { q: 'training institute' } },
	{ input: { q: 'formación' }, locale: 'es' },
	{ input: { q: 'ecole' }, locale: 'fr' },
	{ input: { q: 'skills', country: 'ES', category: ['1', '6'] } },
	{ input: { q: 'technlogy' } },
	{ input: { q: 'clustr aragon' } },
	{ input: { q: 'apprenticeships', language: 'es', perPage: 100 } },
	{ input: { q: 'zzqqxx', country: 'AQ' } },
	{ input: { q: 'zzqqxx' } }
];

describe.each(testEngines())('directory side index on %s', (engine) => {
	let database: TestDatabase;
	const db = () => database.db;
	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await loadDemo(database.db);
		const columns = 'slug text, type text, name text, country text, region text, city text, languages text[], categories text[], target_groups text[], description jsonb, status text';
		const names = columns.split(',').map((column) => column.trim().split(/\s+/)[0]).join(', ');
		await sql`insert into actor (${sql.raw(names)})
			select * from jsonb_to_recordset(${JSON.stringify(generatedActors(GENERATED))}::jsonb) as v(${sql.raw(columns)})`.execute(database.db);
	}, 60_000);
	afterAll(() => database.dispose());

	it('answers every query of the mix exactly as the SQL path', async () => {
		directoryIndexes.drop(db());
		const index = await directoryIndexes.ready(db());
		expect(index?.table.size).toBeGreaterThan(GENERATED);
		// Words with filters: matching only the filtered actors, and matching all then filtering.
		for (const [{ input, locale }, restricted] of QUERIES.flatMap((query) => [[query, true], [query, false]] as const)) {
			directoryIndexSettings.restrictedTextLimit = restricted ? 3000 : 0;
			const fromIndex = await searchActors(db(), input, { locale: locale ?? 'en' });
			const fromSql = await searchActors(db(), input, { locale: locale ?? 'en', index: false, facetCache: false });
			expect(fromIndex, JSON.stringify(input)).toEqual(fromSql);
			const idsFromIndex = await matchingActorIds(db(), input, { locale });
			expect(idsFromIndex, JSON.stringify(input)).toEqual(await matchingActorIds(db(), input, { locale, index: false }));
		}
		directoryIndexSettings.restrictedTextLimit = 3000;
		// The mix exercised the index (it stayed fresh) and found things.
		expect(await directoryIndexes.fresh(db())).toBe(index);
		expect((await searchActors(db(), { q: 'cluster' })).total).toBeGreaterThan(0);
		expect((await searchActors(db(), { q: 'technlogy' })).correctedQuery).toBe('technology');
	});

	it('sees a new, an edited and an unpublished actor at the next search', async () => {
		await directoryIndexes.ready(db());
		const before = await searchActors(db(), { country: 'UY' });
		const created = await upsertActor(db(), { name: 'Wombatridge Skills Hall', type: 'vet-provider', country: 'UY' });
		const after = await searchActors(db(), { country: 'UY' });
		expect(after.total).toBe(before.total + 1);
		expect((await searchActors(db(), { q: 'wombatridge' })).items.map((item) => item.name)).toEqual(['Wombatridge Skills Hall']);

		await upsertActor(db(), { name: 'Wombatridge Skills Hall', type: 'ngo', country: 'SN' }, { id: created.id });
		const moved = await searchActors(db(), { q: 'wombatridge', country: 'SN' });
		expect(moved.total).toBe(1);
		expect(moved.facets.type).toEqual([expect.objectContaining({ value: 'ngo', count: 1 })]);
		expect((await searchActors(db(), { country: 'UY' })).total).toBe(before.total);

		await sql`update actor set status = 'draft' where id = ${created.id}::uuid`.execute(db());
		expect((await searchActors(db(), { q: 'wombatridge' })).total).toBe(0);
		expect(await searchActors(db(), { country: 'SN', perPage: 100 })).toEqual(await searchActors(db(), { country: 'SN', perPage: 100 }, { index: false, facetCache: false }));
	});

	it('inside a transaction the search sees the transaction’s own writes (SQL path)', async () => {
		await directoryIndexes.ready(db());
		await db()
			.transaction()
			.execute(async (trx) => {
				await upsertActor(trx, { name: 'Platypusbrook Training Yard', type: 'vet-provider', country: 'UY' });
				expect((await searchActors(trx, { q: 'platypusbrook' })).total).toBe(1);
				throw new Error('roll back');
			})
			.catch((error) => expect(String(error)).toContain('roll back'));
		expect((await searchActors(db(), { q: 'platypusbrook' })).total).toBe(0);
	});
});
