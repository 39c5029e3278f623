-- Long work with visible progress (imports first, later layouts and reports): one row
-- per job, run inside an app process, whose progress any process can read. PostgreSQL
-- is the only store (architecture.md), so a job's input file waits here too, in
-- `payload`, between an upload's preview and its apply; it is cleared once used.

create table job (
	id uuid primary key default gen_random_uuid(),
	kind text not null,
	status text not null default 'queued' check (status in ('queued', 'running', 'done', 'failed')),
	progress_done integer not null default 0,
	progress_total integer not null default 0,
	-- What the job was asked to do (file name, format, column choices…).
	params jsonb not null default '{}',
	payload bytea,
	result jsonb,
	error text,
	created_by uuid references app_user (id) on delete set null,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);
create index job_created_by_idx on job (created_by, created_at desc);
create index job_status_idx on job (status, updated_at) where status in ('queued', 'running');
