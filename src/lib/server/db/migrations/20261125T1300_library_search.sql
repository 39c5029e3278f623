-- Library search (issue 3; docs/decisions/0003-library-search.md).
--
-- Every knowledge record carries a search vector built with its own language's
-- configuration (title A, abstract B, topics C) plus a `simple` part for names and codes
-- (publisher and authors C, DOI and attached-file text D), an accent-free lower-case
-- copy of its title for typo tolerance with pg_trgm, and the vocabulary concepts it is
-- about ('skills-category:1', 'target-group:youth', 'resource-type:case-study') for
-- cross-language matching. A trigger keeps them in step with every insert and update,
-- whoever writes the row.
--
-- Concepts found in the title and abstract text come from the vocabularies, which live
-- in code: the application writes them into text_concepts (refreshResourceConcepts in
-- src/lib/server/library/search.ts) and records for which text (text_concepts_hash);
-- a row whose text changed since then is "stale" and found through a partial index.

-- The stock configurations keep accents, so "competences" would miss "compétences".
-- These copies pass every word through unaccent first, documents and queries alike.
create text search configuration atlas_english (copy = english);
alter text search configuration atlas_english alter mapping for hword, hword_part, word with unaccent, english_stem;
create text search configuration atlas_spanish (copy = spanish);
alter text search configuration atlas_spanish alter mapping for hword, hword_part, word with unaccent, spanish_stem;
create text search configuration atlas_french (copy = french);
alter text search configuration atlas_french alter mapping for hword, hword_part, word with unaccent, french_stem;
create text search configuration atlas_portuguese (copy = portuguese);
alter text search configuration atlas_portuguese alter mapping for hword, hword_part, word with unaccent, portuguese_stem;
create text search configuration atlas_simple (copy = simple);
alter text search configuration atlas_simple alter mapping for hword, hword_part, word with unaccent, simple;

-- The configuration a record's text is indexed with; languages without a stemmer of
-- their own get `simple` (words as written, accents removed).
create function atlas_search_config(language text) returns regconfig
language sql stable
as $$
	select (case split_part(lower(language), '-', 1)
		when 'en' then 'atlas_english'
		when 'es' then 'atlas_spanish'
		when 'fr' then 'atlas_french'
		when 'pt' then 'atlas_portuguese'
		else 'atlas_simple'
	end)::regconfig
$$;

alter table resource
	add column search_vector tsvector not null default ''::tsvector,
	add column search_title text not null default '',
	add column concepts text[] not null default '{}',
	add column text_concepts text[] not null default '{}',
	add column text_hash text not null default '',
	add column text_concepts_hash text;

create function resource_search_refresh() returns trigger
language plpgsql
as $$
declare
	config regconfig := atlas_search_config(new.language);
	-- The attached file's text (column file_text, added by the review migration) is read
	-- through jsonb so this function also works on a schema that does not have it yet.
	attached_text text := coalesce(to_jsonb(new) ->> 'file_text', '');
begin
	new.search_title := lower(unaccent(new.title));
	new.search_vector :=
		setweight(to_tsvector(config, new.title), 'A')
		|| setweight(to_tsvector(config, new.abstract), 'B')
		|| setweight(to_tsvector(config, array_to_string(new.topics, ' ')), 'C')
		|| setweight(to_tsvector('atlas_simple'::regconfig, new.publisher_name || ' ' || array_to_string(new.authors, ' ')), 'C')
		|| setweight(to_tsvector('atlas_simple'::regconfig, new.doi), 'D')
		|| setweight(to_tsvector(config, left(attached_text, 200000)), 'D');
	new.text_hash := md5(new.title || E'\n' || new.abstract);
	new.concepts := array(
		select distinct concept from unnest(
			array['resource-type:' || new.type]
			|| array(select 'skills-category:' || code from unnest(new.categories) as code)
			|| array(select 'target-group:' || code from unnest(new.target_groups) as code)
			|| new.text_concepts
		) as concept
		order by concept
	);
	return new;
end
$$;

create trigger resource_search_refresh
	before insert or update on resource
	for each row execute function resource_search_refresh();

-- Fill the new columns of the records already held.
update resource set title = title;

create index resource_search_vector_idx on resource using gin (search_vector);
create index resource_search_title_trgm_idx on resource using gin (search_title gin_trgm_ops);
create index resource_concepts_idx on resource using gin (concepts);
create index resource_text_concepts_stale_idx on resource (id) where text_concepts_hash is distinct from text_hash;
