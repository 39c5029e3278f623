/** Kysely table types of accounts, sessions, tokens, audit, mail and notifications; they follow the SQL migrations by hand. */
import type { Generated } from 'kysely';
import type { Timestamp, NullableTimestamp, Json } from './column-types';

export type Role = 'admin' | 'curator' | 'member';

export interface AppUserTable {
	id: Generated<string>;
	email: string;
	display_name: Generated<string>;
	password_hash: string | null;
	role: Generated<Role>;
	locale: Generated<string>;
	email_confirmed_at: NullableTimestamp;
	disabled_at: NullableTimestamp;
	created_at: Timestamp;
	updated_at: Timestamp;
}

export interface UserSessionTable {
	id: string;
	user_id: string;
	created_at: Timestamp;
	expires_at: Timestamp;
	last_seen_at: Timestamp;
	user_agent: Generated<string>;
	ip: Generated<string>;
}

export interface EmailTokenTable {
	id: string;
	user_id: string;
	purpose: 'confirm' | 'reset';
	created_at: Timestamp;
	expires_at: Timestamp;
	used_at: NullableTimestamp;
}

export interface ApiTokenTable {
	id: Generated<string>;
	user_id: string;
	name: string;
	token_hash: string;
	prefix: string;
	created_at: Timestamp;
	last_used_at: NullableTimestamp;
	revoked_at: NullableTimestamp;
}

export interface RateLimitEventTable {
	id: Generated<string>;
	bucket: string;
	key: string;
	created_at: Timestamp;
}

export interface AuditLogTable {
	id: Generated<string>;
	user_id: string | null;
	user_email: Generated<string>;
	action: string;
	target_type: Generated<string>;
	target_id: Generated<string>;
	details: Json;
	ip: Generated<string>;
	created_at: Timestamp;
}

export interface MailOutboxTable {
	id: Generated<string>;
	to_address: string;
	subject: string;
	body_text: string;
	status: Generated<'kept' | 'sent' | 'failed'>;
	error: string | null;
	created_at: Timestamp;
	sent_at: NullableTimestamp;
}

export interface NotificationTable {
	id: Generated<string>;
	user_id: string;
	kind: string;
	title: string;
	body: Generated<string>;
	link: Generated<string>;
	created_at: Timestamp;
	read_at: NullableTimestamp;
}


export interface AtlasMigrationTable {
	name: string;
	applied_at: Timestamp;
}
