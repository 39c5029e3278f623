/**
 * The edge between HTTP and accounts: who sent a request (bearer token or session
 * cookie), the session cookie itself, and guards for endpoints and pages.
 */
import { error, redirect, type Cookies, type RequestEvent } from '@sveltejs/kit';
import type { DB } from '../db';
import type { Role, SessionUser } from '../../domain/user';
import { AppError } from '../errors';
import { localizeHref } from '../../paraglide/runtime.js';
import { m } from '../../paraglide/messages.js';
import { authenticateApiToken } from './tokens';
import { resumeSession } from './service';
import type { ClientContext } from './common';

export const SESSION_COOKIE = 'atlas_session';

export interface RequestAuth {
	user: SessionUser | null;
	/** Hashed id of the browser session. */
	sessionId: string | null;
	via: 'session' | 'token' | null;
}

type AuthEvent = Pick<RequestEvent, 'request' | 'cookies' | 'url'>;

const ANONYMOUS: RequestAuth = { user: null, sessionId: null, via: null };

/**
 * `Authorization: Bearer atl_…` wins over the cookie; an invalid or revoked token
 * leaves the request anonymous (writes then get 401). An expired or unknown session
 * cookie is deleted.
 */
export async function authenticateRequest(db: DB, event: AuthEvent): Promise<RequestAuth> {
	const header = event.request.headers.get('authorization');
	const bearer = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
	if (bearer) {
		const user = await authenticateApiToken(db, bearer[1]);
		return user ? { user, sessionId: null, via: 'token' } : ANONYMOUS;
	}
	const token = event.cookies.get(SESSION_COOKIE);
	if (!token) return ANONYMOUS;
	const session = await resumeSession(db, token);
	if (!session) {
		clearSessionCookie(event.cookies);
		return ANONYMOUS;
	}
	if (session.expiresAt) setSessionCookie(event.cookies, token, session.expiresAt, event.url);
	return { user: session.user, sessionId: session.sessionId, via: 'session' };
}

/** Puts the session token in its cookie: httpOnly, SameSite=Lax, Secure over https. */
export function setSessionCookie(cookies: Cookies, token: string, expiresAt: Date, url: URL): void {
	cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		expires: expiresAt
	});
}

export function clearSessionCookie(cookies: Cookies): void {
	cookies.delete(SESSION_COOKIE, { path: '/' });
}

/** Client address and user agent, for rate limits, sessions and the audit log. */
export function clientContext(event: Pick<RequestEvent, 'request' | 'getClientAddress'>): ClientContext {
	let ip = '';
	try {
		ip = event.getClientAddress();
	} catch {
		/* not available (prerendering, some tests) */
	}
	return { ip, userAgent: (event.request.headers.get('user-agent') ?? '').slice(0, 300) };
}

/** The origin that mail links point to: ORIGIN when set (behind a proxy), else the request's. */
export function siteOrigin(url: URL): string {
	return (process.env.ORIGIN || url.origin).replace(/\/+$/, '');
}

/** For API endpoints: the signed-in account, or AppError('unauthenticated'). */
export function requireUser(locals: App.Locals): SessionUser {
	if (!locals.user) throw new AppError('unauthenticated', 'Sign in, or send an API token as "Authorization: Bearer atl_…".');
	return locals.user;
}

/** For API endpoints: an account with one of the roles, or unauthenticated / forbidden. */
export function requireRole(locals: App.Locals, ...roles: Role[]): SessionUser {
	const user = requireUser(locals);
	if (!roles.includes(user.role)) throw new AppError('forbidden', 'Your account is not allowed to do this.');
	return user;
}

/**
 * A path safe to redirect to after sign-in: same-site and relative ("/…"), never
 * "//host", "/\host" or a scheme. Anything else becomes the fallback.
 */
export function safeNextPath(next: string | null | undefined, fallback = '/'): string {
	if (!next || next.length > 2000) return fallback;
	if (!next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return fallback;
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f\u007f]/.test(next)) return fallback;
	try {
		const parsed = new URL(next, 'http://atlas.invalid');
		if (parsed.origin !== 'http://atlas.invalid') return fallback;
		return parsed.pathname + parsed.search + parsed.hash;
	} catch {
		return fallback;
	}
}

/** The sign-in page in the current language, coming back to `url` afterwards. */
export function signInHref(url: URL): string {
	return `${localizeHref('/sign-in')}?next=${encodeURIComponent(url.pathname + url.search)}`;
}

/** For pages: the signed-in account, or a redirect to the sign-in page. */
export function requirePageUser(event: Pick<RequestEvent, 'locals' | 'url'>): SessionUser {
	if (!event.locals.user) redirect(303, signInHref(event.url));
	return event.locals.user;
}

/** For pages: an account with one of the roles; others see 403, visitors the sign-in page. */
export function requirePageRole(event: Pick<RequestEvent, 'locals' | 'url'>, ...roles: Role[]): SessionUser {
	const user = requirePageUser(event);
	if (!roles.includes(user.role)) error(403, { message: m.auth_error_forbidden(), code: 'forbidden' });
	return user;
}
