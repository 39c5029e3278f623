-- Foundation: accounts, sessions, tokens, rate limits, audit, mail outbox,
-- notifications, and the first shape of actors, relations and resources that the
-- demo network needs. Vocabulary codes (categories, countries, ISCO…) are stored as
-- text codes; the vocab module in code owns their labels in every language.

create extension if not exists pg_trgm;
create extension if not exists unaccent;

create table app_user (
	id uuid primary key default gen_random_uuid(),
	email text not null,
	display_name text not null default '',
	password_hash text,
	role text not null default 'member' check (role in ('admin', 'curator', 'member')),
	locale text not null default 'en',
	email_confirmed_at timestamptz,
	disabled_at timestamptz,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);
create unique index app_user_email_key on app_user (lower(email));

-- Session ids are stored hashed (sha-256), so a leaked table does not leak sessions.
create table user_session (
	id text primary key,
	user_id uuid not null references app_user (id) on delete cascade,
	created_at timestamptz not null default now(),
	expires_at timestamptz not null,
	last_seen_at timestamptz not null default now(),
	user_agent text not null default '',
	ip text not null default ''
);
create index user_session_user_idx on user_session (user_id);

-- One-use tokens sent by mail: address confirmation and password reset.
create table email_token (
	id text primary key,
	user_id uuid not null references app_user (id) on delete cascade,
	purpose text not null check (purpose in ('confirm', 'reset')),
	created_at timestamptz not null default now(),
	expires_at timestamptz not null,
	used_at timestamptz
);
create index email_token_user_idx on email_token (user_id);

create table api_token (
	id uuid primary key default gen_random_uuid(),
	user_id uuid not null references app_user (id) on delete cascade,
	name text not null,
	token_hash text not null unique,
	prefix text not null,
	created_at timestamptz not null default now(),
	last_used_at timestamptz,
	revoked_at timestamptz
);
create index api_token_user_idx on api_token (user_id);

-- Rate limits live in the database so that every app process sees the same counts.
create table rate_limit_event (
	id bigserial primary key,
	bucket text not null,
	key text not null,
	created_at timestamptz not null default now()
);
create index rate_limit_event_lookup_idx on rate_limit_event (bucket, key, created_at);

create table audit_log (
	id bigserial primary key,
	user_id uuid references app_user (id) on delete set null,
	user_email text not null default '',
	action text not null,
	target_type text not null default '',
	target_id text not null default '',
	details jsonb not null default '{}',
	ip text not null default '',
	created_at timestamptz not null default now()
);
create index audit_log_created_idx on audit_log (created_at desc);

create table mail_outbox (
	id bigserial primary key,
	to_address text not null,
	subject text not null,
	body_text text not null,
	status text not null default 'kept' check (status in ('kept', 'sent', 'failed')),
	error text,
	created_at timestamptz not null default now(),
	sent_at timestamptz
);
create index mail_outbox_created_idx on mail_outbox (created_at desc);

create table notification (
	id bigserial primary key,
	user_id uuid not null references app_user (id) on delete cascade,
	kind text not null,
	title text not null,
	body text not null default '',
	link text not null default '',
	created_at timestamptz not null default now(),
	read_at timestamptz
);
create index notification_user_idx on notification (user_id, created_at desc);

-- Organisations of the network.
create table actor (
	id uuid primary key default gen_random_uuid(),
	slug text not null unique,
	type text not null,
	name text not null,
	other_names text[] not null default '{}',
	country text,
	region text,
	city text not null default '',
	latitude double precision,
	longitude double precision,
	languages text[] not null default '{}',
	categories text[] not null default '{}',
	target_groups text[] not null default '{}',
	sectors text[] not null default '{}',
	description jsonb not null default '{}',
	website text not null default '',
	external_ids jsonb not null default '{}',
	contact jsonb,
	contact_public boolean not null default false,
	size text,
	founded_year integer,
	member_count integer,
	helix jsonb,
	extra jsonb not null default '{}',
	status text not null default 'published' check (status in ('draft', 'published')),
	version integer not null default 1,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);
create index actor_country_idx on actor (country);
create index actor_type_idx on actor (type);
create index actor_name_trgm_idx on actor using gin (name gin_trgm_ops);

-- Accounts that may edit an organisation's profile.
create table actor_member (
	actor_id uuid not null references actor (id) on delete cascade,
	user_id uuid not null references app_user (id) on delete cascade,
	role text not null default 'manager',
	created_at timestamptz not null default now(),
	primary key (actor_id, user_id)
);

create table relation (
	id uuid primary key default gen_random_uuid(),
	source_id uuid not null references actor (id) on delete cascade,
	target_id uuid not null references actor (id) on delete cascade,
	type text not null,
	label text not null default '',
	description text not null default '',
	start_year integer,
	end_year integer,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	check (source_id <> target_id),
	unique (source_id, target_id, type)
);
create index relation_target_idx on relation (target_id);

-- Knowledge records. Language versions of one work share work_id.
create table resource (
	id uuid primary key default gen_random_uuid(),
	work_id uuid not null,
	slug text not null unique,
	status text not null default 'draft'
		check (status in ('draft', 'submitted', 'changes_requested', 'published', 'rejected')),
	title text not null,
	abstract text not null default '',
	language text not null,
	type text not null,
	categories text[] not null default '{}',
	topics text[] not null default '{}',
	target_groups text[] not null default '{}',
	countries text[] not null default '{}',
	regions text[] not null default '{}',
	publisher_actor_id uuid references actor (id) on delete set null,
	publisher_name text not null default '',
	authors text[] not null default '{}',
	year integer,
	url text not null default '',
	doi text not null default '',
	licence text not null default '',
	extra jsonb not null default '{}',
	submitted_by uuid references app_user (id) on delete set null,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	published_at timestamptz
);
create index resource_work_idx on resource (work_id);
create index resource_status_idx on resource (status, published_at desc);
