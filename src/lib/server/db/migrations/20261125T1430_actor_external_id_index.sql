-- Importers find an actor by one of its external ids (kumu, erasmus, demo…) for every
-- row; a containment index keeps that lookup fast at tens of thousands of actors.
create index actor_external_ids_idx on actor using gin (external_ids jsonb_path_ops);
