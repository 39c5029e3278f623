-- Network profiles: the history of every actor profile, "claim this profile" requests,
-- the roster of specialists (people), projects with their partners, and the search
-- state of the directory. The search state lives in its own table (one row per actor,
-- kept by a trigger) so that reading actor rows elsewhere never carries a tsvector.

-- One snapshot of an actor after each change made through its profile.
create table actor_version (
	id bigserial primary key,
	actor_id uuid not null references actor (id) on delete cascade,
	version integer not null check (version > 0),
	-- create, edit, claim_approved…
	change_kind text not null,
	snapshot jsonb not null,
	changed_by uuid references app_user (id) on delete set null,
	-- Kept so the history still names the person after the account is removed.
	changed_by_name text not null default '',
	change_note text not null default '',
	created_at timestamptz not null default now()
);
create index actor_version_actor_idx on actor_version (actor_id, id desc);

-- A member asks to manage an organisation's profile; a curator decides.
create table actor_claim (
	id bigserial primary key,
	actor_id uuid not null references actor (id) on delete cascade,
	user_id uuid not null references app_user (id) on delete cascade,
	message text not null default '',
	status text not null default 'pending' check (status in ('pending', 'approved', 'rejected')),
	reviewer_id uuid references app_user (id) on delete set null,
	review_note text not null default '',
	created_at timestamptz not null default now(),
	decided_at timestamptz
);
-- At most one open request per account and organisation.
create unique index actor_claim_pending_key on actor_claim (actor_id, user_id) where status = 'pending';
create index actor_claim_status_idx on actor_claim (status, created_at);

-- The roster of specialists, shown as each person consents.
create table person (
	id uuid primary key default gen_random_uuid(),
	slug text not null unique,
	name text not null,
	categories text[] not null default '{}',
	languages text[] not null default '{}',
	countries text[] not null default '{}',
	available_mentoring boolean not null default false,
	available_advisory boolean not null default false,
	visibility text not null default 'members' check (visibility in ('public', 'members', 'hidden')),
	contact text not null default '',
	user_id uuid references app_user (id) on delete set null,
	bio jsonb not null default '{}',
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);
create index person_visibility_idx on person (visibility, name);

-- Projects and initiatives, placed on the typology of actions.
create table project (
	id uuid primary key default gen_random_uuid(),
	slug text not null unique,
	name text not null,
	start_year integer,
	end_year integer,
	funding_programme text not null default '',
	categories text[] not null default '{}',
	-- A cell of the ECCP typology of actions (vocabulary action-typology).
	typology_cell text,
	description jsonb not null default '{}',
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	check (start_year is null or end_year is null or end_year >= start_year)
);

create table project_partner (
	project_id uuid not null references project (id) on delete cascade,
	actor_id uuid not null references actor (id) on delete cascade,
	role text not null default 'partner' check (role in ('lead', 'partner')),
	primary key (project_id, actor_id)
);
create index project_partner_actor_idx on project_partner (actor_id);

-- Directory search: names (with other names) for typo-tolerant matching, and a text
-- vector of names (simple), city and descriptions (each in its own language's
-- configuration).
create table actor_search (
	actor_id uuid primary key references actor (id) on delete cascade,
	search_names text not null default '',
	search_vector tsvector not null default ''::tsvector
);
create index actor_search_vector_idx on actor_search using gin (search_vector);
create index actor_search_names_trgm_idx on actor_search using gin (search_names gin_trgm_ops);

-- Every word of every name, for typo tolerance: a misspelt query word is replaced by the
-- most similar known word (pg_trgm on this small table) before the full-text search.
-- Words are only added; a word no longer used just finds nothing.
create table actor_search_word (
	word text primary key
);
create index actor_search_word_trgm_idx on actor_search_word using gin (word gin_trgm_ops);

create or replace function actor_search_config(language text) returns regconfig
language sql immutable as $$
	select case split_part(lower(language), '-', 1)
		when 'en' then 'english'::regconfig
		when 'es' then 'spanish'::regconfig
		when 'fr' then 'french'::regconfig
		when 'pt' then 'portuguese'::regconfig
		when 'de' then 'german'::regconfig
		when 'it' then 'italian'::regconfig
		when 'nl' then 'dutch'::regconfig
		else 'simple'::regconfig
	end
$$;

create or replace function actor_search_sync() returns trigger
language plpgsql as $$
declare
	names text := lower(unaccent(new.name || ' ' || array_to_string(new.other_names, ' ')));
	-- The text parser reads "<word>" as an HTML tag and drops it; names are not HTML.
	vector tsvector := setweight(to_tsvector('simple', translate(names, '<>', '  ')), 'A')
		|| setweight(to_tsvector('simple', lower(unaccent(coalesce(new.city, '')))), 'C');
	entry record;
begin
	for entry in select key, value from jsonb_each_text(coalesce(new.description, '{}'::jsonb)) loop
		vector := vector || setweight(to_tsvector(actor_search_config(entry.key), translate(unaccent(left(entry.value, 20000)), '<>', '  ')), 'B');
	end loop;
	insert into actor_search (actor_id, search_names, search_vector) values (new.id, names, vector)
	on conflict (actor_id) do update set search_names = excluded.search_names, search_vector = excluded.search_vector;
	insert into actor_search_word (word)
	select distinct w from regexp_split_to_table(names, '[^[:alnum:]]+') as w where length(w) >= 3 and w !~ '^[0-9]+$'
	on conflict do nothing;
	return null;
end
$$;

create trigger actor_search_sync after insert or update of name, other_names, city, description on actor
	for each row execute function actor_search_sync();

-- Rows that existed before this migration.
update actor set name = name;

-- Filters and order of the directory.
create index actor_name_idx on actor (name, id);
create index actor_region_idx on actor (region);
create index actor_languages_idx on actor using gin (languages);
create index actor_categories_idx on actor using gin (categories);
create index actor_target_groups_idx on actor using gin (target_groups);

-- A counter that changes with every write to actor, so that an app process can keep
-- facet counts of the directory in memory and know, with one tiny read, when they are
-- stale (works across processes: the counter lives in the database).
create table actor_directory_state (
	id integer primary key check (id = 1),
	version bigint not null default 0
);
insert into actor_directory_state (id, version) values (1, 0);

create or replace function actor_directory_bump() returns trigger
language plpgsql as $$
begin
	update actor_directory_state set version = version + 1 where id = 1;
	return null;
end
$$;

create trigger actor_directory_bump after insert or update or delete or truncate on actor
	for each statement execute function actor_directory_bump();
