/**
 * Accounts: sign-up with a confirmed address, sign-in, browser sessions, password
 * reset and change. Answers never tell whether an address has an account (sign-up and
 * reset answer the same either way; the mail goes to the owner). API tokens and the
 * admin functions live in tokens.ts and admin.ts and are re-exported here.
 */
import type { DB } from '../db';
import type { Role, SessionUser } from '../../domain/user';
import { queueMail } from '../mail/service';
import { recordAudit } from '../audit/service';
import { AuthError } from './errors';
import { hashPassword, verifyDummyPassword, verifyPassword } from './password';
import { assertPasswordRules, newSecret, normalizeEmail, sha256Hex, toSessionUser, type ClientContext, type LinkContext } from './common';
import { confirmationMail, localePrefix, passwordResetMail, signUpAttemptMail } from './mail-texts';
import * as rateLimit from './rate-limit';
import * as queries from './queries';

export * from './tokens';
export * from './admin';
export type { ClientContext, LinkContext } from './common';

export const CONFIRM_TOKEN_TTL_SECONDS = 48 * 60 * 60;
export const RESET_TOKEN_TTL_SECONDS = 60 * 60;
export const SESSION_TTL_SECONDS = 30 * 24 * 60 * 60;

function link(ctx: LinkContext, locale: string, path: string): string {
	return `${ctx.origin.replace(/\/+$/, '')}/${localePrefix(locale)}${path}`;
}

async function sendConfirmation(db: DB, user: { id: string; email: string; display_name: string; locale: string }, ctx: LinkContext) {
	const token = newSecret();
	await queries.retireEmailTokens(db, user.id, 'confirm');
	await queries.insertEmailToken(db, { hash: sha256Hex(token), userId: user.id, purpose: 'confirm', ttlSeconds: CONFIRM_TOKEN_TTL_SECONDS });
	const mail = await confirmationMail(user.locale, { name: user.display_name || user.email, link: link(ctx, user.locale, `confirm/${token}`) });
	await queueMail(db, { to: user.email, ...mail });
}

export interface SignUpInput {
	email: string;
	password: string;
	displayName: string;
	locale: string;
}

/**
 * Creates an unconfirmed account and mails a confirmation link (48 h). When the address
 * already has an account, the answer is the same; its owner gets a notice instead (or,
 * if it was never confirmed, a fresh confirmation link).
 */
export async function signUp(db: DB, input: SignUpInput, ctx: LinkContext): Promise<void> {
	const email = normalizeEmail(input.email);
	assertPasswordRules(input.password);
	const signUpLimit = rateLimit.LIMITS.signUpPerIp;
	await rateLimit.hit(db, signUpLimit.bucket, ctx.ip ?? '', signUpLimit);
	const existing = await queries.findUserByEmail(db, email);
	// Hash in both branches: response times must not tell the two apart.
	const passwordHash = await hashPassword(input.password);
	const created = existing
		? undefined
		: await queries.insertUser(db, {
				email,
				password_hash: passwordHash,
				display_name: input.displayName.trim(),
				locale: input.locale,
				role: 'member'
			});
	if (created) return sendConfirmation(db, created, ctx);
	const owner = existing ?? (await queries.findUserByEmail(db, email));
	if (!owner || owner.disabled_at) return;
	if (!owner.email_confirmed_at) return sendConfirmation(db, owner, ctx);
	const mail = await signUpAttemptMail(owner.locale, { name: owner.display_name || owner.email, link: link(ctx, owner.locale, 'reset-password') });
	await queueMail(db, { to: owner.email, ...mail });
}

/** Sends a new confirmation link to an unconfirmed account; answers the same for any address. */
export async function resendConfirmation(db: DB, email: string, ctx: LinkContext): Promise<void> {
	const address = normalizeEmail(email);
	await rateLimit.check(db, rateLimit.LIMITS.confirmResendPerIp, ctx.ip ?? '');
	await rateLimit.check(db, rateLimit.LIMITS.confirmResendPerEmail, address);
	await rateLimit.record(db, rateLimit.LIMITS.confirmResendPerIp, ctx.ip ?? '');
	await rateLimit.record(db, rateLimit.LIMITS.confirmResendPerEmail, address);
	const user = await queries.findUserByEmail(db, address);
	if (user && !user.email_confirmed_at && !user.disabled_at) await sendConfirmation(db, user, ctx);
}

/** True when a confirmation link can still be used (the page asks before showing its button). */
export function confirmTokenIsUsable(db: DB, token: string): Promise<boolean> {
	return queries.emailTokenIsUsable(db, sha256Hex(token), 'confirm');
}

