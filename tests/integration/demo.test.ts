import { describe, it, expect, afterAll, beforeAll } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../helpers/db';
import { databaseIsEmpty, loadDemo } from '../../src/lib/server/demo';
import { findActorIdByRef, upsertActor, upsertRelation, slugify } from '../../src/lib/server/network/service';
import { upsertResource } from '../../src/lib/server/library/service';
import { lookup } from '../../src/lib/server/vocab';
import { AppError } from '../../src/lib/server/errors';

const SEED_000_TITLE = 'Skills development for industrial clusters: A preliminary review';
const SEED_003_TITLE = 'ILO and the Government of Norway sign a new partnership agreement on skills development and lifelong learning';

describe.each(testEngines())('demo data on %s', (engine) => {
	let database: TestDatabase;
	beforeAll(async () => {
		database = await createTestDatabase(engine);
	});
	afterAll(() => database.dispose());

	it('loads into an empty database with counts in the expected ranges', async () => {
		expect(await databaseIsEmpty(database.db)).toBe(true);
		const report = await loadDemo(database.db);
		expect(report.actors).toBeGreaterThanOrEqual(35);
		expect(report.actors).toBeLessThanOrEqual(60);
		expect(report.relations).toBeGreaterThanOrEqual(60);
		expect(report.relations).toBeLessThanOrEqual(120);
		expect(report.resources).toBeGreaterThanOrEqual(18);
		expect(report.resources).toBeLessThanOrEqual(30);
		expect(report.created).toBe(report.actors + report.relations + report.resources);
		expect(report.updated + report.unchanged).toBe(0);
		expect(await databaseIsEmpty(database.db)).toBe(false);

		const db = database.db;
		const count = async (table: 'actor' | 'relation' | 'resource') =>
			Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
		expect(await count('actor')).toBe(report.actors);
		expect(await count('relation')).toBe(report.relations);
		expect(await count('resource')).toBe(report.resources);
	});

	it('uses only codes the vocabularies know, with regions taken from countries', async () => {
		const actors = await database.db.selectFrom('actor').selectAll().execute();
		for (const actor of actors) {
			const where = `actor ${actor.slug}`;
			expect(lookup('actor-type', actor.type)?.code, where).toBe(actor.type);
			for (const code of actor.categories) expect(lookup('skills-category', code)?.code, where).toBe(code);
			for (const code of actor.target_groups) expect(lookup('target-group', code)?.code, where).toBe(code);
			for (const code of actor.languages) expect(lookup('language', code)?.code, where).toBe(code);
			if (actor.country) {
				expect(lookup('country', actor.country)?.code, where).toBe(actor.country);
				expect(actor.region, where).toBe(lookup('country', actor.country)?.extra?.iloRegion);
			}
			if (actor.region) expect(lookup('ilo-region', actor.region)?.code, where).toBe(actor.region);
			expect(actor.external_ids.demo, where).toBeTruthy();
			expect(Object.keys(actor.description).length, where).toBeGreaterThanOrEqual(2);
			expect(actor.description.en, where).toBeTruthy();
		}
		const resources = await database.db.selectFrom('resource').selectAll().execute();
		for (const resource of resources) {
			const where = `resource ${resource.slug}`;
			expect(lookup('resource-type', resource.type)?.code, where).toBe(resource.type);
			expect(lookup('language', resource.language)?.code, where).toBe(resource.language);
			for (const code of resource.categories) expect(lookup('skills-category', code)?.code, where).toBe(code);
			for (const code of resource.target_groups) expect(lookup('target-group', code)?.code, where).toBe(code);
			for (const code of resource.countries) expect(lookup('country', code)?.code, where).toBe(code);
			expect(resource.status, where).toBe('published');
			expect(resource.published_at, where).not.toBeNull();
			expect(resource.publisher_actor_id, where).not.toBeNull();
			expect(resource.abstract.length, where).toBeGreaterThan(100);
		}
	});

	it('has the ILO family in four languages and at least three records in each of en, es, fr, pt', async () => {
		for (const slug of ['international-labour-organization', 'ilo-cinterfor', 'ilo-skills-innovation-network']) {
			const actor = await database.db.selectFrom('actor').selectAll().where('slug', '=', slug).executeTakeFirstOrThrow();
			expect(Object.keys(actor.description).sort(), slug).toEqual(['en', 'es', 'fr', 'pt']);
		}
		const byLanguage = await database.db
			.selectFrom('resource')
			.select(['language', (eb) => eb.fn.countAll<string>().as('n')])
			.groupBy('language')
			.execute();
		const counts = Object.fromEntries(byLanguage.map((row) => [row.language, Number(row.n)]));
		for (const language of ['en', 'es', 'fr', 'pt']) expect(counts[language] ?? 0, language).toBeGreaterThanOrEqual(3);
	});

	it('holds both ILO knowledge-platform records of the seeds with their type, language, publisher and topic', async () => {
		const ilo = await database.db.selectFrom('actor').select('id').where('slug', '=', 'international-labour-organization').executeTakeFirstOrThrow();
		const seed000 = await database.db.selectFrom('resource').selectAll().where('title', '=', SEED_000_TITLE).executeTakeFirstOrThrow();
		expect(seed000).toMatchObject({ language: 'en', type: 'research-paper', publisher_name: 'ILO', publisher_actor_id: ilo.id });
		expect(seed000.topics).toContain('Other topic');
		const seed003 = await database.db.selectFrom('resource').selectAll().where('title', '=', SEED_003_TITLE).executeTakeFirstOrThrow();
		expect(seed003).toMatchObject({ language: 'en', type: 'promotional-material', publisher_name: 'ILO', publisher_actor_id: ilo.id });
		expect(seed003.topics).toContain('Lifelong learning');
		expect(seed003.countries.sort()).toEqual(['ET', 'GH', 'LB', 'MW', 'SN', 'TZ']);
		expect(seed003.regions).toEqual(['africa', 'arab-states']);
	});

	it('gives the language versions of one work the same work_id', async () => {
		const versions = await database.db
			.selectFrom('resource')
			.select(['work_id', 'language', 'title'])
			.where((eb) => eb(eb.ref('extra', '->>').key('workKey'), '=', 'ilo-norway-partnership-agreement'))
			.execute();
		expect(versions.map((row) => row.language).sort()).toEqual(['en', 'fr']);
		expect(versions[0].work_id).toBe(versions[1].work_id);
		const works = await database.db.selectFrom('resource').select('work_id').distinct().execute();
		expect(works.length).toBeLessThan(await database.db.selectFrom('resource').select('id').execute().then((rows) => rows.length));
	});

	it('changes nothing when loaded a second time', async () => {
		const before = await database.db.selectFrom('actor').select(['id', 'version', 'updated_at']).orderBy('id').execute();
		const report = await loadDemo(database.db);
		expect(report.created).toBe(0);
		expect(report.updated).toBe(0);
		expect(report.unchanged).toBe(report.actors + report.relations + report.resources);
		const after = await database.db.selectFrom('actor').select(['id', 'version', 'updated_at']).orderBy('id').execute();
		expect(after).toEqual(before);
	});

	it('reloads the demo records on reset and leaves other records alone', async () => {
		const other = await upsertActor(database.db, { name: 'Not a demo cluster', type: 'cluster-organisation', country: 'KE' });
		const report = await loadDemo(database.db, { reset: true });
		expect(report.created).toBe(report.actors + report.relations + report.resources);
		expect(report.updated + report.unchanged).toBe(0);
		const kept = await database.db.selectFrom('actor').select(['id', 'region']).where('id', '=', other.id).executeTakeFirst();
		expect(kept).toEqual({ id: other.id, region: 'africa' });
		const actors = await database.db.selectFrom('actor').select('id').execute();
		expect(actors.length).toBe(report.actors + 1);
	});
});

