import { describe, it, expect, afterAll, beforeAll } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../helpers/db';
import {
	addActorMember,
	addActorMemberBySlug,
	authenticateApiToken,
	createApiToken,
	createSession,
	createUser,
	disableUser,
	enableUser,
	listAllApiTokens,
	listApiTokens,
	listUsers,
	removeActorMember,
	revokeApiToken,
	resumeSession,
	setRole,
	signIn
} from '../../src/lib/server/auth/service';
import { ensureFirstAdmin, FIRST_ADMIN_EMAIL } from '../../src/lib/server/auth/bootstrap';
import { authenticateRequest, requireRole, requireUser, safeNextPath, SESSION_COOKIE } from '../../src/lib/server/auth/request';
import { AuthError } from '../../src/lib/server/auth/errors';
import { listAudit } from '../../src/lib/server/audit/service';
import type { Role, SessionUser } from '../../src/lib/domain/user';

async function caught(promise: Promise<unknown>): Promise<AuthError> {
	try {
		await promise;
	} catch (error) {
		return error as AuthError;
	}
	throw new Error('expected the call to fail');
}

/** A minimal request event: headers and a cookie jar. */
function fakeEvent(options: { authorization?: string; cookie?: string }) {
	const jar = new Map<string, string>(options.cookie ? [[SESSION_COOKIE, options.cookie]] : []);
	const headers = new Headers(options.authorization ? { authorization: options.authorization } : {});
	return {
		jar,
		event: {
			request: new Request('https://atlas.test/account', { headers }),
			url: new URL('https://atlas.test/account'),
			cookies: {
				get: (name: string) => jar.get(name),
				set: (name: string, value: string) => void jar.set(name, value),
				delete: (name: string) => void jar.delete(name)
			}
		} as unknown as Parameters<typeof authenticateRequest>[1]
	};
}

