-- Library search, third step (docs/decisions/0003-library-search.md). Measured at 100,000
-- generated records (bench/library-search.mjs) on PostgreSQL 15:
--
-- 1. A search for a frequent word read nearly every page of resource_search. PostgreSQL
--    moves values to TOAST only from rows of about 2 KB (toast_tuple_target applies past
--    that threshold, it does not lower it), so each row kept its vector inline: 1.6 KB
--    a record, 160 MB of table. resource_search now also holds the plain text of the
--    abstract that snippets are cut from; most rows then pass the threshold, both big
--    values move out of line (toast_tuple_target 512 of 20261125T1340), the table
--    shrinks to about 62 MB, and counting or faceting many hits reads far fewer pages.
-- 2. Storing the concepts found in a record's text rewrote its whole search row and
--    every lexeme of its vector in the GIN index (about 1 ms a record). Those concepts
--    now live in a small table of their own; resource_search.concepts keeps the ones
--    that come from the record's columns (type, categories, target groups).

alter table resource_search add column snippet_text text not null default '';

create table resource_text_concept (
	resource_id uuid primary key references resource (id) on delete cascade,
	concepts text[] not null,
	-- resource_search.text_hash of the title and abstract the concepts were found in.
	text_hash text not null
);
create index resource_text_concept_concepts_idx on resource_text_concept using gin (concepts);

insert into resource_text_concept (resource_id, concepts, text_hash)
	select resource_id, text_concepts, text_concepts_hash from resource_search where text_concepts_hash is not null;

drop index resource_search_stale_idx;
alter table resource_search drop column text_concepts, drop column text_concepts_hash;

create or replace function resource_search_sync() returns trigger
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
		publisher_name, published_at, search_title, search_vector, concepts, text_hash, snippet_text
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
		md5(new.title || E'\n' || new.abstract),
		-- Markdown link targets and markup characters out; the two private-use characters
		-- that mark highlighted words in snippets can never come from the text itself.
		regexp_replace(translate(new.abstract, E'\uE000\uE001', ''), '!?\[([^\]]*)\]\([^)]*\)|[*_`#>]+', '\1', 'g')
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
		concepts = excluded.concepts,
		text_hash = excluded.text_hash,
		snippet_text = excluded.snippet_text;
	return null;
end
$$;

-- Rewrite the search rows of the records already held.
update resource set title = title;
