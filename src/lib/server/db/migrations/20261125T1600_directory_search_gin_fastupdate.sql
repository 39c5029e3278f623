-- Directory search at tens of thousands of actors (issue 4). The GIN indexes of the
-- search vector and of the name words kept new entries in a "pending list" (fastupdate)
-- that only VACUUM folds into the index. PGlite never autovacuums, so after an import the
-- list held thousands of entries: every search read it whole (about 470 pages at 50,000
-- actors) and the planner, counting it, preferred a sequential scan of actor_search, even
-- for a word that matches nothing. Entries now go straight into the index (writes cost a
-- little more) and the list built so far is merged once here.
alter index actor_search_vector_idx set (fastupdate = off);
alter index actor_search_word_trgm_idx set (fastupdate = off);
select gin_clean_pending_list('actor_search_vector_idx'::regclass);
select gin_clean_pending_list('actor_search_word_trgm_idx'::regclass);
