/** Kysely table types of the actor network (actors, relations, profiles, people, projects, map, directory search); they follow the SQL migrations by hand. */
import type { ColumnType, Generated } from 'kysely';
import type { Timestamp, NullableTimestamp, Json, NullableJson, TextArray } from './column-types';

export interface ActorTable {
	id: Generated<string>;
	slug: string;
	type: string;
	name: string;
	other_names: TextArray;
	country: string | null;
	region: string | null;
	city: Generated<string>;
	latitude: number | null;
	longitude: number | null;
	languages: TextArray;
	categories: TextArray;
	target_groups: TextArray;
	sectors: TextArray;
	/** Skills categories on which the actor offers mentoring (migration 20261125T1500). */
	mentoring_categories: TextArray;
	description: Json<Record<string, string>>;
	website: Generated<string>;
	external_ids: Json<Record<string, string>>;
	contact: NullableJson<{ name?: string; email?: string; phone?: string; role?: string }>;
	contact_public: Generated<boolean>;
	size: string | null;
	founded_year: number | null;
	member_count: number | null;
	helix: NullableJson<Record<string, number>>;
	extra: Json;
	status: Generated<'draft' | 'published'>;
	version: Generated<number>;
	created_at: Timestamp;
	updated_at: Timestamp;
}

export interface ActorMemberTable {
	actor_id: string;
	user_id: string;
	role: Generated<string>;
	created_at: Timestamp;
}

export interface RelationTable {
	id: Generated<string>;
	source_id: string;
	target_id: string;
	type: string;
	label: Generated<string>;
	description: Generated<string>;
	start_year: number | null;
	end_year: number | null;
	created_at: Timestamp;
	updated_at: Timestamp;
}


/** Counter of network changes (migration 20261125T1410), bumped by triggers on actor and relation. */
export interface NetworkVersionTable {
	singleton: Generated<boolean>;
	version: ColumnType<string | number, never, never>;
	changed_at: ColumnType<Date, never, never>;
}

/** A computed map layout for one network version (migration 20261125T1410). */
export interface NetworkLayoutTable {
	version: string | number;
	node_count: number;
	edge_count: number;
	positions: Json<Record<string, [number, number]>>;
	metrics: Json<{
		degree: Record<string, number>;
		betweenness: Record<string, number>;
		community: Record<string, number>;
		betweennessMethod: 'exact' | 'sampled';
	}>;
	computed_at: Timestamp;
	duration_ms: number;
}

/** One snapshot of an actor after each change made through its profile (migration 20261125T1400). */
export interface ActorVersionTable {
	id: Generated<string>;
	actor_id: string;
	version: number;
	change_kind: string;
	snapshot: Json;
	changed_by: string | null;
	changed_by_name: Generated<string>;
	change_note: Generated<string>;
	created_at: Timestamp;
}

export type ClaimStatus = 'pending' | 'approved' | 'rejected';

/** A member's request to manage an organisation's profile (migration 20261125T1400). */
export interface ActorClaimTable {
	id: Generated<string>;
	actor_id: string;
	user_id: string;
	message: Generated<string>;
	status: Generated<ClaimStatus>;
	reviewer_id: string | null;
	review_note: Generated<string>;
	created_at: Timestamp;
	decided_at: NullableTimestamp;
}

export type PersonVisibility = 'public' | 'members' | 'hidden';

/** The roster of specialists (migration 20261125T1400). */
export interface PersonTable {
	id: Generated<string>;
	slug: string;
	name: string;
	categories: TextArray;
	languages: TextArray;
	countries: TextArray;
	available_mentoring: Generated<boolean>;
	available_advisory: Generated<boolean>;
	/** Skills categories on which the person offers mentoring (migration 20261125T1500). */
	mentoring_categories: TextArray;
	visibility: Generated<PersonVisibility>;
	contact: Generated<string>;
	user_id: string | null;
	bio: Json<Record<string, string>>;
	created_at: Timestamp;
	updated_at: Timestamp;
}

/** Projects and initiatives (migration 20261125T1400). */
export interface ProjectTable {
	id: Generated<string>;
	slug: string;
	name: string;
	start_year: number | null;
	end_year: number | null;
	funding_programme: Generated<string>;
	categories: TextArray;
	typology_cell: string | null;
	description: Json<Record<string, string>>;
	created_at: Timestamp;
	updated_at: Timestamp;
}

export interface ProjectPartnerTable {
	project_id: string;
	actor_id: string;
	role: Generated<'lead' | 'partner'>;
}

/** Search state of the directory, one row per actor, kept by a trigger (migration 20261125T1400). */
export interface ActorSearchTable {
	actor_id: string;
	search_names: Generated<string>;
	search_vector: Generated<string>;
}

/** A counter bumped by every write to actor, for facet caches (migration 20261125T1400). */
export interface ActorDirectoryStateTable {
	id: number;
	version: Generated<string | number>;
}

/** Every word of every actor name, for typo tolerance (migration 20261125T1400). */
export interface ActorSearchWordTable {
	word: string;
}
