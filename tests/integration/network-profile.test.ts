/**
 * Actor profiles on each engine over the demo network: the profile read (relations both
 * ways, projects, resources, neighbourhood), edits with versions and audit, the claim
 * flow, the roster of people, and the contact-person rule everywhere a profile leaves
 * the server.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../helpers/db';
import { loadDemo } from '../../src/lib/server/demo';
import { createUser } from '../../src/lib/server/auth/service';
import { listAudit } from '../../src/lib/server/audit/service';
import { listNotifications } from '../../src/lib/server/notify/service';
import { upsertActor } from '../../src/lib/server/network/service';
import { searchActors } from '../../src/lib/server/network/directory';
import { toApiList } from '../../src/lib/server/network/api-docs';
import { actorExporter } from '../../src/lib/server/network/actor-io';
import {
	decideClaim,
	getActor,
	getActorForEdit,
	getActorProfilePage,
	listActorHistory,
	listPendingClaims,
	requestClaim,
	updateActorProfile
} from '../../src/lib/server/network/profile';
import { createProject } from '../../src/lib/server/network/projects';
import { createPerson, listPeople } from '../../src/lib/server/network/people';
import type { Role, SessionUser } from '../../src/lib/domain/user';
import { startServer, type RunningServer } from '../e2e/server';
import { failure } from '../helpers/fixtures';

const CONTACT_EMAIL = 'contact.person.secret@example.org';

describe.each(testEngines())('actor profiles on %s', (engine) => {
	let database: TestDatabase;
	const db = () => database.db;
	let member: SessionUser;
	let other: SessionUser;
	let curator: SessionUser;
	let slug: string;
	let actorId: string;

	async function account(email: string, role: Role): Promise<SessionUser> {
		const created = await createUser(db(), { email, password: 'a good long password', role, confirmed: true, locale: 'en', displayName: email.split('@')[0] });
		return { id: created.id, email, displayName: email.split('@')[0], role, locale: 'en', actorIds: [] };
	}

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await loadDemo(database.db);
		member = await account('member@atlas.test', 'member');
		other = await account('other@atlas.test', 'member');
		curator = await account('curator@atlas.test', 'curator');
		// The best connected demo actor, given a private contact person.
		const row = await db()
			.selectFrom('relation')
			.innerJoin('actor', 'actor.id', 'relation.source_id')
			.select(['actor.id', 'actor.slug', 'actor.name', 'actor.type'])
			.groupBy(['actor.id', 'actor.slug', 'actor.name', 'actor.type'])
			.orderBy((eb) => eb.fn.countAll(), 'desc')
			.limit(1)
			.executeTakeFirstOrThrow();
		slug = row.slug;
		actorId = row.id;
		await upsertActor(db(), { name: row.name, type: row.type, contact: { name: 'Ana Contact', email: CONTACT_EMAIL } }, { id: row.id });
	});
	afterAll(() => database.dispose());

	it('reads a profile with relations in both directions, neighbourhood and labels', async () => {
		const page = await getActorProfilePage(db(), null, slug, 'fr');
		expect(page.profile.slug).toBe(slug);
		expect(page.relations.length).toBeGreaterThan(0);
		expect(page.relations.some((relation) => relation.direction === 'out')).toBe(true);
		const neighbours = new Set(page.relations.map((relation) => relation.other.id));
		expect(page.neighbourhood.nodes.length + page.neighbourhood.hidden).toBe(neighbours.size);
		for (const node of page.neighbourhood.nodes) {
			expect(node.x).toBeGreaterThanOrEqual(0);
			expect(node.x).toBeLessThanOrEqual(page.neighbourhood.size);
		}
		expect(page.profile.labels.type).not.toBe('');
		expect(page.canEdit).toBe(false);
		expect(page.canClaim).toBe(false);
		const target = page.relations.find((relation) => relation.direction === 'out')!.other;
		const back = await getActorProfilePage(db(), null, target.slug, 'en');
		expect(back.relations.some((relation) => relation.direction === 'in' && relation.other.id === actorId)).toBe(true);
		expect((await getActor(db(), null, actorId)).slug).toBe(slug);
		expect((await failure(getActor(db(), null, 'no-such-actor'))).code).toBe('not_found');
	});

	it('lists the resources the actor published and its projects with partners', async () => {
		const published = await db()
			.selectFrom('resource')
			.innerJoin('actor', 'actor.id', 'resource.publisher_actor_id')
			.select(['actor.slug', 'resource.title'])
			.where('resource.status', '=', 'published')
			.executeTakeFirst();
		if (published) {
			const page = await getActorProfilePage(db(), null, published.slug, 'en');
			expect(page.resources.map((resource) => resource.title)).toContain(published.title);
		}
		const partner = (await getActorProfilePage(db(), null, slug)).relations[0].other;
		expect((await failure(createProject(db(), member, { name: 'Nope' }))).code).toBe('forbidden');
		await createProject(db(), curator, {
			name: 'Joint skills agenda',
			startYear: 2022,
			endYear: 2025,
			fundingProgramme: 'Erasmus+',
			categories: ['5'],
			typologyCell: 'international-high',
			partners: [
				{ actorId, role: 'lead' },
				{ actorId: partner.id, role: 'partner' }
			]
		});
		const page = await getActorProfilePage(db(), null, slug, 'es');
		expect(page.projects).toHaveLength(1);
		expect(page.projects[0].partners.map((item) => item.role)).toEqual(['lead', 'partner']);
		expect(page.projects[0].typologyCell?.label).toBeTruthy();
		const audit = await listAudit(db(), { action: 'project.created' });
		expect(audit.items).toHaveLength(1);
	});

	it('a member claims the profile, a curator approves: the member edits, each change is a version', async () => {
		expect((await getActorProfilePage(db(), member, slug)).canClaim).toBe(true);
		expect((await failure(updateActorProfile(db(), member, slug, { city: 'Nowhere' }))).code).toBe('not_found');
		await requestClaim(db(), member, slug, 'I run its skills unit.');
		expect((await failure(requestClaim(db(), member, slug, 'again'))).code).toBe('conflict');
		expect((await getActorProfilePage(db(), member, slug)).claimPending).toBe(true);
		expect((await failure(listPendingClaims(db(), member))).code).toBe('forbidden');
		const [claim] = await listPendingClaims(db(), curator);
		expect(claim.actor.slug).toBe(slug);
		expect((await failure(decideClaim(db(), member, claim.id, 'approve'))).code).toBe('forbidden');
		await decideClaim(db(), curator, claim.id, 'approve', 'Welcome.');
		expect((await failure(decideClaim(db(), curator, claim.id, 'reject'))).code).toBe('conflict');
		const notices = await listNotifications(db(), member);
		expect(notices.items[0].kind).toBe('network.claim_approved');
		expect(notices.items[0].link).toBe(`/actors/${slug}`);
		expect((await listAudit(db(), { action: 'actor_claim.approved' })).items).toHaveLength(1);
		expect((await listAudit(db(), { action: 'actor_member.added' })).items[0].userId).toBe(curator.id);

		const page = await getActorProfilePage(db(), member, slug);
		expect(page.canEdit).toBe(true);
		const first = await updateActorProfile(db(), member, slug, { city: 'Zaragoza', description: { en: 'Edited <b>text</b>' } }, { note: 'city' });
		expect(first.version).toBeGreaterThan(1);
		const unchanged = await updateActorProfile(db(), member, slug, { city: 'Zaragoza' });
		expect(unchanged.version).toBeNull();
		expect((await failure(updateActorProfile(db(), member, slug, { status: 'draft' }))).code).toBe('forbidden');
		expect((await failure(updateActorProfile(db(), member, slug, { website: 'javascript:alert(1)' }))).code).toBe('invalid_input');
		const second = await updateActorProfile(db(), curator, slug, { status: 'draft', memberCount: 120 });
		expect(second.version).toBe(first.version! + 1);
		const history = await listActorHistory(db(), member, slug);
		expect(history.entries.map((entry) => entry.version)).toEqual([second.version, first.version]);
		expect(history.entries[0].changedFields).toEqual(expect.arrayContaining(['status', 'member_count']));
		expect(history.entries[1].note).toBe('city');
		expect((await failure(listActorHistory(db(), other, slug))).code).toBe('not_found');
		// A draft is hidden from visitors and other members, seen by its managers.
		expect((await failure(getActorProfilePage(db(), null, slug))).code).toBe('not_found');
		expect((await failure(getActorProfilePage(db(), other, slug))).code).toBe('not_found');
		expect((await getActorForEdit(db(), member, slug)).status).toBe('draft');
		await updateActorProfile(db(), curator, slug, { status: 'published' });
		expect((await listAudit(db(), { action: 'actor.updated' })).items.length).toBe(3);
	});

	it('a rejected claim is audited and the member is told', async () => {
		await requestClaim(db(), other, slug, '');
		const [claim] = await listPendingClaims(db(), curator);
		await decideClaim(db(), curator, claim.id, 'reject', 'Not your organisation.');
		expect((await listNotifications(db(), other)).items[0].kind).toBe('network.claim_rejected');
		expect((await listAudit(db(), { action: 'actor_claim.rejected' })).items).toHaveLength(1);
		expect((await getActorProfilePage(db(), other, slug)).canEdit).toBe(false);
	});

	it('shows the roster of people as each consented', async () => {
		// Members may add only themselves (network-create.test.ts); visitors nobody.
		expect((await failure(createPerson(db(), null, { name: 'X' }))).code).toBe('unauthenticated');
		await createPerson(db(), curator, { name: 'Public Expert', visibility: 'public', categories: ['1'], availableMentoring: true, contact: 'public.expert@example.org' });
		await createPerson(db(), curator, { name: 'Members Expert', visibility: 'members', languages: ['es'], countries: ['SN'] });
		await createPerson(db(), curator, { name: 'Hidden Expert', visibility: 'hidden' });
		const names = async (viewer: SessionUser | null, filters = {}) => (await listPeople(db(), viewer, filters)).items.map((person) => person.name);
		expect(await names(null)).toEqual(['Public Expert']);
		expect(await names(member)).toEqual(['Members Expert', 'Public Expert']);
		expect(await names(curator)).toEqual(['Hidden Expert', 'Members Expert', 'Public Expert']);
		expect(await names(member, { availability: ['mentoring'] })).toEqual(['Public Expert']);
		expect((await listPeople(db(), null)).items[0].contact).toBeNull();
		// A person's contact reaches curators, the linked account and accepted connections (connections.test.ts), not plain members.
		expect((await listPeople(db(), member)).items[1].contact).toBeNull();
		expect((await listPeople(db(), curator)).items.find((person) => person.name === 'Public Expert')?.contact).toBe('public.expert@example.org');
	});

	it('never lets the contact person out to visitors: profile, API, directory, exports', async () => {
		const leaks = (value: unknown) => JSON.stringify(value).includes(CONTACT_EMAIL);
		const outputs: [string, unknown][] = [
			['profile page', await getActorProfilePage(db(), null, slug)],
			['api one', await getActor(db(), null, actorId)],
			['api list', toApiList(await searchActors(db(), { q: CONTACT_EMAIL.split('@')[0] }))],
			['directory', await searchActors(db(), { perPage: 100 })],
			['export csv', (await actorExporter.export(db(), 'csv', {})).body],
			['export json', (await actorExporter.export(db(), 'json', {})).body],
			['export all csv', (await actorExporter.export(db(), 'csv')).body],
			['export all json', (await actorExporter.export(db(), 'json')).body],
			['people', await listPeople(db(), null)]
		];
		for (const [where, output] of outputs) expect(leaks(output), where).toBe(false);
		// Plain signed-in members do not see it either (decision record 0005), curators do; once the actor makes it public, visitors do too.
		expect((await getActorProfilePage(db(), other, slug)).profile.contact).toBeNull();
		expect((await getActorProfilePage(db(), curator, slug)).profile.contact?.email).toBe(CONTACT_EMAIL);
		await updateActorProfile(db(), curator, slug, { contactPublic: true });
		expect((await getActor(db(), null, slug)).contact?.email).toBe(CONTACT_EMAIL);
		expect(leaks(toApiList(await searchActors(db(), { perPage: 100 })))).toBe(false);
		await updateActorProfile(db(), curator, slug, { contactPublic: false });
		expect((await getActor(db(), null, slug)).contact).toBeNull();
	});
});

/**
 * The same rule over HTTP against the built server: a manager's PATCH gives a demo actor
 * a private contact person; no page, endpoint or export a visitor can reach shows it.
 */
