import { describe, it, expect, afterAll, beforeAll } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../helpers/db';
import {
	changePassword,
	confirmEmail,
	confirmTokenIsUsable,
	createSession,
	createUser,
	requestPasswordReset,
	resendConfirmation,
	resetPassword,
	resetTokenIsUsable,
	resumeSession,
	signIn,
	signOut,
	signUp
} from '../../src/lib/server/auth/service';
import { AuthError } from '../../src/lib/server/auth/errors';
import { AppError } from '../../src/lib/server/errors';
import { queueMail } from '../../src/lib/server/mail/service';
import { countUserSessions, findUserByEmail } from '../../src/lib/server/auth/queries';

const ORIGIN = 'http://atlas.test';
const noWait = async () => {};

let ipCounter = 0;
/** A fresh client address per test, so rate limits of one test do not touch another. */
const freshIp = () => `192.0.2.${++ipCounter}`;

async function caught(promise: Promise<unknown>): Promise<Error> {
	try {
		await promise;
	} catch (error) {
		return error as Error;
	}
	throw new Error('expected the call to fail');
}

describe.each(testEngines())('accounts on %s', (engine) => {
	let database: TestDatabase;
	const db = () => database.db;

	beforeAll(async () => {
		database = await createTestDatabase(engine);
	});
	afterAll(() => database?.dispose());

	async function mailsTo(address: string) {
		return db().selectFrom('mail_outbox').selectAll().where('to_address', '=', address).orderBy('id').execute();
	}

	async function lastLinkTo(address: string, path: 'confirm' | 'reset-password') {
		const mails = await mailsTo(address);
		const text = mails.at(-1)?.body_text ?? '';
		const match = new RegExp(`(${ORIGIN}/(?:[a-z]{2}/)?${path}/([A-Za-z0-9_-]{43}))`).exec(text);
		if (!match) throw new Error(`no ${path} link in the last mail to ${address}: ${text}`);
		return { link: match[1], token: match[2] };
	}

	async function confirmedUser(email: string, password = 'a good long password') {
		await createUser(db(), { email, password, role: 'member', confirmed: true, displayName: email.split('@')[0] });
		return { email, password };
	}

	it('signs up, confirms through the mailed link, then signs in', async () => {
		const ip = freshIp();
		await signUp(db(), { email: ' Ada@Example.org ', password: 'analytical engine', displayName: 'Ada', locale: 'en' }, { origin: ORIGIN, ip });
		const mails = await mailsTo('ada@example.org');
		expect(mails).toHaveLength(1);
		expect(mails[0].status).toBe('kept');
		expect(mails[0].subject).toMatch(/Confirm/);
		const { link, token } = await lastLinkTo('ada@example.org', 'confirm');
		expect(link).toBe(`${ORIGIN}/confirm/${token}`);

		const unconfirmed = await caught(signIn(db(), { email: 'ada@example.org', password: 'analytical engine' }, { ip, sleep: noWait }));
		expect(unconfirmed).toBeInstanceOf(AuthError);
		expect((unconfirmed as AuthError).reason).toBe('unconfirmed');

		// The token is stored hashed: the plain token appears nowhere in the database.
		const stored = await db().selectFrom('email_token').select('id').execute();
		expect(stored.map((row) => row.id)).not.toContain(token);

		expect(await confirmTokenIsUsable(db(), token)).toBe(true);
		expect(await confirmEmail(db(), token)).toEqual({ email: 'ada@example.org' });
		expect(((await caught(confirmEmail(db(), token))) as AuthError).reason).toBe('token_invalid');

		const user = await signIn(db(), { email: 'ADA@example.org', password: 'analytical engine' }, { ip, sleep: noWait });
		expect(user).toMatchObject({ email: 'ada@example.org', displayName: 'Ada', role: 'member', actorIds: [] });

		const session = await createSession(db(), user.id, { ip, userAgent: 'test' });
		expect(session.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(session.expiresAt.getTime() - Date.now()).toBeGreaterThan(29 * 24 * 3600 * 1000);
		const resumed = await resumeSession(db(), session.token);
		expect(resumed?.user.id).toBe(user.id);
		expect(resumed?.sessionId).toBe(session.id);
		await signOut(db(), session.id);
		expect(await resumeSession(db(), session.token)).toBeNull();
	});

	it('writes the confirmation mail in the account language, with the language prefix in the link', async () => {
		await signUp(db(), { email: 'lucia@example.es', password: 'contraseña muy larga', displayName: 'Lucía', locale: 'es' }, { origin: ORIGIN, ip: freshIp() });
		const mail = (await mailsTo('lucia@example.es'))[0];
		expect(mail.subject).toBe('Confirme su cuenta de Skills Atlas');
		expect(mail.body_text).toContain('Hola, Lucía');
		const { link, token } = await lastLinkTo('lucia@example.es', 'confirm');
		expect(link).toBe(`${ORIGIN}/es/confirm/${token}`);
	});

	it('answers a second sign-up with the same address the same way, creates nothing and warns the owner', async () => {
		const { email, password } = await confirmedUser('grace@example.org', 'original password');
		const answer = await signUp(db(), { email: 'Grace@Example.org', password: 'another password', displayName: 'Impostor', locale: 'en' }, { origin: ORIGIN, ip: freshIp() });
		expect(answer).toBeUndefined();
		const rows = await db().selectFrom('app_user').select('id').where('email', 'ilike', email).execute();
		expect(rows).toHaveLength(1);
		const mails = await mailsTo(email);
		expect(mails).toHaveLength(1);
		expect(mails[0].subject).toMatch(/tried to create/);
		expect(mails[0].body_text).toContain(`${ORIGIN}/reset-password`);
		// The first password still works, the second never did.
		await expect(signIn(db(), { email, password }, { ip: freshIp(), sleep: noWait })).resolves.toMatchObject({ email });
		const wrong = await caught(signIn(db(), { email, password: 'another password' }, { ip: freshIp(), sleep: noWait }));
		expect((wrong as AuthError).reason).toBe('bad_credentials');
	});

	it('sends a fresh confirmation link when an unconfirmed address signs up again or asks for one', async () => {
		const context = { origin: ORIGIN, ip: freshIp() };
		await signUp(db(), { email: 'late@example.org', password: 'first password!', displayName: 'Late', locale: 'en' }, context);
		const first = await lastLinkTo('late@example.org', 'confirm');
		await signUp(db(), { email: 'late@example.org', password: 'second password', displayName: 'Late', locale: 'en' }, context);
		const second = await lastLinkTo('late@example.org', 'confirm');
		expect(second.token).not.toBe(first.token);
		expect(await confirmTokenIsUsable(db(), first.token)).toBe(false);
		await resendConfirmation(db(), 'late@example.org', context);
		await resendConfirmation(db(), 'nobody-here@example.org', context);
		const third = await lastLinkTo('late@example.org', 'confirm');
		expect(await confirmTokenIsUsable(db(), second.token)).toBe(false);
		await confirmEmail(db(), third.token);
		expect(await mailsTo('nobody-here@example.org')).toHaveLength(0);
	});

	it('refuses disabled accounts, after the right password only', async () => {
		const { email, password } = await confirmedUser('gone@example.org');
		const user = await findUserByEmail(db(), email);
		await db().updateTable('app_user').set({ disabled_at: new Date() }).where('id', '=', user!.id).execute();
		expect(((await caught(signIn(db(), { email, password }, { ip: freshIp(), sleep: noWait }))) as AuthError).reason).toBe('disabled');
		expect(((await caught(signIn(db(), { email, password: 'wrong one!!' }, { ip: freshIp(), sleep: noWait }))) as AuthError).reason).toBe(
			'bad_credentials'
		);
	});

	it('slows and audits a burst of wrong passwords, then rate-limits the address', async () => {
		const { email, password } = await confirmedUser('target@example.org');
		const delays: number[] = [];
		const sleep = async (ms: number) => void delays.push(ms);
		for (let attempt = 0; attempt < 8; attempt++) {
			const error = await caught(signIn(db(), { email, password: `wrong ${attempt}` }, { ip: freshIp(), sleep }));
			expect((error as AuthError).reason).toBe('bad_credentials');
		}
		expect(delays[0]).toBeGreaterThanOrEqual(300);
		expect(delays.every((ms, index) => index === 0 || ms >= delays[index - 1])).toBe(true);
		expect(Math.max(...delays)).toBeLessThanOrEqual(2000);
		expect(delays.at(-1)).toBeGreaterThan(delays[0]);

		// Even the right password is refused while the window is full.
		const limited = await caught(signIn(db(), { email, password }, { ip: freshIp(), sleep }));
		expect(limited).toBeInstanceOf(AppError);
		expect((limited as AppError).code).toBe('rate_limited');
		expect((limited as AppError).retryAfterSeconds).toBeGreaterThan(0);
		expect((limited as AppError).retryAfterSeconds).toBeLessThanOrEqual(15 * 60);

		const audit = await db().selectFrom('audit_log').selectAll().where('action', '=', 'auth.sign_in_failed').execute();
		const forTarget = audit.filter((row) => (row.details as { email?: string }).email === email);
		expect(forTarget).toHaveLength(8);
		expect(forTarget[0].target_id).not.toBe('');
	});

	it('rate-limits failures from one address across many accounts', async () => {
		const ip = freshIp();
		for (let attempt = 0; attempt < 20; attempt++) {
			await caught(signIn(db(), { email: `nobody${attempt}@example.org`, password: 'whatever12' }, { ip, sleep: noWait }));
		}
		const limited = await caught(signIn(db(), { email: 'someone-else@example.org', password: 'whatever12' }, { ip, sleep: noWait }));
		expect((limited as AppError).code).toBe('rate_limited');
		// Successes are not counted: another address signs in fine.
		const { email, password } = await confirmedUser('fine@example.org');
		await expect(signIn(db(), { email, password }, { ip: freshIp(), sleep: noWait })).resolves.toBeTruthy();
	});

	it('limits sign-ups per client address', async () => {
		const context = { origin: ORIGIN, ip: freshIp() };
		for (let index = 0; index < 5; index++) {
			await signUp(db(), { email: `bulk${index}@example.org`, password: 'bulk password', displayName: 'Bulk', locale: 'en' }, context);
		}
		const limited = await caught(signUp(db(), { email: 'bulk5@example.org', password: 'bulk password', displayName: 'Bulk', locale: 'en' }, context));
		expect((limited as AppError).code).toBe('rate_limited');
		expect(await findUserByEmail(db(), 'bulk5@example.org')).toBeUndefined();
	});

	it('resets a password through the mailed link and ends every session', async () => {
		const { email, password } = await confirmedUser('forgetful@example.org');
		const user = (await findUserByEmail(db(), email))!;
		const first = await createSession(db(), user.id);
		await createSession(db(), user.id);
		expect(await countUserSessions(db(), user.id)).toBe(2);

		await requestPasswordReset(db(), 'unknown-person@example.org', { origin: ORIGIN, ip: freshIp() });
		expect(await mailsTo('unknown-person@example.org')).toHaveLength(0);

		await requestPasswordReset(db(), email, { origin: ORIGIN, ip: freshIp() });
		const { token } = await lastLinkTo(email, 'reset-password');
		expect(await resetTokenIsUsable(db(), token)).toBe(true);

		// A password breaking the rules does not use up the link.
		expect(((await caught(resetPassword(db(), token, 'short'))) as AuthError).reason).toBe('password_too_short');
		expect(await resetTokenIsUsable(db(), token)).toBe(true);

		await expect(resetPassword(db(), token, 'brand new password')).resolves.toEqual({ email });
		expect(await countUserSessions(db(), user.id)).toBe(0);
		expect(await resumeSession(db(), first.token)).toBeNull();
		expect(((await caught(resetPassword(db(), token, 'another new one'))) as AuthError).reason).toBe('token_invalid');

		const old = await caught(signIn(db(), { email, password }, { ip: freshIp(), sleep: noWait }));
		expect((old as AuthError).reason).toBe('bad_credentials');
		await expect(signIn(db(), { email, password: 'brand new password' }, { ip: freshIp(), sleep: noWait })).resolves.toBeTruthy();
		const audit = await db().selectFrom('audit_log').select('action').where('target_id', '=', user.id).execute();
		expect(audit.map((row) => row.action)).toContain('auth.password_reset');
	});

	it('changes a password after checking the current one, keeping only this session', async () => {
		const { email, password } = await confirmedUser('changer@example.org');
		const user = (await findUserByEmail(db(), email))!;
		const kept = await createSession(db(), user.id);
		const other = await createSession(db(), user.id);
		const wrong = await caught(changePassword(db(), user.id, 'not my password', 'a newer password'));
		expect((wrong as AuthError).reason).toBe('wrong_current_password');
		expect((wrong as AuthError).fields).toHaveProperty('currentPassword');
		expect(((await caught(changePassword(db(), user.id, password, 'tiny'))) as AuthError).fields).toHaveProperty('newPassword');
		await changePassword(db(), user.id, password, 'a newer password', { keepSessionId: kept.id });
		expect(await resumeSession(db(), kept.token)).not.toBeNull();
		expect(await resumeSession(db(), other.token)).toBeNull();
	});

	it('drops expired sessions and slides active ones forward', async () => {
		const { email } = await confirmedUser('sessions@example.org');
		const user = (await findUserByEmail(db(), email))!;
		const expired = await createSession(db(), user.id);
		await db().updateTable('user_session').set({ expires_at: new Date(Date.now() - 1000) }).where('id', '=', expired.id).execute();
		expect(await resumeSession(db(), expired.token)).toBeNull();
		expect(await db().selectFrom('user_session').select('id').where('id', '=', expired.id).executeTakeFirst()).toBeUndefined();

		const stale = await createSession(db(), user.id);
		const soon = new Date(Date.now() + 24 * 3600 * 1000);
		await db()
			.updateTable('user_session')
			.set({ last_seen_at: new Date(Date.now() - 2 * 3600 * 1000), expires_at: soon })
			.where('id', '=', stale.id)
			.execute();
		const resumed = await resumeSession(db(), stale.token);
		expect(resumed?.expiresAt?.getTime()).toBeGreaterThan(Date.now() + 29 * 24 * 3600 * 1000);
		// Seen just now: no write, no new expiry.
		expect((await resumeSession(db(), stale.token))?.expiresAt).toBeUndefined();
		expect(await resumeSession(db(), 'not-a-token')).toBeNull();
	});

	it('keeps mail when SMTP fails, marked failed with the reason', async () => {
		const previous = process.env.SMTP_URL;
		process.env.SMTP_URL = 'smtp://127.0.0.1:1';
		try {
			const result = await queueMail(db(), { to: 'smtp@example.org', subject: 'Hello', text: 'Body' });
			expect(result.status).toBe('failed');
			const row = await db().selectFrom('mail_outbox').selectAll().where('id', '=', result.id).executeTakeFirstOrThrow();
			expect(row.status).toBe('failed');
			expect(row.error).toBeTruthy();
		} finally {
			if (previous === undefined) delete process.env.SMTP_URL;
			else process.env.SMTP_URL = previous;
		}
	});
});
