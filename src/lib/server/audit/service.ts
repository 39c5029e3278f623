/**
 * The audit log: who did what to which record. Every admin and curator action
 * writes one entry; security events (failed sign-ins, password resets) too.
 */
import type { DB } from '../db';
import * as queries from './queries';

export interface AuditActor {
	id: string;
	email: string;
}

export interface AuditInput {
	/** Who acted; null for anonymous events (a failed sign-in) or the operator's CLI. */
	user: AuditActor | null;
	/** Dotted name, area first: `user.role_changed`, `auth.sign_in_failed`. */
	action: string;
	targetType?: string;
	targetId?: string;
	details?: Record<string, unknown>;
	ip?: string;
}

export interface AuditEntry {
	id: string;
	userId: string | null;
	userEmail: string;
	action: string;
	targetType: string;
	targetId: string;
	details: Record<string, unknown>;
	ip: string;
	createdAt: Date;
}

export const AUDIT_PAGE_SIZE = 50;

/** Writes one audit entry. */
export async function recordAudit(db: DB, input: AuditInput): Promise<void> {
	await queries.insertAuditRow(db, {
		user_id: input.user?.id ?? null,
		user_email: input.user?.email ?? '',
		action: input.action,
		target_type: input.targetType ?? '',
		target_id: input.targetId ?? '',
		details: JSON.stringify(input.details ?? {}),
		ip: input.ip ?? ''
	});
}

/** One page of the log, newest first, optionally one action (or `family.*`). */
export async function listAudit(db: DB, options: { page?: number; action?: string } = {}) {
	const page = Math.max(1, Math.floor(options.page ?? 1));
	const { rows, total } = await queries.selectAuditPage(db, {
		action: options.action || undefined,
		limit: AUDIT_PAGE_SIZE,
		offset: (page - 1) * AUDIT_PAGE_SIZE
	});
	const items: AuditEntry[] = rows.map((row) => ({
		id: String(row.id),
		userId: row.user_id,
		userEmail: row.user_email,
		action: row.action,
		targetType: row.target_type,
		targetId: row.target_id,
		details: row.details ?? {},
		ip: row.ip,
		createdAt: row.created_at
	}));
	return { items, total, page, perPage: AUDIT_PAGE_SIZE };
}

/** The actions present in the log, for filters. */
export function listAuditActions(db: DB): Promise<string[]> {
	return queries.selectAuditActions(db);
}
