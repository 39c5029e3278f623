/** The first administrator of a fresh installation. */
import type { DB } from '../db';
import { generatePassword, hashPassword } from './password';
import { createUser } from './service';
import { AuthError } from './errors';
import { recordAudit } from '../audit/service';
import * as queries from './queries';

export const FIRST_ADMIN_EMAIL = 'admin@skills-atlas.local';

/**
 * When no account has the admin role, creates (confirmed) admin@skills-atlas.local with
 * a generated 20-character password and returns it for the caller to print once.
 * Returns null when an administrator exists. Safe when two processes start together:
 * the unique address lets only one create it.
 */
export async function ensureFirstAdmin(db: DB): Promise<{ email: string; password: string } | null> {
	if ((await queries.countUsersWithRole(db, 'admin')) > 0) return null;
	const password = generatePassword(20);
	try {
		await createUser(db, { email: FIRST_ADMIN_EMAIL, password, role: 'admin', displayName: 'Administrator', confirmed: true });
	} catch (error) {
		if (!(error instanceof AuthError && error.reason === 'email_taken')) throw error;
		// The address exists without the admin role (demoted by hand, or another process won the race).
		if ((await queries.countUsersWithRole(db, 'admin')) > 0) return null;
		const existing = await queries.findUserByEmail(db, FIRST_ADMIN_EMAIL);
		if (!existing) return null;
		await queries.updateUser(db, existing.id, {
			role: 'admin',
			password_hash: await hashPassword(password),
			disabled_at: null,
			email_confirmed_at: existing.email_confirmed_at ?? new Date()
		});
		await queries.deleteUserSessions(db, existing.id);
	}
	await recordAudit(db, { user: null, action: 'user.first_admin_created', targetType: 'user', details: { email: FIRST_ADMIN_EMAIL } });
	return { email: FIRST_ADMIN_EMAIL, password };
}
