/**
 * Personal API tokens: `atl_` + 40 base62 characters, shown once at creation. The
 * database keeps the sha-256 and the first 8 characters (to recognise a token in lists).
 */
import type { DB } from '../db';
import type { SessionUser } from '../../domain/user';
import { recordAudit } from '../audit/service';
import { invalidInput } from '../errors';
import { AuthError } from './errors';
import { randomBase62 } from './password';
import { sha256Hex, toSessionUser, type ClientContext } from './common';
import * as queries from './queries';

export const API_TOKEN_PREFIX = 'atl_';
const TOKEN_PATTERN = /^atl_[A-Za-z0-9]{40}$/;
export const API_TOKEN_NAME_MAX = 100;
export const API_TOKENS_PAGE_SIZE = 50;

export interface ApiTokenInfo {
	id: string;
	name: string;
	/** First 8 characters of the token: `atl_AbCd`. */
	prefix: string;
	userId: string;
	userEmail: string;
	createdAt: Date;
	lastUsedAt: Date | null;
	revokedAt: Date | null;
}

/** Creates a token for its owner; the plain token is returned once and never stored. */
export async function createApiToken(db: DB, userId: string, name: string): Promise<{ token: string; info: ApiTokenInfo }> {
	const cleanName = name.trim();
	if (!cleanName || cleanName.length > API_TOKEN_NAME_MAX) {
		throw invalidInput(`Give the token a name of 1 to ${API_TOKEN_NAME_MAX} characters.`, { name: `1 to ${API_TOKEN_NAME_MAX} characters.` });
	}
	const owner = await queries.findUserById(db, userId);
	if (!owner) throw new AuthError('user_not_found', 'The account was not found.');
	const token = API_TOKEN_PREFIX + randomBase62(40);
	const row = await queries.insertApiToken(db, { userId, name: cleanName, hash: sha256Hex(token), prefix: token.slice(0, 8) });
	return { token, info: { ...toInfo(row), userEmail: owner.email } };
}

function toInfo(row: Awaited<ReturnType<typeof queries.insertApiToken>>): Omit<ApiTokenInfo, 'userEmail'> {
	return {
		id: row.id,
		name: row.name,
		prefix: row.prefix,
		userId: row.user_id,
		createdAt: row.created_at,
		lastUsedAt: row.last_used_at,
		revokedAt: row.revoked_at
	};
}

/** The tokens of one account, live ones first. */
export async function listApiTokens(db: DB, userId: string): Promise<ApiTokenInfo[]> {
	const { rows } = await queries.selectApiTokens(db, { userId, limit: 1000, offset: 0 });
	return rows.map((row) => ({ ...toInfo(row), userEmail: row.user_email }));
}

/** Every token of every account (admins only). */
export async function listAllApiTokens(db: DB, by: SessionUser, options: { page?: number } = {}) {
	if (by.role !== 'admin') throw new AuthError('not_allowed', 'Only administrators see every token.');
	const page = Math.max(1, Math.floor(options.page ?? 1));
	const { rows, total } = await queries.selectApiTokens(db, { limit: API_TOKENS_PAGE_SIZE, offset: (page - 1) * API_TOKENS_PAGE_SIZE });
	return { items: rows.map((row) => ({ ...toInfo(row), userEmail: row.user_email })), total, page, perPage: API_TOKENS_PAGE_SIZE };
}

/**
 * Revokes a token. Owners revoke their own; administrators anyone's (audited). A token
 * of someone else looks the same as a missing one to everybody else.
 */
export async function revokeApiToken(db: DB, by: SessionUser, tokenId: string, ctx: ClientContext = {}): Promise<void> {
	const row = /^[0-9a-f-]{36}$/i.test(tokenId) ? await queries.findApiToken(db, tokenId) : undefined;
	const own = row?.user_id === by.id;
	if (!row || (!own && by.role !== 'admin')) throw new AuthError('api_token_not_found', 'The token was not found.');
	const revoked = await queries.revokeApiTokenRow(db, row.id);
	if (revoked && !own) {
		await recordAudit(db, {
			user: by,
			action: 'api_token.revoked',
			targetType: 'api_token',
			targetId: row.id,
			details: { owner: row.user_id, name: row.name, prefix: row.prefix },
			ip: ctx.ip
		});
	}
}

/** The account behind a bearer token, or null (malformed, unknown, revoked, disabled account). */
export async function authenticateApiToken(db: DB, token: string): Promise<SessionUser | null> {
	if (!TOKEN_PATTERN.test(token)) return null;
	const row = await queries.findLiveApiTokenWithUser(db, sha256Hex(token));
	if (!row || row.disabled_at || !row.email_confirmed_at) return null;
	await queries.touchApiToken(db, row.token_id);
	return toSessionUser(db, row);
}
