/** Small pieces shared by the auth services: secrets, hashing, address normalisation, SessionUser. */
import { createHash, randomBytes } from 'node:crypto';
import type { DB } from '../db';
import type { UserRow } from '../db/schema';
import type { SessionUser } from '../../domain/user';
import { AuthError } from './errors';
import { passwordProblem, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password';
import * as queries from './queries';

/** 32 random bytes as base64url (43 characters): session and mail tokens. */
export function newSecret(): string {
	return randomBytes(32).toString('base64url');
}

/** Tokens are stored as their sha-256, so a leaked table does not leak live tokens. */
export function sha256Hex(text: string): string {
	return createHash('sha256').update(text).digest('hex');
}

/** The form every address is stored and compared in. */
export function normalizeEmail(email: string): string {
	return email.trim().toLowerCase();
}

/** Throws invalid_input (field `password` or the one given) when the password breaks the rules. */
export function assertPasswordRules(password: string, field = 'password'): void {
	const problem = passwordProblem(password);
	if (problem === 'too_short') {
		throw new AuthError('password_too_short', `The password needs at least ${PASSWORD_MIN_LENGTH} characters.`, {
			[field]: `At least ${PASSWORD_MIN_LENGTH} characters.`
		});
	}
	if (problem === 'too_long') {
		throw new AuthError('password_too_long', `The password may have at most ${PASSWORD_MAX_LENGTH} characters.`, {
			[field]: `At most ${PASSWORD_MAX_LENGTH} characters.`
		});
	}
}

/** The account as pages and services see it, with the organisations it may edit. */
export async function toSessionUser(db: DB, row: Pick<UserRow, 'id' | 'email' | 'display_name' | 'role' | 'locale'>): Promise<SessionUser> {
	return {
		id: row.id,
		email: row.email,
		displayName: row.display_name,
		role: row.role,
		locale: row.locale,
		actorIds: await queries.selectMemberActorIds(db, row.id)
	};
}

/** Context of a request, for rate limits, sessions and the audit log. */
export interface ClientContext {
	ip?: string;
	userAgent?: string;
}

/** Context of a request that sends mail with links back to the site. */
export interface LinkContext extends ClientContext {
	/** Scheme and host of the site, without a trailing slash: https://atlas.example.org */
	origin: string;
}
