-- Mentoring offers: organisations and people of the roster say on which skills
-- categories they offer mentoring. Matchmaking reads these to suggest mentors, and
-- mentoring requests (connections) are checked against them. An empty list means no
-- offer. For people, `available_mentoring` stays the general availability flag; the
-- categories narrow it.
alter table actor add column mentoring_categories text[] not null default '{}';
alter table person add column mentoring_categories text[] not null default '{}';
create index actor_mentoring_idx on actor using gin (mentoring_categories) where mentoring_categories <> '{}';
