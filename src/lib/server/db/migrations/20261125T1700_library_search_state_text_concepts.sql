-- Library search, fifth step (docs/decisions/0006-search-side-index.md): the app keeps
-- an in-memory side index of the published records (facet columns, concepts, text
-- vectors) and trusts it while library_search_state.version has not moved. Concepts
-- found in a record's text live in resource_text_concept, which the counter did not
-- watch: writes there now move it too.

create trigger library_search_bump
	after insert or update or delete or truncate on resource_text_concept
	for each statement execute function library_search_bump();
