/** Kysely table types; they follow the SQL migrations by hand. */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T = Record<string, unknown>> = ColumnType<T, string | undefined, string>;
type NullableJson<T = Record<string, unknown>> = ColumnType<T | null, string | null | undefined, string | null>;
type TextArray = ColumnType<string[], string[] | undefined, string[]>;

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

export type ResourceStatus = 'draft' | 'submitted' | 'changes_requested' | 'published' | 'rejected';

export interface ResourceTable {
	id: Generated<string>;
	work_id: string;
	slug: string;
	status: Generated<ResourceStatus>;
	title: string;
	abstract: Generated<string>;
	language: string;
	type: string;
	categories: TextArray;
	topics: TextArray;
	target_groups: TextArray;
	countries: TextArray;
	regions: TextArray;
	publisher_actor_id: string | null;
	publisher_name: Generated<string>;
	authors: TextArray;
	year: number | null;
	url: Generated<string>;
	doi: Generated<string>;
	licence: Generated<string>;
	extra: Json;
	submitted_by: string | null;
	created_at: Timestamp;
	updated_at: Timestamp;
	published_at: NullableTimestamp;
	/** Text of the attached file (migration 20261125T1310), for the search index. */
	file_text: Generated<string>;
}

/** A snapshot of a knowledge record after one change (review workflow). */
export interface ResourceVersionTable {
	id: Generated<string>;
	resource_id: string;
	version: number;
	change_kind: string;
	snapshot: Json;
	changed_by: string | null;
	changed_by_name: Generated<string>;
	change_note: Generated<string>;
	created_at: Timestamp;
}

export type ReviewDecision = 'approve' | 'request_changes' | 'reject';

export interface ResourceReviewTable {
	id: Generated<string>;
	resource_id: string;
	reviewer: string | null;
	reviewer_name: Generated<string>;
	decision: ReviewDecision;
	comment: Generated<string>;
	created_at: Timestamp;
}

export type FileTextStatus = 'ok' | 'unavailable' | 'none';

export interface ResourceFileTable {
	resource_id: string;
	file_name: string;
	content_type: string;
	size_bytes: number;
	sha256: string;
	bytes: Uint8Array;
	text: Generated<string>;
	text_status: Generated<FileTextStatus>;
	uploaded_by: string | null;
	created_at: Timestamp;
}

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

/** Long work with progress (migration 20261125T1320). */
export interface JobTable {
	id: Generated<string>;
	kind: string;
	status: Generated<JobStatus>;
	progress_done: Generated<number>;
	progress_total: Generated<number>;
	params: Json;
	/** The input file while the job waits to run (cleared afterwards). */
	payload: Uint8Array | null;
	result: NullableJson;
	error: string | null;
	created_by: string | null;
	created_at: Timestamp;
	updated_at: Timestamp;
}

/**
 * The search state of a record (migrations 20261125T1340 and T1350): copies of its
 * filterable columns, its search vector, title copy, plain abstract for snippets and the
 * concepts its columns give. Written only by the trigger resource_search_sync on every
 * write to resource.
 */
export interface ResourceSearchTable {
	resource_id: string;
	status: ColumnType<string, never, never>;
	language: ColumnType<string, never, never>;
	type: ColumnType<string, never, never>;
	categories: ColumnType<string[], never, never>;
	target_groups: ColumnType<string[], never, never>;
	topics: ColumnType<string[], never, never>;
	countries: ColumnType<string[], never, never>;
	regions: ColumnType<string[], never, never>;
	year: ColumnType<number | null, never, never>;
	publisher_name: ColumnType<string, never, never>;
	published_at: ColumnType<Date | null, never, never>;
	search_title: ColumnType<string, never, never>;
	search_vector: ColumnType<string, never, never>;
	concepts: ColumnType<string[], never, never>;
	/** md5 of title and abstract. */
	text_hash: ColumnType<string, never, never>;
	snippet_text: ColumnType<string, never, never>;
}

/** A counter bumped by every write to resource_search, for the browse cache (migration 20261125T1450). */
export interface LibrarySearchStateTable {
	id: number;
	version: ColumnType<string | number, never, never>;
}

/** Concepts found in a record's title and abstract by the application (library/search.ts refreshResourceConcepts). */
export interface ResourceTextConceptTable {
	resource_id: string;
	concepts: string[];
	/** resource_search.text_hash of the text they were found in. */
	text_hash: string;
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

export interface AtlasMigrationTable {
	name: string;
	applied_at: Timestamp;
}

export interface Database {
	app_user: AppUserTable;
	user_session: UserSessionTable;
	email_token: EmailTokenTable;
	api_token: ApiTokenTable;
	rate_limit_event: RateLimitEventTable;
	audit_log: AuditLogTable;
	mail_outbox: MailOutboxTable;
	notification: NotificationTable;
	actor: ActorTable;
	actor_member: ActorMemberTable;
	relation: RelationTable;
	resource: ResourceTable;
	resource_version: ResourceVersionTable;
	resource_review: ResourceReviewTable;
	resource_file: ResourceFileTable;
	job: JobTable;
	resource_search: ResourceSearchTable;
	resource_text_concept: ResourceTextConceptTable;
	library_search_state: LibrarySearchStateTable;
	network_version: NetworkVersionTable;
	network_layout: NetworkLayoutTable;
	actor_version: ActorVersionTable;
	actor_claim: ActorClaimTable;
	person: PersonTable;
	project: ProjectTable;
	project_partner: ProjectPartnerTable;
	actor_search: ActorSearchTable;
	actor_directory_state: ActorDirectoryStateTable;
	actor_search_word: ActorSearchWordTable;
	partner_post: PartnerPostTable;
	partner_post_interest: PartnerPostInterestTable;
	partner_post_follower: PartnerPostFollowerTable;
	connection_request: ConnectionRequestTable;
	user_block: UserBlockTable;
	atlas_migration: AtlasMigrationTable;
}

export type UserRow = Selectable<AppUserTable>;
export type ActorRow = Selectable<ActorTable>;
export type NewActorRow = Insertable<ActorTable>;
export type ActorUpdate = Updateable<ActorTable>;
export type RelationRow = Selectable<RelationTable>;
export type ResourceRow = Selectable<ResourceTable>;
export type NewResourceRow = Insertable<ResourceTable>;
export type ResourceVersionRow = Selectable<ResourceVersionTable>;
export type ResourceReviewRow = Selectable<ResourceReviewTable>;
export type ResourceFileRow = Selectable<ResourceFileTable>;
export type JobRow = Selectable<JobTable>;
export type ActorVersionRow = Selectable<ActorVersionTable>;
export type ActorClaimRow = Selectable<ActorClaimTable>;
export type PersonRow = Selectable<PersonTable>;
export type ProjectRow = Selectable<ProjectTable>;
export type ConnectionRequestRow = Selectable<ConnectionRequestTable>;
