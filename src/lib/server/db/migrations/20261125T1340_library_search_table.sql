-- Library search, second step (docs/decisions/0003-library-search.md).
--
-- Migration 20261125T1300 kept the search vector, title copy and concepts on the
-- resource rows. Measured at 10,000 generated records (bench/library-search.mjs), every
-- search then read whole rows (abstract and vector inline, over 2 KB each) and re-checked
-- the vector of each one: 120-180 ms per query on PostgreSQL. The search state now lives
-- in a narrow table beside the records, one row per record, holding only what search
-- filters, counts and ranks on; the vector is stored out of line (TOAST), so scanning
-- and counting never touch it and only the ranked candidates read it.
--
-- The text search configurations atlas_* and atlas_search_config() of 20261125T1300 stay.

drop trigger resource_search_refresh on resource;
drop function resource_search_refresh();
alter table resource
	drop column search_vector,
	drop column search_title,
	drop column concepts,
	drop column text_concepts,
	drop column text_hash,
	drop column text_concepts_hash;

-- Copies of the filterable columns of published and unpublished records alike (the
-- queries ask for status = 'published'), kept by the trigger below.
create table resource_search (
	resource_id uuid primary key references resource (id) on delete cascade,
	status text not null,
	language text not null,
	type text not null,
	categories text[] not null,
	target_groups text[] not null,
	topics text[] not null,
	countries text[] not null,
	regions text[] not null,
	year integer,
	publisher_name text not null,
	published_at timestamptz,
	-- lower(unaccent(title)), for typo tolerance with pg_trgm.
	search_title text not null,
	-- Title A, abstract B, topics C in the record's language; publisher and authors C,
	-- DOI and attached-file text D.
	search_vector tsvector not null,
	-- Vocabulary concepts: type, categories, target groups, plus those found in the text.
	concepts text[] not null,
	-- Concepts found in title and abstract by the application (vocabularies live in code),
	-- and the text_hash they were found for; a differing hash marks them stale.
	text_concepts text[] not null default '{}',
	text_hash text not null,
	text_concepts_hash text
) with (toast_tuple_target = 512);
-- The vector goes out of line uncompressed (it hardly compresses); the small columns
-- that every search reads stay in the row.
alter table resource_search alter column search_vector set storage external;
alter table resource_search alter column search_title set storage main;
alter table resource_search alter column concepts set storage main;
alter table resource_search alter column categories set storage main;
alter table resource_search alter column countries set storage main;
alter table resource_search alter column regions set storage main;
alter table resource_search alter column target_groups set storage main;
alter table resource_search alter column publisher_name set storage main;

create function atlas_resource_concepts(type text, categories text[], target_groups text[], text_concepts text[]) returns text[]
language sql immutable
as $$
	select array(
		select distinct concept from unnest(
			array['resource-type:' || type]
			|| array(select 'skills-category:' || code from unnest(categories) as code)
			|| array(select 'target-group:' || code from unnest(target_groups) as code)
			|| text_concepts
		) as concept
		order by concept
	)
$$;

create function resource_search_sync() returns trigger
language plpgsql
as $$
declare
	config regconfig := atlas_search_config(new.language);
	-- The attached file's text (column file_text of the review migration) is read through
	-- jsonb so that this function does not depend on the order of migrations.
	attached_text text := coalesce(to_jsonb(new) ->> 'file_text', '');
begin
	insert into resource_search as s (
		resource_id, status, language, type, categories, target_groups, topics, countries, regions, year,
		publisher_name, published_at, search_title, search_vector, concepts, text_hash
	) values (
		new.id, new.status, new.language, new.type, new.categories, new.target_groups, new.topics, new.countries,
		new.regions, new.year, new.publisher_name, new.published_at,
		lower(unaccent(new.title)),
		setweight(to_tsvector(config, new.title), 'A')
			|| setweight(to_tsvector(config, new.abstract), 'B')
			|| setweight(to_tsvector(config, array_to_string(new.topics, ' ')), 'C')
			|| setweight(to_tsvector('atlas_simple'::regconfig, new.publisher_name || ' ' || array_to_string(new.authors, ' ')), 'C')
			|| setweight(to_tsvector('atlas_simple'::regconfig, new.doi), 'D')
			|| setweight(to_tsvector(config, left(attached_text, 200000)), 'D'),
		atlas_resource_concepts(new.type, new.categories, new.target_groups, '{}'),
		md5(new.title || E'\n' || new.abstract)
	)
	on conflict (resource_id) do update set
		status = excluded.status,
		language = excluded.language,
		type = excluded.type,
		categories = excluded.categories,
		target_groups = excluded.target_groups,
		topics = excluded.topics,
		countries = excluded.countries,
		regions = excluded.regions,
		year = excluded.year,
		publisher_name = excluded.publisher_name,
		published_at = excluded.published_at,
		search_title = excluded.search_title,
		search_vector = excluded.search_vector,
		concepts = atlas_resource_concepts(excluded.type, excluded.categories, excluded.target_groups, s.text_concepts),
		text_hash = excluded.text_hash;
	return null;
end
$$;

create trigger resource_search_sync
	after insert or update on resource
	for each row execute function resource_search_sync();

-- The records already held.
update resource set title = title;

create index resource_search_vector_idx on resource_search using gin (search_vector);
create index resource_search_title_trgm_idx on resource_search using gin (search_title gin_trgm_ops);
create index resource_search_concepts_idx on resource_search using gin (concepts);
-- Browsing without words: newest first.
create index resource_search_newest_idx on resource_search (year desc nulls last, published_at desc nulls last, resource_id)
	where status = 'published';
create index resource_search_stale_idx on resource_search (resource_id) where text_concepts_hash is distinct from text_hash;
