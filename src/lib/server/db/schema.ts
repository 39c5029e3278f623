/**
 * Kysely's view of the database: every table, and the row types the areas use. The
 * table types live beside it by area (schema-accounts, -network, -library, -matching);
 * they follow the SQL migrations by hand.
 */
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { AppUserTable, UserSessionTable, EmailTokenTable, ApiTokenTable, RateLimitEventTable, AuditLogTable, MailOutboxTable, NotificationTable, AtlasMigrationTable } from './schema-accounts';
import type { ActorTable, ActorMemberTable, RelationTable, NetworkVersionTable, NetworkLayoutTable, ActorVersionTable, ActorClaimTable, PersonTable, ProjectTable, ProjectPartnerTable, ActorSearchTable, ActorDirectoryStateTable, ActorSearchWordTable } from './schema-network';
import type { ResourceTable, ResourceVersionTable, ResourceReviewTable, ResourceFileTable, JobTable, ResourceSearchTable, ResourceTextConceptTable, LibrarySearchStateTable } from './schema-library';
import type { PartnerPostTable, PartnerPostInterestTable, PartnerPostFollowerTable, ConnectionRequestTable, UserBlockTable } from './schema-matching';

export type * from './schema-accounts';
export type * from './schema-network';
export type * from './schema-library';
export type * from './schema-matching';

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
