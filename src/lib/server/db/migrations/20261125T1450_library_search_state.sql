-- Library search, fourth step (docs/decisions/0003-library-search.md): a counter that
-- changes with every write to the search rows, so that an app process can keep the
-- answer to "the library without words" (the /library landing page: every published
-- record's facet counts) in memory and know, with one tiny read, when it is stale. At
-- 100,000 records that answer scans the whole table; kept, it costs one row read.
-- The counter lives in the database, so it works across app processes.

create table library_search_state (
	id integer primary key check (id = 1),
	version bigint not null default 0
);
insert into library_search_state (id, version) values (1, 0);

create function library_search_bump() returns trigger
language plpgsql
as $$
begin
	update library_search_state set version = version + 1 where id = 1;
	return null;
end
$$;

create trigger library_search_bump
	after insert or update or delete or truncate on resource_search
	for each statement execute function library_search_bump();

-- The "newest" index of 20261125T1340 is dropped: searches now read their hits in one
-- pass and sort them in memory, so it served no query, and with sequential scans
-- discouraged (search-queries.ts) the planner took it as a way to read every published
-- row instead of using the trigram and text indexes (measured: 170 ms instead of 1 ms
-- for a misspelt word at 10,000 records on PGlite).
drop index resource_search_newest_idx;
