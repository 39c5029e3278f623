import { describe, it, expect, afterAll, beforeAll } from 'vitest';
import { sql } from 'kysely';
import { createTestDatabase, testEngines, type TestDatabase } from '../helpers/db';
import { loadDemo } from '../../src/lib/server/demo';
import { upsertResource } from '../../src/lib/server/library/service';
import { getResourceDetail, refreshResourceConcepts, searchResources } from '../../src/lib/server/library/search';
import { AppError } from '../../src/lib/server/errors';
import type { SessionUser } from '../../src/lib/domain/user';

const WBL_ENGLISH = ['eNCUENTRA: bringing young people into digital jobs in Aragon', 'Skills development for industrial clusters: A preliminary review'];
const WBL_SPANISH = 'Programa eNCUENTRA: talento digital joven en Aragón';

describe.each(testEngines())('library search on %s', (engine) => {
	let database: TestDatabase;
	const search = (input: Record<string, unknown>, options = {}) => searchResources(database.db, input, options);
	const titles = async (input: Record<string, unknown>) => (await search({ perPage: 100, ...input })).items.map((item) => item.title);
	let author: SessionUser;
	let curator: SessionUser;
	let draftSlug = '';

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await loadDemo(database.db);
		await upsertResource(database.db, {
			title: 'Better apprenticeships for young women in Ghana',
			language: 'en',
			type: 'policy-document',
			categories: ['1'],
			countries: ['GH'],
			year: 2023,
			publisher: 'Ghana Skills Council',
			abstract: 'How apprenticeship schemes in Ghana opened trades to young women.',
			status: 'published'
		});
		const users = await database.db
			.insertInto('app_user')
			.values([
				{ email: 'author@example.org', role: 'member', password_hash: null },
				{ email: 'curator@example.org', role: 'curator', password_hash: null }
			])
			.returning(['id', 'email', 'role'])
			.execute();
		const asSession = (row: (typeof users)[number]): SessionUser => ({ id: row.id, email: row.email, displayName: '', role: row.role, locale: 'en', actorIds: [] });
		author = asSession(users[0]);
		curator = asSession(users[1]);
		const draft = await upsertResource(database.db, {
			title: 'Zanzibarian draft about apprenticeship',
			language: 'en',
			type: 'case-study',
			categories: ['1'],
			abstract: 'Not yet reviewed: zanzibarian apprentices.',
			status: 'draft'
		});
		draftSlug = draft.slug;
		await database.db.updateTable('resource').set({ submitted_by: author.id }).where('id', '=', draft.id).execute();
		await refreshResourceConcepts(database.db);
	});
	afterAll(() => database.dispose());

	const publishedCount = async () =>
		Number((await database.db.selectFrom('resource').select((eb) => eb.fn.countAll<string>().as('n')).where('status', '=', 'published').executeTakeFirstOrThrow()).n);

	it('lists every published record without words, newest first, with facet counts that add up', async () => {
		const result = await search({});
		expect(result.total).toBe(await publishedCount());
		expect(result.sort).toBe('newest');
		const years = result.items.map((item) => item.year ?? 0);
		expect(years).toEqual([...years].sort((a, b) => b - a));
		const sum = (facet: keyof typeof result.facets) => result.facets[facet].reduce((total, entry) => total + entry.count, 0);
		expect(sum('type')).toBe(result.total);
		expect(sum('language')).toBe(result.total);
		const byLanguage = await database.db
			.selectFrom('resource')
			.select(['language', (eb) => eb.fn.countAll<string>().as('n')])
			.where('status', '=', 'published')
			.groupBy('language')
			.execute();
		for (const row of byLanguage) expect(result.facets.language.find((entry) => entry.value === row.language)?.count, row.language).toBe(Number(row.n));
		expect(result.facets.category.find((entry) => entry.value === '1')?.label).toBe('Work-based learning');
		expect((await search({ locale: 'es' })).facets.category.find((entry) => entry.value === '1')?.label).toBe('Aprendizaje en el trabajo');
	});

	it('combines filters: OR within a parameter, AND across, each facet counted without its own filter', async () => {
		const result = await search({ lang: ['es', 'fr'], category: '1', perPage: 100 });
		const expected = await sql<{ n: string }>`select count(*) as n from resource
			where status = 'published' and language in ('es', 'fr') and '1' = any(categories)`.execute(database.db);
		expect(result.total).toBe(Number(expected.rows[0].n));
		expect(result.total).toBeGreaterThan(0);
		for (const item of result.items) {
			expect(['es', 'fr']).toContain(item.language);
			expect(item.categories).toContain('1');
		}
		// The language facet ignores the language filter but keeps the category filter.
		const english = await sql<{ n: string }>`select count(*) as n from resource where status = 'published' and language = 'en' and '1' = any(categories)`.execute(database.db);
		expect(result.facets.language.find((entry) => entry.value === 'en')).toMatchObject({ count: Number(english.rows[0].n), selected: false });
		expect(result.facets.language.filter((entry) => entry.selected).map((entry) => entry.value).sort()).toEqual(['es', 'fr']);
		// Vocabulary labels are accepted as filter values.
		expect((await search({ category: 'Aprendizaje en el trabajo', lang: ['es', 'fr'] })).total).toBe(result.total);
	});

	it.each(['aprendizaje dual', 'apprentissage', 'aprendizagem'])('reaches English work-based-learning records from "%s"', async (q) => {
		const result = await search({ q, perPage: 100 });
		expect(result.queryConcepts.map((concept) => concept.code)).toContain('skills-category:1');
		const found = result.items.map((item) => item.title);
		for (const title of WBL_ENGLISH) expect(found, q).toContain(title);
	});

	it('reaches Spanish records from an English query on the same concept, after the direct matches', async () => {
		const result = await search({ q: 'apprenticeship', perPage: 100 });
		const found = result.items.map((item) => item.title);
		expect(found).toContain(WBL_SPANISH);
		// Records that contain the word come before those reached through the concept only.
		expect(result.items[0].snippet).toMatch(/<mark>apprenticeship/i);
		expect(found.indexOf('Better apprenticeships for young women in Ghana')).toBeLessThan(found.indexOf(WBL_SPANISH));
	});

	it('forgives a typo in a title word', async () => {
		const result = await search({ q: 'apprenticeshp' });
		expect(result.items[0]?.title).toBe('Better apprenticeships for young women in Ghana');
		expect(result.correctedQuery).toMatch(/^apprenticeships?$/);
		expect((await search({ q: 'apprenticeship' })).correctedQuery).toBeNull();
	});

	it('suggests a nearby query when nothing matches, and none for nonsense', async () => {
		const nothing = await search({ q: 'apprenticeshp qqxxzz' });
		expect(nothing.total).toBe(0);
		expect(nothing.suggestion).toMatch(/^apprenticeships?$/);
		expect((await search({ q: nothing.suggestion })).total).toBeGreaterThan(0);
		const nonsense = await search({ q: 'qqxxzzvv' });
		expect(nonsense.total).toBe(0);
		expect(nonsense.suggestion).toBeNull();
	});

	it('treats SQL, script and search operators in q as plain words', async () => {
		const before = await publishedCount();
		for (const q of ["'; drop table resource; --", '<script>alert(1)</script>', '" - : * ! & | ( )', 'or', "O'Brien \\x00", '%_%']) {
			const result = await search({ q });
			for (const item of result.items) expect(item.snippet).not.toMatch(/<(?!\/?mark>)/);
		}
		expect(await publishedCount()).toBe(before);
		const highlighted = await search({ q: 'cluster' });
		for (const item of highlighted.items) expect(item.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
	});

	it('pages through every hit once, across the ranked window and beyond it', async () => {
		for (const input of [{ q: 'skills', sort: 'relevance' }, { q: 'skills', sort: 'newest' }, {}]) {
			const all = await search({ ...input, perPage: 100 });
			const seen: string[] = [];
			for (let page = 1; page <= Math.ceil(all.total / 3) + 1; page++) {
				const result = await search({ ...input, perPage: 3, page }, { rankWindow: 4 });
				expect(result.total).toBe(all.total);
				seen.push(...result.items.map((item) => item.id));
			}
			expect(seen.length).toBe(all.total);
			expect(new Set(seen).size).toBe(all.total);
		}
		const beyond = await search({ q: 'skills', page: 50 });
		expect(beyond.items).toEqual([]);
		expect(beyond.total).toBeGreaterThan(0);
	});

	it('answers invalid_input naming the field', async () => {
		const failure = async (input: Record<string, unknown>) => {
			try {
				await search(input);
			} catch (error) {
				return error as AppError;
			}
			throw new Error('no error');
		};
		expect((await failure({ perPage: '101' })).fields).toHaveProperty('perPage');
		expect((await failure({ category: 'no-such-category' })).fields).toHaveProperty('category');
		expect((await failure({ lang: 'not a language' })).fields).toHaveProperty('lang');
		expect((await failure({ year: 'last year' })).fields).toHaveProperty('year');
		expect((await failure({ sort: 'random' })).code).toBe('invalid_input');
	});

	it('hides drafts from search and from visitors, shows them to their author and curators', async () => {
		expect((await search({ q: 'zanzibarian' })).total).toBe(0);
		await expect(getResourceDetail(database.db, draftSlug, null)).rejects.toMatchObject({ code: 'not_found' });
		const stranger: SessionUser = { ...author, id: '00000000-0000-4000-8000-000000000000', email: 'other@example.org' };
		await expect(getResourceDetail(database.db, draftSlug, stranger)).rejects.toMatchObject({ code: 'not_found' });
		expect((await getResourceDetail(database.db, draftSlug, author)).status).toBe('draft');
		expect((await getResourceDetail(database.db, draftSlug, curator)).viewerCanEdit).toBe(true);
	});

	it('gives a record with its language versions and related records of other works', async () => {
		const [hit] = (await search({ q: '"bringing young people into digital jobs"' })).items;
		const detail = await getResourceDetail(database.db, hit.slug, null);
		expect(detail.versions.map((version) => version.title)).toEqual([WBL_SPANISH]);
		expect(detail.related.length).toBeGreaterThan(0);
		expect(detail.related.length).toBeLessThanOrEqual(5);
		expect(detail.related.map((item) => item.id)).not.toContain(detail.versions[0].id);
		expect(detail.concepts).toContain('skills-category:1');
		expect((await getResourceDetail(database.db, detail.id, null)).slug).toBe(detail.slug);
	});

	it('keeps the answer without words only until the next write to any record', async () => {
		const before = await search({ lang: 'pt' });
		expect(await search({ lang: 'pt' })).toEqual(before);
		await upsertResource(database.db, { title: 'Guia de estágios para jovens', language: 'pt', type: 'tool-guideline', year: 2024, status: 'published' });
		const after = await search({ lang: 'pt' });
		expect(after.total).toBe(before.total + 1);
		expect(after.items[0].title).toBe('Guia de estágios para jovens');
		expect(after.facets.type.find((entry) => entry.value === 'tool-guideline')?.count).toBe(
			(before.facets.type.find((entry) => entry.value === 'tool-guideline')?.count ?? 0) + 1
		);
	});

	it('finds a record through a concept named in its text once the concepts are refreshed', async () => {
		const created = await upsertResource(database.db, {
			title: 'Rural youth employment pilot in Senegal',
			language: 'fr',
			type: 'evaluation-report',
			abstract: 'Le programme combine la formation en alternance et un accompagnement des jeunes ruraux.',
			status: 'published'
		});
		const reached = async () => (await titles({ q: 'dual training' })).includes('Rural youth employment pilot in Senegal');
		expect(await reached()).toBe(false);
		expect(await refreshResourceConcepts(database.db, [created.id])).toBe(1);
		expect(await reached()).toBe(true);
		await refreshResourceConcepts(database.db);
		expect(await refreshResourceConcepts(database.db)).toBe(0);
	});
});