/** Confirms the address behind a confirmation token; the token works once. */
export async function confirmEmail(db: DB, token: string): Promise<{ email: string }> {
	const userId = await queries.consumeEmailToken(db, sha256Hex(token), 'confirm');
	const user = userId ? await queries.findUserById(db, userId) : undefined;
	if (!user) throw new AuthError('token_invalid', 'This link is not valid any more. Ask for a new one.');
	if (!user.email_confirmed_at) await queries.updateUser(db, user.id, { email_confirmed_at: new Date() });
	return { email: user.email };
}

export interface SignInContext extends ClientContext {
	/** Waits after a failure; tests pass a function that records instead of waiting. */
	sleep?: (ms: number) => Promise<void>;
}

/**
 * Checks e-mail and password. Failures are counted per IP and per address (limits in
 * rate-limit.ts), slowed down and written to the audit log. Unconfirmed and disabled
 * accounts are told so only after the right password.
 */
export async function signIn(db: DB, input: { email: string; password: string }, ctx: SignInContext = {}): Promise<SessionUser> {
	const email = normalizeEmail(input.email);
	const ip = ctx.ip ?? '';
	await rateLimit.check(db, rateLimit.LIMITS.signInPerIp, ip);
	await rateLimit.check(db, rateLimit.LIMITS.signInPerEmail, email);
	const user = await queries.findUserByEmail(db, email);
	const ok = user ? await verifyPassword(input.password, user.password_hash) : await verifyDummyPassword(input.password);
	if (!user || !ok) {
		await rateLimit.record(db, rateLimit.LIMITS.signInPerIp, ip);
		await rateLimit.record(db, rateLimit.LIMITS.signInPerEmail, email);
		const [byEmail, byIp] = await Promise.all([
			rateLimit.recentCount(db, rateLimit.LIMITS.signInPerEmail, email),
			rateLimit.recentCount(db, rateLimit.LIMITS.signInPerIp, ip)
		]);
		await recordAudit(db, {
			user: null,
			action: 'auth.sign_in_failed',
			targetType: 'user',
			targetId: user?.id ?? '',
			details: { email, failuresForEmail: byEmail, failuresFromIp: byIp },
			ip
		});
		await (ctx.sleep ?? rateLimit.sleep)(rateLimit.failureDelayMs(Math.max(byEmail, byIp) - 1));
		throw new AuthError('bad_credentials', 'The e-mail address or the password is wrong.');
	}
	if (user.disabled_at) throw new AuthError('disabled', 'This account has been disabled. Contact the administrators.');
	if (!user.email_confirmed_at) {
		throw new AuthError('unconfirmed', 'Confirm your e-mail address first: open the link we sent you, or ask for a new one.');
	}
	return toSessionUser(db, user);
}

/** Opens a browser session; the plain token goes into the cookie, its hash into user_session. */
export async function createSession(db: DB, userId: string, ctx: ClientContext = {}) {
	const token = newSecret();
	const id = sha256Hex(token);
	const row = await queries.insertSession(db, {
		hash: id,
		userId,
		ttlSeconds: SESSION_TTL_SECONDS,
		userAgent: (ctx.userAgent ?? '').slice(0, 300),
		ip: ctx.ip ?? ''
	});
	return { token, id, expiresAt: row.expires_at };
}

/**
 * The account behind a session cookie, or null (unknown, expired, disabled account).
 * A session seen more than an hour ago slides 30 days forward: `expiresAt` is then set.
 */
export async function resumeSession(db: DB, token: string): Promise<{ user: SessionUser; sessionId: string; expiresAt?: Date } | null> {
	if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
	const id = sha256Hex(token);
	const row = await queries.findSessionWithUser(db, id);
	if (!row) return null;
	if (row.session_expired || row.disabled_at || !row.email_confirmed_at) {
		await queries.deleteSession(db, id);
		return null;
	}
	const expiresAt = row.session_stale ? await queries.extendSession(db, id, SESSION_TTL_SECONDS) : undefined;
	return { user: await toSessionUser(db, row), sessionId: id, expiresAt };
}

/** Ends one browser session (its hashed id). */
export async function signOut(db: DB, sessionId: string | null | undefined): Promise<void> {
	if (sessionId) await queries.deleteSession(db, sessionId);
}

/** Mails a reset link (1 h) when the address has an account; answers the same either way. */
export async function requestPasswordReset(db: DB, email: string, ctx: LinkContext): Promise<void> {
	const address = normalizeEmail(email);
	await rateLimit.check(db, rateLimit.LIMITS.resetPerIp, ctx.ip ?? '');
	await rateLimit.check(db, rateLimit.LIMITS.resetPerEmail, address);
	await rateLimit.record(db, rateLimit.LIMITS.resetPerIp, ctx.ip ?? '');
	await rateLimit.record(db, rateLimit.LIMITS.resetPerEmail, address);
	const user = await queries.findUserByEmail(db, address);
	if (!user || user.disabled_at) return;
	const token = newSecret();
	await queries.retireEmailTokens(db, user.id, 'reset');
	await queries.insertEmailToken(db, { hash: sha256Hex(token), userId: user.id, purpose: 'reset', ttlSeconds: RESET_TOKEN_TTL_SECONDS });
	const mail = await passwordResetMail(user.locale, { name: user.display_name || user.email, link: link(ctx, user.locale, `reset-password/${token}`) });
	await queueMail(db, { to: user.email, ...mail });
}