describe.each(testEngines())('roles, tokens and memberships on %s', (engine) => {
	let database: TestDatabase;
	const db = () => database.db;
	let admin: SessionUser;
	let member: SessionUser;

	async function account(email: string, role: Role): Promise<SessionUser> {
		await createUser(db(), { email, password: 'a good long password', role, confirmed: true });
		return signIn(db(), { email, password: 'a good long password' }, { ip: '198.51.100.1', sleep: async () => {} });
	}

	beforeAll(async () => {
		database = await createTestDatabase(engine);
	});
	afterAll(() => database?.dispose());

	it('creates the first admin once, confirmed, and only while no admin exists', async () => {
		const first = await ensureFirstAdmin(db());
		expect(first?.email).toBe(FIRST_ADMIN_EMAIL);
		expect(first?.password).toMatch(/^[A-Za-z0-9]{20}$/);
		expect(await ensureFirstAdmin(db())).toBeNull();
		const admins = await db().selectFrom('app_user').select(['email', 'email_confirmed_at']).where('role', '=', 'admin').execute();
		expect(admins).toHaveLength(1);
		expect(admins[0].email_confirmed_at).not.toBeNull();
		admin = await signIn(db(), { email: first!.email, password: first!.password }, { ip: '198.51.100.1', sleep: async () => {} });
		expect(admin.role).toBe('admin');
		member = await account('member@example.org', 'member');
	});

	it('refuses a second account with the same address, whatever the case', async () => {
		const error = await caught(createUser(db(), { email: 'MEMBER@example.org', password: 'another long one', role: 'member', confirmed: true }));
		expect(error.reason).toBe('email_taken');
	});

	it('creates, authenticates, lists and revokes API tokens', async () => {
		const { token, info } = await createApiToken(db(), member.id, 'import script');
		expect(token).toMatch(/^atl_[A-Za-z0-9]{40}$/);
		expect(info.prefix).toBe(token.slice(0, 8));
		const row = await db().selectFrom('api_token').selectAll().where('id', '=', info.id).executeTakeFirstOrThrow();
		expect(row.token_hash).not.toContain(token);
		expect(row.last_used_at).toBeNull();

		expect((await authenticateApiToken(db(), token))?.id).toBe(member.id);
		const used = await db().selectFrom('api_token').select('last_used_at').where('id', '=', info.id).executeTakeFirstOrThrow();
		expect(used.last_used_at).not.toBeNull();
		// Within a minute the use is not written again.
		await authenticateApiToken(db(), token);
		const again = await db().selectFrom('api_token').select('last_used_at').where('id', '=', info.id).executeTakeFirstOrThrow();
		expect(again.last_used_at?.getTime()).toBe(used.last_used_at?.getTime());
		const old = new Date(Date.now() - 5 * 60 * 1000);
		await db().updateTable('api_token').set({ last_used_at: old }).where('id', '=', info.id).execute();
		await authenticateApiToken(db(), token);
		const later = await db().selectFrom('api_token').select('last_used_at').where('id', '=', info.id).executeTakeFirstOrThrow();
		expect(later.last_used_at!.getTime()).toBeGreaterThan(old.getTime());

		expect((await listApiTokens(db(), member.id)).map((t) => t.name)).toEqual(['import script']);
		expect(await authenticateApiToken(db(), 'atl_' + 'x'.repeat(40))).toBeNull();
		expect(await authenticateApiToken(db(), 'garbage')).toBeNull();

		// Someone else's token looks missing to a member; its owner revokes it.
		const stranger = await account('stranger@example.org', 'member');
		expect((await caught(revokeApiToken(db(), stranger, info.id))).reason).toBe('api_token_not_found');
		await revokeApiToken(db(), member, info.id);
		expect(await authenticateApiToken(db(), token)).toBeNull();
		expect((await listApiTokens(db(), member.id))[0].revokedAt).not.toBeNull();
	});

	it('lets an admin revoke anyone’s token, with an audit entry', async () => {
		const { token, info } = await createApiToken(db(), member.id, 'leaked');
		expect((await caught(listAllApiTokens(db(), member))).reason).toBe('not_allowed');
		const all = await listAllApiTokens(db(), admin);
		expect(all.items.some((t) => t.id === info.id && t.userEmail === 'member@example.org')).toBe(true);
		await revokeApiToken(db(), admin, info.id, { ip: '203.0.113.9' });
		expect(await authenticateApiToken(db(), token)).toBeNull();
		const audit = await listAudit(db(), { action: 'api_token.revoked' });
		expect(audit.items[0]).toMatchObject({ userEmail: FIRST_ADMIN_EMAIL, targetId: info.id, ip: '203.0.113.9' });
	});

	it('audits role changes and lets only admins make them', async () => {
		expect((await caught(setRole(db(), member, member.id, 'admin'))).reason).toBe('not_allowed');
		const curator = await account('curator@example.org', 'member');
		const changed = await setRole(db(), admin, curator.id, 'curator', { ip: '203.0.113.1' });
		expect(changed.role).toBe('curator');
		const audit = await listAudit(db(), { action: 'user.role_changed' });
		expect(audit.items[0]).toMatchObject({ userId: admin.id, targetType: 'user', targetId: curator.id, ip: '203.0.113.1' });
		expect(audit.items[0].details).toMatchObject({ from: 'member', to: 'curator' });
		expect((await listAudit(db(), { action: 'user.*' })).total).toBeGreaterThanOrEqual(1);
	});

	it('never demotes or disables the last active admin', async () => {
		expect((await caught(setRole(db(), admin, admin.id, 'member'))).reason).toBe('last_admin');
		expect((await caught(disableUser(db(), admin, admin.id))).reason).toBe('self_disable');
		const second = await account('second-admin@example.org', 'admin');
		await setRole(db(), second, admin.id, 'curator');
		expect((await caught(setRole(db(), second, second.id, 'member'))).reason).toBe('last_admin');
		await setRole(db(), second, admin.id, 'admin');
		admin = { ...admin, role: 'admin' };
		await setRole(db(), admin, second.id, 'member');
		const admins = await db().selectFrom('app_user').select('id').where('role', '=', 'admin').execute();
		expect(admins).toHaveLength(1);
	});

	it('disables an account: sessions end, tokens stop, sign-in refused; enabling restores', async () => {
		const target = await account('to-disable@example.org', 'member');
		const session = await createSession(db(), target.id);
		const { token } = await createApiToken(db(), target.id, 'cli');
		await disableUser(db(), admin, target.id);
		expect(await resumeSession(db(), session.token)).toBeNull();
		expect(await authenticateApiToken(db(), token)).toBeNull();
		const refused = await caught(signIn(db(), { email: target.email, password: 'a good long password' }, { sleep: async () => {} }));
		expect(refused.reason).toBe('disabled');
		await enableUser(db(), admin, target.id);
		expect((await authenticateApiToken(db(), token))?.id).toBe(target.id);
		const actions = (await listAudit(db(), {})).items.filter((entry) => entry.targetId === target.id).map((entry) => entry.action);
		expect(actions).toEqual(expect.arrayContaining(['user.disabled', 'user.enabled']));
	});

	it('lists and searches accounts', async () => {
		const result = await listUsers(db(), { q: 'MEMBER@' });
		expect(result.items.map((u) => u.email)).toEqual(['member@example.org']);
		expect((await listUsers(db(), { q: '%' })).total).toBe(0);
		expect((await listUsers(db(), {})).total).toBeGreaterThan(4);
	});

	it('links accounts to organisations, fills actorIds and audits the changes', async () => {
		const actor = await db()
			.insertInto('actor')
			.values({ slug: 'skills-lab', type: 'ngo', name: 'Skills Lab', description: '{}', external_ids: '{}', extra: '{}' })
			.returning('id')
			.executeTakeFirstOrThrow();
		expect((await caught(addActorMemberBySlug(db(), 'skills-lab', member.id, { by: member }))).reason).toBe('not_allowed');
		expect((await caught(addActorMemberBySlug(db(), 'no-such-actor', member.id, { by: admin }))).reason).toBe('actor_not_found');
		expect(await addActorMemberBySlug(db(), 'skills-lab', member.id, { by: admin })).toBe(true);
		expect(await addActorMember(db(), actor.id, member.id, { by: admin })).toBe(false);

		const session = await createSession(db(), member.id);
		expect((await resumeSession(db(), session.token))?.user.actorIds).toEqual([actor.id]);
		expect(await removeActorMember(db(), actor.id, member.id, { by: admin })).toBe(true);
		expect((await resumeSession(db(), session.token))?.user.actorIds).toEqual([]);
		const actions = (await listAudit(db(), {})).items.filter((entry) => entry.targetId === actor.id).map((entry) => entry.action);
		expect(actions).toEqual(['actor_member.removed', 'actor_member.added']);
	});

	it('authenticates requests by bearer token or session cookie', async () => {
		const { token } = await createApiToken(db(), member.id, 'request test');
		const byToken = await authenticateRequest(db(), fakeEvent({ authorization: `Bearer ${token}` }).event);
		expect(byToken).toMatchObject({ via: 'token', sessionId: null, user: { id: member.id } });
		const badToken = await authenticateRequest(db(), fakeEvent({ authorization: 'Bearer atl_nope' }).event);
		expect(badToken).toEqual({ user: null, sessionId: null, via: null });

		const session = await createSession(db(), member.id);
		const byCookie = await authenticateRequest(db(), fakeEvent({ cookie: session.token }).event);
		expect(byCookie).toMatchObject({ via: 'session', sessionId: session.id, user: { id: member.id } });

		const stale = fakeEvent({ cookie: 'A'.repeat(43) });
		expect((await authenticateRequest(db(), stale.event)).user).toBeNull();
		expect(stale.jar.has(SESSION_COOKIE)).toBe(false);

		const locals = { user: null } as unknown as App.Locals;
		expect(() => requireUser(locals)).toThrow(expect.objectContaining({ code: 'unauthenticated' }));
		expect(() => requireRole({ user: member } as unknown as App.Locals, 'admin')).toThrow(expect.objectContaining({ code: 'forbidden' }));
	});
});

describe('next paths after sign-in', () => {
	it('accepts same-site relative paths only', () => {
		expect(safeNextPath('/account?tab=1')).toBe('/account?tab=1');
		expect(safeNextPath('/es/account')).toBe('/es/account');
		for (const hostile of ['https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)', 'account', '/%0d%0aSet-Cookie:x', '\u0000/']) {
			expect(safeNextPath(hostile, '/')).toBe(hostile === '/%0d%0aSet-Cookie:x' ? hostile : '/');
		}
		expect(safeNextPath(null, '/home')).toBe('/home');
	});
});
