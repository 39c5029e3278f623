/**
 * Matchmaking on both engines, over the demo network: who is left out, scopes, reasons in
 * the reader's language, cross-language ideas, sparse profiles, drafts, people, the API
 * shape of interfaces.md (never a contact), and a refreshed index after a change.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../helpers/db';
import { loadDemo } from '../../src/lib/server/demo';
import { upsertActor, upsertRelation } from '../../src/lib/server/network/service';
import { createPerson } from '../../src/lib/server/network/people';
import { matchesForActor, matchesForPerson, suggestForIdea } from '../../src/lib/server/match/service';
import { toApiMatches } from '../../src/lib/server/match/api-docs';
import { AppError } from '../../src/lib/server/errors';
import { createUser } from '../../src/lib/server/auth/service';
import type { SessionUser } from '../../src/lib/domain/user';

const SECRET = 'hidden-contact-7f3a@example.org';

describe.each(testEngines())('matchmaking on %s', (engine) => {
	let database: TestDatabase;
	let CURATOR: SessionUser;
	const db = () => database.db;
	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await loadDemo(database.db);
		const created = await createUser(database.db, { email: 'curator@atlas.test', password: 'a good long password', role: 'curator', confirmed: true, locale: 'en', displayName: 'Curator' });
		CURATOR = { id: created.id, email: 'curator@atlas.test', displayName: 'Curator', role: 'curator', locale: 'en', actorIds: [] };
		// Contacts on every actor: none may ever reach a suggestion.
		const rows = await database.db.selectFrom('actor').select(['id', 'name', 'type']).execute();
		for (const row of rows) await upsertActor(database.db, { name: row.name, type: row.type, contact: { name: 'Someone', email: SECRET } }, { id: row.id });
	}, 120_000);
	afterAll(() => database?.dispose());

	async function relatedIds(actorId: string): Promise<Set<string>> {
		const rows = await db().selectFrom('relation').select(['source_id', 'target_id']).where((eb) => eb.or([eb('source_id', '=', actorId), eb('target_id', '=', actorId)])).execute();
		return new Set(rows.flatMap((row) => [row.source_id, row.target_id]));
	}

	it('ranks organisations with reasons, never the source or its partners', async () => {
		const list = await matchesForActor(db(), null, 'packaging-cluster', { limit: 10 }, 'en');
		const source = await db().selectFrom('actor').select('id').where('slug', '=', 'packaging-cluster').executeTakeFirstOrThrow();
		const related = await relatedIds(source.id);
		expect(related.size).toBeGreaterThan(0);
		expect(list.items).toHaveLength(10);
		for (const [at, item] of list.items.entries()) {
			expect(item.actor.id).not.toBe(source.id);
			expect(related.has(item.actor.id)).toBe(false);
			expect(item.score).toBeGreaterThan(0);
			expect(item.score).toBeLessThanOrEqual(1);
			if (at > 0) expect(list.items[at - 1].score).toBeGreaterThanOrEqual(item.score);
			expect(item.reasons.length).toBeGreaterThan(0);
			for (const reason of item.reasons) expect(reason.text.length).toBeGreaterThan(5);
		}
		const codes = new Set(list.items.flatMap((item) => item.reasons.map((reason) => reason.code)));
		for (const code of ['shared_category', 'introduction_via', 'common_language']) expect(codes).toContain(code);
		const via = list.items.flatMap((item) => item.reasons).find((reason) => reason.code === 'introduction_via');
		expect(via?.text).toMatch(/^Introduction possible via /);
	});

	it('keeps to the scope: regional stays in the country or region, international leaves the country', async () => {
		const regional = await matchesForActor(db(), null, 'senai-servico-nacional-de-aprendizagem-industrial', { scope: 'regional', limit: 20 }, 'en');
		expect(regional.items.length).toBeGreaterThan(0);
		for (const item of regional.items) expect(item.actor.country === 'BR' || item.actor.region === 'americas').toBe(true);
		const international = await matchesForActor(db(), null, 'packaging-cluster', { scope: 'international', limit: 20 }, 'en');
		expect(international.items.length).toBeGreaterThan(0);
		for (const item of international.items) {
			expect(item.actor.country).not.toBe('ES');
			expect(item.actor.country).not.toBeNull();
		}
		expect(international.items.some((item) => item.reasons.some((reason) => reason.code === 'other_country'))).toBe(true);
	});

	it('writes reasons in the reader’s language', async () => {
		const list = await matchesForActor(db(), null, 'packaging-cluster', { limit: 3 }, 'es');
		const texts = list.items.flatMap((item) => item.reasons.map((reason) => reason.text)).join(' | ');
		expect(texts).toMatch(/Ambos trabajan en/);
		const french = await matchesForActor(db(), null, 'packaging-cluster', { limit: 3 }, 'fr');
		expect(french.items[0].reasons.map((reason) => reason.text).join(' ')).toMatch(/Tous deux/);
	});

	it('answers a Spanish or French idea with organisations working on the same concept', async () => {
		for (const text of ['Buscamos socios para aprendizaje dual de jóvenes', 'Nous cherchons des partenaires pour l’apprentissage des jeunes']) {
			const list = await suggestForIdea(db(), { text, limit: 5 }, 'en');
			expect(list.items.length).toBe(5);
			for (const item of list.items.slice(0, 3)) expect(item.actor.categories).toContain('1');
			expect(list.items[0].reasons.some((reason) => reason.code === 'shared_category' && /Work-based learning/.test(reason.text))).toBe(true);
		}
		const wanted = await suggestForIdea(db(), { text: 'a VET provider for digital skills training', limit: 5 }, 'en');
		expect(wanted.items[0].actor.type).toBe('vet-provider');
		expect(wanted.items[0].reasons[0].code).toBe('wanted_type');
	});

	it('still answers for an organisation with almost no data, and says so', async () => {
		await upsertActor(db(), { name: 'Tiny Newcomer Association', type: 'ngo', country: 'SN' });
		const list = await matchesForActor(db(), null, 'tiny-newcomer-association', { limit: 5 }, 'en');
		expect(list.items.length).toBe(5);
		expect(list.notes.map((note) => note.code)).toContain('little_data');
		for (const item of list.items) expect(item.reasons.map((reason) => reason.code)).toContain('little_data');
	});

	it('leaves drafts out of suggestions and hides a draft source from visitors', async () => {
		const draft = await upsertActor(db(), { name: 'Draft Apprenticeship Centre', type: 'vet-provider', country: 'BR', categories: ['1', '6'], targetGroups: ['youth'], status: 'draft' });
		const list = await matchesForActor(db(), null, 'senai-servico-nacional-de-aprendizagem-industrial', { limit: 50 }, 'en');
		expect(list.items.map((item) => item.actor.id)).not.toContain(draft.id);
		await expect(matchesForActor(db(), null, draft.id, {}, 'en')).rejects.toMatchObject({ code: 'not_found' });
		expect((await matchesForActor(db(), CURATOR, draft.id, { limit: 3 }, 'en')).items.length).toBe(3);
	});

	it('suggests organisations for a person of the roster, as far as the viewer may see the person', async () => {
		const visible = await createPerson(db(), CURATOR, { name: 'Rosa Mentor', categories: ['1', '2'], countries: ['PE'], languages: ['es'], visibility: 'public' });
		const list = await matchesForPerson(db(), null, visible.slug, { scope: 'regional', limit: 5 }, 'en');
		expect(list.items.length).toBeGreaterThan(0);
		for (const item of list.items) expect(item.actor.region).toBe('americas');
		// An organisation already connected with the person (an accepted request) is not suggested again.
		const top = list.items[0].actor.id;
		await db().insertInto('connection_request').values({ kind: 'mentoring', status: 'accepted', requester_id: CURATOR.id, from_actor_id: top, to_person_id: visible.id, categories: ['1'] }).execute();
		const again = await matchesForPerson(db(), null, visible.slug, { scope: 'regional', limit: 5 }, 'en');
		expect(again.items.map((item) => item.actor.id)).not.toContain(top);
		const hidden = await createPerson(db(), CURATOR, { name: 'Quiet Expert', categories: ['4'], visibility: 'hidden' });
		await expect(matchesForPerson(db(), null, hidden.slug, {}, 'en')).rejects.toMatchObject({ code: 'not_found' });
	});

	it('gives the API shape of interfaces.md and never a contact', async () => {
		const body = toApiMatches(await matchesForActor(db(), CURATOR, 'packaging-cluster', { limit: 10 }, 'en'));
		expect(Object.keys(body.items[0]).sort()).toEqual(['actor', 'reasons', 'score']);
		expect(Object.keys(body.items[0].actor).sort()).toEqual(
			['categories', 'city', 'country', 'externalIds', 'id', 'languages', 'name', 'region', 'slug', 'targetGroups', 'type', 'website'].sort()
		);
		expect(Object.keys(body.items[0].reasons[0]).sort()).toEqual(['code', 'text']);
		expect(JSON.stringify(body)).not.toContain(SECRET);
	});

	it('refuses a bad scope or limit by name, and forgets a suggestion once the two are related', async () => {
		await expect(matchesForActor(db(), null, 'packaging-cluster', { scope: 'everywhere' as never }, 'en')).rejects.toSatisfy(
			(error: unknown) => error instanceof AppError && error.code === 'invalid_input' && /scope/.test(error.message)
		);
		await expect(matchesForActor(db(), null, 'packaging-cluster', { limit: 500 }, 'en')).rejects.toMatchObject({ code: 'invalid_input' });
		const before = await matchesForActor(db(), null, 'packaging-cluster', { limit: 5 }, 'en');
		const top = before.items[0].actor;
		const source = await db().selectFrom('actor').select('id').where('slug', '=', 'packaging-cluster').executeTakeFirstOrThrow();
		await upsertRelation(db(), { sourceId: source.id, targetId: top.id, type: 'collaborates-with' });
		const after = await matchesForActor(db(), null, 'packaging-cluster', { limit: 5 }, 'en');
		expect(after.items.map((item) => item.actor.id)).not.toContain(top.id);
	});

	it('sees new and changed organisations at the next request (only changed rows are read again)', async () => {
		const source = await db().selectFrom('actor').selectAll().where('slug', '=', 'packaging-cluster').executeTakeFirstOrThrow();
		const twin = await upsertActor(db(), {
			name: 'Packaging Skills Twin',
			type: 'university',
			country: source.country,
			languages: source.languages,
			categories: source.categories,
			targetGroups: source.target_groups,
			description: source.description
		});
		const first = await matchesForActor(db(), null, 'packaging-cluster', { limit: 5 }, 'en');
		expect(first.items.map((item) => item.actor.id)).toContain(twin.id);
		await upsertActor(db(), { name: 'Packaging Skills Twin Renamed', type: 'university' }, { id: twin.id });
		const second = await matchesForActor(db(), null, 'packaging-cluster', { limit: 5 }, 'en');
		expect(second.items.find((item) => item.actor.id === twin.id)?.actor.name).toBe('Packaging Skills Twin Renamed');
	});
});
