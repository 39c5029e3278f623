/** Kysely table types of the knowledge library and jobs; they follow the SQL migrations by hand. */
import type { ColumnType, Generated } from 'kysely';
import type { Timestamp, NullableTimestamp, Json, NullableJson, TextArray } from './column-types';

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
