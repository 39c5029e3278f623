import type { SessionUser } from '$lib/domain/user';

declare global {
	namespace App {
		interface Error {
			code?: string;
		}
		interface Locals {
			user: SessionUser | null;
			/** Hashed id of the browser session, when signed in with a cookie. */
			sessionId: string | null;
			/** How the request was authenticated. */
			authVia: 'session' | 'token' | null;
			locale: 'en' | 'es' | 'fr' | 'pt';
		}
	}
}

export {};
