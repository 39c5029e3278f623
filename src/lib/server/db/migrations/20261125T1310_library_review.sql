-- Review before publication: every change of a knowledge record kept as a version
-- (who, when, a full snapshot), the curators' decisions with their comments, and the
-- attached file. The file's bytes live in the database, like everything else, so a
-- backup of PostgreSQL is a backup of the whole platform (no second store).

-- Text extracted from the attached file (a PDF), copied onto the record so that the
-- search index of the record can include it without reading resource_file.
alter table resource add column file_text text not null default '';

create index resource_submitted_by_idx on resource (submitted_by, updated_at desc);

create table resource_version (
	id bigserial primary key,
	resource_id uuid not null references resource (id) on delete cascade,
	version integer not null check (version > 0),
	-- What happened: create, edit, submit, approve, request_changes, reject, file.
	change_kind text not null,
	-- The record as it was after this change (fields, status, attached file's identity).
	snapshot jsonb not null,
	changed_by uuid references app_user (id) on delete set null,
	-- Kept so the history still names the person after the account is removed.
	changed_by_name text not null default '',
	change_note text not null default '',
	created_at timestamptz not null default now(),
	unique (resource_id, version)
);

create table resource_review (
	id bigserial primary key,
	resource_id uuid not null references resource (id) on delete cascade,
	reviewer uuid references app_user (id) on delete set null,
	reviewer_name text not null default '',
	decision text not null check (decision in ('approve', 'request_changes', 'reject')),
	comment text not null default '',
	created_at timestamptz not null default now()
);
create index resource_review_resource_idx on resource_review (resource_id, created_at desc);

-- One attached file per record. content_type is the type we decided from the bytes,
-- never the one the browser claimed.
create table resource_file (
	resource_id uuid primary key references resource (id) on delete cascade,
	file_name text not null,
	content_type text not null,
	size_bytes integer not null check (size_bytes >= 0),
	sha256 text not null,
	bytes bytea not null,
	text text not null default '',
	text_status text not null default 'none' check (text_status in ('ok', 'unavailable', 'none')),
	uploaded_by uuid references app_user (id) on delete set null,
	created_at timestamptz not null default now()
);
