import type { Handle, HandleServerError } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { localizeHref } from '$lib/paraglide/runtime';
import { redirect } from '@sveltejs/kit';
import { preferredLocale } from '$lib/server/locale';
import { getDb } from '$lib/server/db';
import { authenticateRequest } from '$lib/server/auth/request';
import { readConfig } from '$lib/server/config';

const config = readConfig();

const LOCALE_COOKIE = 'atlas_locale';

/**
 * Language from the URL prefix (/es/…). On a first visit (no language cookie yet) to an
 * unprefixed page, Accept-Language chooses: a Spanish browser is sent to /es/…. The
 * language served is remembered in a cookie, so choosing English later sticks.
 */
const handleLocale: Handle = ({ event, resolve }) => {
	const path = event.url.pathname;
	const isPage = event.request.method === 'GET' && !/^\/(api|oai|embed|_app)(\/|$)/.test(path) && !/\.[a-z0-9]+$/i.test(path);
	if (isPage && !event.cookies.get(LOCALE_COOKIE) && !/^\/(es|fr|pt)(\/|$)/.test(path)) {
		const wanted = preferredLocale(event.request.headers.get('accept-language'));
		if (wanted && wanted !== 'en') redirect(302, localizeHref(path + event.url.search, { locale: wanted as 'es' }));
	}
	return paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		event.locals.locale = locale as App.Locals['locale'];
		if (isPage && event.cookies.get(LOCALE_COOKIE) !== locale) {
			event.cookies.set(LOCALE_COOKIE, locale, { path: '/', maxAge: 31_536_000, sameSite: 'lax', httpOnly: true, secure: event.url.protocol === 'https:' });
		}
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale).replace('%paraglide.dir%', 'ltr')
		});
	});
};

/** Session cookie or bearer token → locals.user. */
const handleAuth: Handle = async ({ event, resolve }) => {
	const db = await getDb();
	const auth = await authenticateRequest(db, event);
	event.locals.user = auth.user;
	event.locals.sessionId = auth.sessionId;
	event.locals.authVia = auth.via;
	return resolve(event);
};

/** Headers every response carries; CSP itself comes from svelte.config.js. */
const handleHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const headers = response.headers;
	const setHeader = (name: string, value: string) => {
		try {
			headers.set(name, value);
		} catch {
			/* immutable headers (e.g. from fetch) */
		}
	};
	setHeader('x-content-type-options', 'nosniff');
	setHeader('referrer-policy', 'strict-origin-when-cross-origin');
	setHeader('cross-origin-opener-policy', 'same-origin');
	setHeader('permissions-policy', 'camera=(), microphone=(), geolocation=()');
	const embed = event.url.pathname.startsWith('/embed/') || /^\/(es|fr|pt)\/embed\//.test(event.url.pathname);
	const ancestors = embed ? config.ATLAS_EMBED_FRAME_ANCESTORS : config.ATLAS_FRAME_ANCESTORS;
	const csp = headers.get('content-security-policy');
	if (csp) setHeader('content-security-policy', `${csp}; frame-ancestors ${ancestors}`);
	else setHeader('content-security-policy', `frame-ancestors ${ancestors}`);
	if (!embed && ancestors === "'none'") setHeader('x-frame-options', 'DENY');
	if (event.url.protocol === 'https:') setHeader('strict-transport-security', 'max-age=31536000');
	return response;
};

export const handle: Handle = sequence(handleLocale, handleAuth, handleHeaders);

export const handleError: HandleServerError = ({ error, status, message }) => {
	if (status >= 500) console.error(error);
	// Client errors (404, 415…) keep SvelteKit's plain message; server errors are not detailed.
	return { message: status === 404 ? 'Not found' : status < 500 ? message : 'Something went wrong on our side.', code: String(status) };
};