describe.each(testEngines())('upsert services on %s', (engine) => {
	let database: TestDatabase;
	beforeAll(async () => {
		database = await createTestDatabase(engine);
	});
	afterAll(() => database.dispose());

	it('makes ASCII slugs', () => {
		expect(slugify('  Clúster  Ñandú & Co. (Aragón) ')).toBe('cluster-nandu-co-aragon');
		expect(slugify('Straße Œuvre')).toBe('strasse-oeuvre');
		expect(slugify('x'.repeat(50) + ' ' + 'y'.repeat(50)).length).toBeLessThanOrEqual(80);
	});

	it('creates, leaves unchanged and updates actors, matching by external id then slug', async () => {
		const db = database.db;
		const input = { name: 'Clúster Ñandú', type: 'cluster-organisation', country: 'el', city: 'Athens', externalIds: { kumu: 'k1' } };
		const created = await upsertActor(db, input, { matchExternalId: 'kumu' });
		expect(created).toMatchObject({ status: 'created', slug: 'cluster-nandu' });
		const row = await db.selectFrom('actor').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
		expect(row).toMatchObject({ country: 'GR', region: 'europe-central-asia', version: 1 });

		expect(await upsertActor(db, input, { matchExternalId: 'kumu' })).toEqual({ ...created, status: 'unchanged' });
		expect(await upsertActor(db, { ...input, city: 'Thessaloniki' }, { matchExternalId: 'kumu' })).toEqual({ ...created, status: 'updated' });
		const updated = await db.selectFrom('actor').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
		expect(updated).toMatchObject({ city: 'Thessaloniki', version: 2 });
		expect(updated.updated_at.getTime()).toBeGreaterThanOrEqual(row.updated_at.getTime());

		// Same name, another record of the same source: a second actor with a suffixed slug.
		const twin = await upsertActor(db, { ...input, externalIds: { kumu: 'k2' } }, { matchExternalId: 'kumu' });
		expect(twin).toMatchObject({ status: 'created', slug: 'cluster-nandu-2' });
		const triplet = await upsertActor(db, { ...input, externalIds: { kumu: 'k3' } }, { matchExternalId: 'kumu' });
		expect(triplet).toMatchObject({ status: 'created', slug: 'cluster-nandu-3' });
		// Without an id of that source the actor is found by the slug of its name; ids merge.
		const bySlug = await upsertActor(db, { name: 'Cluster Nandu', type: 'cluster-organisation', externalIds: { erasmus: 'E1' } }, { matchExternalId: 'erasmus' });
		expect(bySlug).toEqual({ ...created, status: 'updated' });
		const merged = await db.selectFrom('actor').select(['external_ids', 'version']).where('id', '=', created.id).executeTakeFirstOrThrow();
		expect(merged).toEqual({ external_ids: { kumu: 'k1', erasmus: 'E1' }, version: 3 });
		// A rename keeps the slug; the old name no longer finds the actor.
		expect(await upsertActor(db, { ...input, name: 'Cluster Nandu renamed' }, { matchExternalId: 'kumu' })).toEqual({ ...created, status: 'updated' });
		expect((await upsertActor(db, { name: 'Clúster Ñandú', type: 'cluster-organisation' })).slug).toBe('cluster-nandu-4');

		// Absent fields keep what is stored.
		expect((await upsertActor(db, { name: 'Cluster Nandu renamed', type: 'cluster-organisation', externalIds: { kumu: 'k1' } }, { matchExternalId: 'kumu' })).status).toBe('unchanged');
		await expect(upsertActor(db, { name: 'Bad type', type: 'spaceship' })).rejects.toMatchObject({ code: 'invalid_input' });
		await expect(upsertActor(db, { name: '', type: 'ngo' })).rejects.toMatchObject({ code: 'invalid_input' });
	});

	it('creates, leaves unchanged and updates relations, and refuses self-loops', async () => {
		const db = database.db;
		const a = await upsertActor(db, { name: 'Relation source', type: 'university', country: 'PT' });
		const b = await upsertActor(db, { name: 'Relation target', type: 'network' });
		expect(await findActorIdByRef(db, 'RELATION TARGET')).toBe(b.id);
		expect(await findActorIdByRef(db, a.slug)).toBe(a.id);
		expect(await findActorIdByRef(db, a.id)).toBe(a.id);
		expect(await findActorIdByRef(db, 'nobody at all')).toBeNull();
		const first = await upsertRelation(db, { sourceId: a.id, targetId: b.id, type: 'member-of', label: 'Member' });
		expect(first.status).toBe('created');
		expect(await upsertRelation(db, { sourceId: a.id, targetId: b.id, type: 'member-of', label: 'Member' })).toEqual({ ...first, status: 'unchanged' });
		expect(await upsertRelation(db, { sourceId: a.id, targetId: b.id, type: 'member-of', label: 'Founding member', startYear: 2019 })).toEqual({
			...first,
			status: 'updated'
		});
		expect((await upsertRelation(db, { sourceId: a.id, targetId: b.id, type: 'funds' })).status).toBe('created');
		const selfLoop = upsertRelation(db, { sourceId: a.id, targetId: a.id, type: 'mentors' });
		await expect(selfLoop).rejects.toBeInstanceOf(AppError);
		await expect(selfLoop).rejects.toMatchObject({ code: 'invalid_input' });
		await expect(upsertRelation(db, { sourceId: a.id, targetId: b.id, type: 'likes' })).rejects.toMatchObject({ code: 'invalid_input' });
	});

	it('matches records by DOI, then address, then folded title and year; publishes and links versions', async () => {
		const db = database.db;
		const publisher = await upsertActor(db, { name: 'Library Publisher', type: 'rto', country: 'UY' });
		const base = { language: 'en', type: 'research-paper', year: 2021, publisherActor: publisher.slug };
		const byDoi = await upsertResource(db, { ...base, title: 'Skills in clusters', doi: 'https://doi.org/10.1234/ABC' });
		expect(byDoi.status).toBe('created');
		const stored = await db.selectFrom('resource').selectAll().where('id', '=', byDoi.id).executeTakeFirstOrThrow();
		expect(stored).toMatchObject({ doi: '10.1234/abc', status: 'draft', published_at: null, publisher_actor_id: publisher.id, publisher_name: 'Library Publisher' });

		expect((await upsertResource(db, { ...base, title: 'Skills in clusters', doi: '10.1234/abc' })).status).toBe('unchanged');
		expect(await upsertResource(db, { ...base, title: 'Skills in clusters (2nd ed.)', doi: 'doi:10.1234/ABC', status: 'published' })).toMatchObject({
			status: 'updated',
			id: byDoi.id
		});
		const published = await db.selectFrom('resource').selectAll().where('id', '=', byDoi.id).executeTakeFirstOrThrow();
		expect(published.status).toBe('published');
		expect(published.published_at).toBeInstanceOf(Date);

		const byUrl = await upsertResource(db, { ...base, title: 'A guide', url: 'https://example.org/guide' });
		expect((await upsertResource(db, { ...base, title: 'A guide, renamed', url: 'https://example.org/guide' })).id).toBe(byUrl.id);

		const byTitle = await upsertResource(db, { ...base, title: 'Élan, vital!  Skills — for all' });
		expect(await upsertResource(db, { ...base, title: 'elan vital skills for all' })).toMatchObject({ status: 'updated', id: byTitle.id });
		expect((await upsertResource(db, { ...base, title: 'elan vital skills for all', year: 2022 })).status).toBe('created');

		const english = await upsertResource(db, { ...base, title: 'One work', workKey: 'work-1' });
		const spanish = await upsertResource(db, { ...base, language: 'es', title: 'Una obra', workKey: 'work-1' });
		expect(spanish.workId).toBe(english.workId);
		expect(spanish.slug).toBe('una-obra');
		const again = await upsertResource(db, { ...base, title: 'One work' });
		expect(again).toMatchObject({ status: 'unchanged', slug: 'one-work' });
		expect((await upsertResource(db, { ...base, title: 'One work', language: 'fr' })).slug).toBe('one-work-2');

		await expect(upsertResource(db, { ...base, title: 'Orphan', publisherActor: 'no-such-actor' })).rejects.toMatchObject({ code: 'invalid_input' });
		await expect(upsertResource(db, { ...base, title: 'Bad type', type: 'novel' })).rejects.toMatchObject({ code: 'invalid_input' });
	});
});
