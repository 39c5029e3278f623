/**
 * Creating organisations, people and projects, on each engine over the demo network:
 * curators publish at once; a member's own organisation waits as a draft with a claim
 * that curators approve; visitors are refused; duplicates by name or website are offered
 * before a second profile is made; every create leaves a first version and an audit entry.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../helpers/db';
import { loadDemo } from '../../src/lib/server/demo';
import { createUser } from '../../src/lib/server/auth/service';
import { listAudit } from '../../src/lib/server/audit/service';
import { createActorProfile, findPossibleDuplicates, websiteKey } from '../../src/lib/server/network/actor-create';
import { decideClaim, getActorProfilePage, listActorHistory, listPendingClaims } from '../../src/lib/server/network/profile';
import { createPerson, listPeople } from '../../src/lib/server/network/people';
import { createProject, getProject, listProjects } from '../../src/lib/server/network/projects';
import type { Role, SessionUser } from '../../src/lib/domain/user';
import { failure } from '../helpers/fixtures';

describe.each(testEngines())('creating network records on %s', (engine) => {
	let database: TestDatabase;
	const db = () => database.db;
	let member: SessionUser;
	let curator: SessionUser;

	async function account(email: string, role: Role): Promise<SessionUser> {
		const created = await createUser(db(), { email, password: 'a good long password', role, confirmed: true, locale: 'en', displayName: email.split('@')[0] });
		return { id: created.id, email, displayName: email.split('@')[0], role, locale: 'en', actorIds: [] };
	}

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await loadDemo(database.db);
		member = await account('member@atlas.test', 'member');
		curator = await account('curator@atlas.test', 'curator');
	});
	afterAll(() => database.dispose());

	it('a curator publishes a new organisation at once, with its first version and an audit entry; country by name', async () => {
		const outcome = await createActorProfile(db(), curator, { name: 'Bilbao Skills Lab <script>alert(1)</script>', type: 'vet-provider', country: 'Espagne', categories: ['Work-based learning', '6'] });
		expect(outcome).toMatchObject({ kind: 'created', status: 'published', claimId: null });
		if (outcome.kind !== 'created') throw new Error('not created');
		const page = await getActorProfilePage(db(), null, outcome.slug, 'en');
		expect(page.profile.name).toBe('Bilbao Skills Lab <script>alert(1)</script>');
		expect(page.profile.country).toBe('ES');
		expect(page.profile.region).toBe('europe-central-asia');
		expect(page.profile.categories).toEqual(['1', '6']);
		const history = await listActorHistory(db(), curator, outcome.slug);
		expect(history.entries.map((entry) => entry.changeKind)).toEqual(['create']);
		const audit = await listAudit(db(), { action: 'actor.created' });
		expect(audit.items.some((entry) => entry.targetId === outcome.id)).toBe(true);
	});

	it('refuses visitors and reports bad fields by name', async () => {
		expect((await failure(createActorProfile(db(), null, { name: 'Nobody', type: 'ngo' }))).code).toBe('unauthenticated');
		const unknownCountry = await failure(createActorProfile(db(), curator, { name: 'Somewhere Org', type: 'ngo', country: 'Atlantis' }));
		expect(unknownCountry.fields).toHaveProperty('country');
		const noName = await failure(createActorProfile(db(), curator, { name: ' ', type: 'ngo' }));
		expect(noName.fields).toHaveProperty('name');
		const badType = await failure(createActorProfile(db(), curator, { name: 'Typeless', type: 'spaceship' }));
		expect(badType.fields).toHaveProperty('type');
		expect((await failure(createPerson(db(), null, { name: 'Ghost' }))).code).toBe('unauthenticated');
		expect((await failure(createProject(db(), null, { name: 'Ghost project' }))).code).toBe('unauthenticated');
	});

	it("a member's own organisation is a draft with a pending claim; approval makes them its manager", async () => {
		const outcome = await createActorProfile(db(), member, { name: 'Porto Tooling Academy', type: 'vet-provider', country: 'PT', website: 'www.porto-tooling.example' }, { message: 'I run its training unit.' });
		expect(outcome).toMatchObject({ kind: 'created', status: 'draft' });
		if (outcome.kind !== 'created') throw new Error('not created');
		expect(outcome.claimId).not.toBeNull();
		// Not public, and not the member's to manage before a curator approves.
		expect((await failure(getActorProfilePage(db(), null, outcome.slug))).code).toBe('not_found');
		expect((await failure(getActorProfilePage(db(), member, outcome.slug))).code).toBe('not_found');
		const claims = await listPendingClaims(db(), curator);
		const claim = claims.find((entry) => entry.actor.id === outcome.id);
		expect(claim).toMatchObject({ message: 'I run its training unit.', user: { id: member.id } });
		await decideClaim(db(), curator, claim!.id, 'approve');
		// Approval makes the member its manager and publishes the new profile.
		const page = await getActorProfilePage(db(), member, outcome.slug);
		expect(page.canEdit).toBe(true);
		expect(page.profile.status).toBe('published');
		expect((await getActorProfilePage(db(), null, outcome.slug)).profile.name).toBe('Porto Tooling Academy');
		const history = await listActorHistory(db(), member, outcome.slug);
		expect(history.entries.map((entry) => entry.changeKind)).toEqual(['claim_approved', 'create']);
		expect(history.entries[1]).toMatchObject({ changeKind: 'create', changedBy: 'member' });
	});

	it('offers existing organisations with the same name or website before creating a second one, unless confirmed', async () => {
		const [demo] = await db().selectFrom('actor').select(['name', 'website', 'slug']).where('status', '=', 'published').where('website', '<>', '').orderBy('name').limit(1).execute();
		const byName = await createActorProfile(db(), member, { name: demo.name.toUpperCase(), type: 'ngo' });
		expect(byName.kind).toBe('duplicates');
		if (byName.kind === 'duplicates') expect(byName.duplicates.map((entry) => [entry.slug, entry.reason])).toEqual([[demo.slug, 'name']]);
		const byWebsite = await createActorProfile(db(), curator, { name: 'Quite Another Name', type: 'ngo', website: demo.website.replace(/^https?:\/\//, 'http://').replace(/\/?$/, '/') });
		expect(byWebsite.kind).toBe('duplicates');
		if (byWebsite.kind === 'duplicates') expect(byWebsite.duplicates[0]).toMatchObject({ slug: demo.slug, reason: 'website' });
		// Drafts are not offered to members (they cannot see them), but curators see them.
		const waiting = await createActorProfile(db(), member, { name: 'Braga Welding School', type: 'vet-provider', country: 'PT' });
		expect(waiting).toMatchObject({ kind: 'created', status: 'draft' });
		expect(await findPossibleDuplicates(db(), member, 'Braga Welding School', '')).toEqual([]);
		expect((await findPossibleDuplicates(db(), curator, 'braga welding school', '')).map((entry) => entry.status)).toEqual(['draft']);
		const confirmed = await createActorProfile(db(), curator, { name: demo.name, type: 'university', city: 'Elsewhere' }, { confirmDistinct: true });
		expect(confirmed).toMatchObject({ kind: 'created', status: 'published' });
		if (confirmed.kind === 'created') expect(confirmed.slug).not.toBe(demo.slug);
		const same = await db().selectFrom('actor').select('id').where('name', '=', demo.name).execute();
		expect(same).toHaveLength(2);
		expect(websiteKey('HTTPS://www.Example.org/path/')).toBe('example.org/path');
	});

	it('curators add anyone to the roster; a member adds themselves once, linked to their account, with the visibility they choose', async () => {
		const byCurator = await createPerson(db(), curator, { name: 'Ana Expert', visibility: 'public', categories: ['1'] });
		expect(byCurator.slug).toBe('ana-expert');
		const self = await createPerson(db(), member, { name: 'Member Myself', visibility: 'hidden', userId: curator.id, availableMentoring: true });
		const row = await db().selectFrom('person').selectAll().where('id', '=', self.id).executeTakeFirstOrThrow();
		expect(row.user_id).toBe(member.id);
		expect(row.visibility).toBe('hidden');
		expect((await failure(createPerson(db(), member, { name: 'Member Again' }))).code).toBe('conflict');
		// Hidden: the member still sees their own entry, visitors do not.
		expect((await listPeople(db(), member)).items.map((person) => person.name)).toContain('Member Myself');
		expect((await listPeople(db(), null)).items.map((person) => person.name)).not.toContain('Member Myself');
		const audit = await listAudit(db(), { action: 'person.created' });
		expect(audit.items.filter((entry) => entry.targetId === self.id)).toHaveLength(1);
	});

	it('projects: curators and managers of the lead organisation create them; the list filters by category and cell', async () => {
		const actors = await db().selectFrom('actor').select(['id', 'slug']).where('status', '=', 'published').orderBy('name').limit(3).execute();
		const managed = await db().selectFrom('actor').select(['id', 'slug']).where('name', '=', 'Porto Tooling Academy').executeTakeFirstOrThrow();
		const refused = await failure(createProject(db(), member, { name: 'Not mine', partners: [{ actorId: actors[0].id, role: 'lead' }, { actorId: managed.id, role: 'partner' }] }));
		expect(refused.code).toBe('forbidden');
		const mine = await createProject(db(), member, {
			name: 'Tooling Mini MBA',
			startYear: 2024,
			endYear: 2026,
			fundingProgramme: 'Erasmus+',
			categories: ['6'],
			typologyCell: 'international-high',
			partners: [{ actorId: managed.id, role: 'lead' }, { actorId: actors[1].id, role: 'partner' }]
		});
		const byCurator = await createProject(db(), curator, { name: 'Regional Skills Pact', categories: ['5'], typologyCell: 'regional-high', partners: [{ actorId: actors[2].id, role: 'lead' }] });
		const project = await getProject(db(), mine.slug, 'es');
		expect(project).toMatchObject({ name: 'Tooling Mini MBA', startYear: 2024, endYear: 2026, fundingProgramme: 'Erasmus+', typologyCell: { value: 'international-high' } });
		expect(project.typologyCell!.label).toMatch(/internacional/i);
		// The lead was published when its claim was approved: both partners are shown.
		expect(project.partners.map((partner) => [partner.slug, partner.role])).toEqual([
			[managed.slug, 'lead'],
			[actors[1].slug, 'partner']
		]);
		const training = await listProjects(db(), { category: ['Training delivery'] });
		expect(training.items.map((item) => item.slug)).toContain(mine.slug);
		expect(training.items.map((item) => item.slug)).not.toContain(byCurator.slug);
		const cell = await listProjects(db(), { cell: ['regional-high'] });
		expect(cell.items.map((item) => item.slug)).toContain(byCurator.slug);
		expect(cell.items.map((item) => item.slug)).toContain('as-fabrik-advanced-services-for-industry-in-bilbao');
		expect(cell.items.map((item) => item.slug)).not.toContain(mine.slug);
		for (const item of cell.items) expect(item.typologyCell?.value).toBe('regional-high');
		expect((await failure(getProject(db(), 'no-such-project'))).code).toBe('not_found');
		const audit = await listAudit(db(), { action: 'project.created' });
		expect(audit.items.filter((entry) => [mine.id, byCurator.id].includes(entry.targetId ?? ''))).toHaveLength(2);
	});
});
