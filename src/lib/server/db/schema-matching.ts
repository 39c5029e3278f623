/** Kysely table types of partner-search posts and connection requests; they follow the SQL migrations by hand. */
import type { ColumnType, Generated } from 'kysely';
import type { Timestamp, NullableTimestamp, TextArray } from './column-types';

/** A partner-search post (migration 20261125T1530). `deadline` is a date: read it with posts/queries.ts, which formats it as YYYY-MM-DD. */
export interface PartnerPostTable {
	id: Generated<string>;
	slug: string;
	title: string;
	description: Generated<string>;
	actor_types: TextArray;
	categories: TextArray;
	target_groups: TextArray;
	countries: TextArray;
	scope: Generated<'regional' | 'international' | 'any'>;
	author_id: string | null;
	author_name: Generated<string>;
	actor_id: string | null;
	status: Generated<'open' | 'closed'>;
	deadline: ColumnType<string | null, string | null | undefined, string | null>;
	demo_id: string | null;
	created_at: Timestamp;
	updated_at: Timestamp;
	closed_at: NullableTimestamp;
}

/** "I'm interested" in a partner-search post, once per account (migration 20261125T1530). */
export interface PartnerPostInterestTable {
	id: Generated<string>;
	post_id: string;
	user_id: string;
	actor_id: string | null;
	message: Generated<string>;
	created_at: Timestamp;
}

/** An account following a partner-search post (migration 20261125T1530). */
export interface PartnerPostFollowerTable {
	post_id: string;
	user_id: string;
	created_at: Timestamp;
}

export type ConnectionKind = 'introduction' | 'partnership' | 'mentoring';
export type ConnectionStatus = 'pending' | 'accepted' | 'declined' | 'withdrawn';

/** A request for an introduction, a partnership or mentoring (migration 20261125T1510). */
export interface ConnectionRequestTable {
	id: Generated<string>;
	kind: ConnectionKind;
	status: Generated<ConnectionStatus>;
	requester_id: string;
	from_actor_id: string | null;
	to_actor_id: string | null;
	to_person_id: string | null;
	message: Generated<string>;
	categories: TextArray;
	answered_by: string | null;
	answer_note: Generated<string>;
	relation_id: string | null;
	created_at: Timestamp;
	answered_at: NullableTimestamp;
}

/** An account refusing requests from another (migration 20261125T1510). */
export interface UserBlockTable {
	blocker_id: string;
	blocked_id: string;
	created_at: Timestamp;
}