/** True when a reset link can still be used. */
export function resetTokenIsUsable(db: DB, token: string): Promise<boolean> {
	return queries.emailTokenIsUsable(db, sha256Hex(token), 'reset');
}

/**
 * Sets a new password from a reset link and ends every session of the account. The link
 * proves the mailbox, so an unconfirmed address becomes confirmed.
 */
export async function resetPassword(db: DB, token: string, newPassword: string, ctx: ClientContext = {}): Promise<{ email: string }> {
	assertPasswordRules(newPassword);
	const passwordHash = await hashPassword(newPassword);
	return db.transaction().execute(async (trx) => {
		const userId = await queries.consumeEmailToken(trx, sha256Hex(token), 'reset');
		const user = userId ? await queries.findUserById(trx, userId) : undefined;
		if (!user || user.disabled_at) throw new AuthError('token_invalid', 'This link is not valid any more. Ask for a new one.');
		await queries.updateUser(trx, user.id, { password_hash: passwordHash, email_confirmed_at: user.email_confirmed_at ?? new Date() });
		await queries.retireEmailTokens(trx, user.id, 'reset');
		await queries.deleteUserSessions(trx, user.id);
		await recordAudit(trx, { user: { id: user.id, email: user.email }, action: 'auth.password_reset', targetType: 'user', targetId: user.id, ip: ctx.ip });
		return { email: user.email };
	});
}

/** Changes the password after checking the current one; other sessions of the account end. */
export async function changePassword(
	db: DB,
	userId: string,
	current: string,
	next: string,
	options: ClientContext & { keepSessionId?: string | null } = {}
): Promise<void> {
	const user = await queries.findUserById(db, userId);
	if (!user) throw new AuthError('user_not_found', 'The account was not found.');
	// Guessing the current password from a borrowed session counts like failed sign-ins.
	const failures = rateLimit.LIMITS.signInPerEmail;
	await rateLimit.check(db, failures, user.email);
	if (!(await verifyPassword(current, user.password_hash))) {
		await rateLimit.record(db, failures, user.email);
		throw new AuthError('wrong_current_password', 'The current password is wrong.', { currentPassword: 'The current password is wrong.' });
	}
	assertPasswordRules(next, 'newPassword');
	await queries.updateUser(db, user.id, { password_hash: await hashPassword(next) });
	await queries.deleteUserSessions(db, user.id, options.keepSessionId);
	await recordAudit(db, { user: { id: user.id, email: user.email }, action: 'auth.password_changed', targetType: 'user', targetId: user.id, ip: options.ip });
}

/** The signed-in account's own profile. */
export async function getAccount(db: DB, userId: string) {
	const user = await queries.findUserById(db, userId);
	if (!user) throw new AuthError('user_not_found', 'The account was not found.');
	return {
		id: user.id,
		email: user.email,
		displayName: user.display_name,
		role: user.role,
		locale: user.locale,
		confirmedAt: user.email_confirmed_at,
		createdAt: user.created_at,
		organisations: (await queries.selectMemberships(db, user.id)).map((row) => ({ id: row.id, slug: row.slug, name: row.name, role: row.role }))
	};
}

/** Changes display name and language of one's own account. */
export async function updateProfile(db: DB, userId: string, input: { displayName: string; locale: string }): Promise<void> {
	await queries.updateUser(db, userId, { display_name: input.displayName.trim(), locale: input.locale });
}

export interface CreateUserInput {
	email: string;
	password: string;
	role: Role;
	displayName?: string;
	locale?: string;
	confirmed: boolean;
}

/** Creates an account directly (the CLI, the first admin). Throws conflict when the address is taken. */
export async function createUser(db: DB, input: CreateUserInput): Promise<{ id: string; email: string; role: Role }> {
	const email = normalizeEmail(input.email);
	assertPasswordRules(input.password);
	const row = await queries.insertUser(db, {
		email,
		password_hash: await hashPassword(input.password),
		role: input.role,
		display_name: (input.displayName ?? '').trim(),
		locale: input.locale ?? 'en',
		email_confirmed_at: input.confirmed ? new Date() : null
	});
	if (!row) throw new AuthError('email_taken', `An account with the address ${email} already exists.`);
	return { id: row.id, email: row.email, role: row.role };
}