describe.each(testEngines())('contact person over HTTP on %s', (engine) => {
	let server: RunningServer;
	let cookie = '';
	const slug = 'packaging-cluster';
	const secret = 'private.contact.http@example.org';

	beforeAll(async () => {
		server = await startServer({ engine });
		const signIn = await fetch(`${server.url}/sign-in?/signIn`, {
			method: 'POST',
			redirect: 'manual',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url },
			body: new URLSearchParams({ email: server.admin!.email, password: server.admin!.password })
		});
		cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0];
	});
	afterAll(() => server?.stop());

	it('a curator PATCHes the contact; visitors never see it, signed-in members do', async () => {
		expect(cookie).toMatch(/^atlas_session=/);
		const patch = await fetch(`${server.url}/api/v1/actors/${slug}`, {
			method: 'PATCH',
			headers: { 'content-type': 'application/json', cookie, origin: server.url },
			body: JSON.stringify({ contact: { name: 'Private Person', email: secret }, otherNames: ['<script>alert(1)</script>'], note: 'contact' })
		});
		expect(patch.status).toBe(200);
		const patched = await patch.json();
		expect(patched.contact.email).toBe(secret);
		const id = patched.id as string;
		const paths = [
			'/actors',
			`/actors?q=${encodeURIComponent('packaging')}`,
			`/actors/${slug}`,
			`/es/actors/${slug}`,
			'/api/v1/actors?perPage=100',
			`/api/v1/actors/${slug}`,
			`/api/v1/actors/${id}`,
			'/actors/export?format=csv',
			'/actors/export?format=json&country=ES',
			'/people'
		];
		for (const path of paths) {
			const response = await fetch(server.url + path);
			expect(response.status, path).toBe(200);
			const body = await response.text();
			expect(body.includes(secret), path).toBe(false);
			// In HTML the script is text; JSON and CSV carry the data as it is (not executable there).
			if ((response.headers.get('content-type') ?? '').includes('text/html')) expect(body.includes('<script>alert(1)</script>'), path).toBe(false);
		}
		const profile = await (await fetch(`${server.url}/actors/${slug}`, { headers: { cookie } })).text();
		expect(profile).toContain(secret);
		expect(profile).toContain('&lt;script>alert(1)&lt;/script>');
		const history = await fetch(`${server.url}/actors/${slug}/history`, { redirect: 'manual' });
		expect(history.status).toBe(303);
	});
});
