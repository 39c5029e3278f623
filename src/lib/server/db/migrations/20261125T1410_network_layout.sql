-- The network map (issue 4, item 4) draws positions computed on the server. A layout of
-- 10k actors takes tens of seconds (architecture.md, "Known pitfalls"), so layouts and
-- centralities are computed in the background and cached per version of the network.
-- The version is a counter bumped by statement-level triggers on actor and relation, so
-- every writer (importers, profile edits, other processes on a PostgreSQL server) bumps
-- it without the application having to remember, and a bulk import bumps it once per
-- statement instead of once per row.

create table network_version (
	-- Always true: one row.
	singleton boolean primary key default true check (singleton),
	version bigint not null default 1,
	changed_at timestamptz not null default now()
);
insert into network_version (singleton, version) values (true, 1);

create function network_version_bump() returns trigger
language plpgsql
as $$
begin
	-- Once per transaction is enough: a long import writing thousands of statements
	-- would otherwise update (and bloat) the one row thousands of times.
	if current_setting('atlas.network_version_bumped', true) = 'yes' then
		return null;
	end if;
	perform set_config('atlas.network_version_bumped', 'yes', true);
	update network_version set version = version + 1, changed_at = now() where singleton;
	return null;
end;
$$;

create trigger actor_network_version
	after insert or update or delete or truncate on actor
	for each statement execute function network_version_bump();

create trigger relation_network_version
	after insert or update or delete or truncate on relation
	for each statement execute function network_version_bump();

-- One computed layout per network version. positions: {"<actor id>": [x, y]};
-- metrics: {"degree": {id: n}, "betweenness": {id: n}, "community": {id: n},
-- "betweennessMethod": "exact" | "sampled"}. Old rows are kept a little while so a request
-- for a newer version can start from the most recent older layout.
create table network_layout (
	version bigint primary key,
	node_count integer not null,
	edge_count integer not null,
	positions jsonb not null,
	metrics jsonb not null,
	computed_at timestamptz not null default now(),
	duration_ms integer not null
);
