-- Connection requests and blocks (issue 5). A member asks an organisation (actor) or a
-- person of the roster for an introduction, a partnership or mentoring; the recipient's
-- side accepts or declines. Contact details are revealed only through an accepted
-- request, so this table is also what the contact-visibility rule reads.

create table connection_request (
	id bigserial primary key,
	kind text not null check (kind in ('introduction', 'partnership', 'mentoring')),
	status text not null default 'pending' check (status in ('pending', 'accepted', 'declined', 'withdrawn')),
	-- The account that asked; it may act for an organisation it manages (from_actor_id).
	requester_id uuid not null references app_user (id) on delete cascade,
	from_actor_id uuid references actor (id) on delete cascade,
	-- Exactly one recipient: an organisation or a person.
	to_actor_id uuid references actor (id) on delete cascade,
	to_person_id uuid references person (id) on delete cascade,
	message text not null default '',
	-- Skills categories asked about (mentoring only).
	categories text[] not null default '{}',
	answered_by uuid references app_user (id) on delete set null,
	answer_note text not null default '',
	-- The relation created on acceptance between two organisations (kept when it existed).
	relation_id uuid references relation (id) on delete set null,
	created_at timestamptz not null default now(),
	answered_at timestamptz,
	check ((to_actor_id is null) <> (to_person_id is null)),
	check (from_actor_id is null or to_actor_id is null or from_actor_id <> to_actor_id)
);
-- One open or accepted request per pair of parties and kind (the requesting party is its
-- organisation when it acts for one, else the account). The service refuses first with a
-- clear message; this index settles races.
create unique index connection_request_open_key on connection_request (
	kind,
	coalesce(from_actor_id, requester_id),
	coalesce(to_actor_id, to_person_id)
) where status in ('pending', 'accepted');
-- The daily limit counts an account's requests of the last 24 hours.
create index connection_request_requester_idx on connection_request (requester_id, created_at desc);
create index connection_request_to_actor_idx on connection_request (to_actor_id, status) where to_actor_id is not null;
create index connection_request_to_person_idx on connection_request (to_person_id, status) where to_person_id is not null;
create index connection_request_from_actor_idx on connection_request (from_actor_id, status) where from_actor_id is not null;

-- An account refuses requests from another account.
create table user_block (
	blocker_id uuid not null references app_user (id) on delete cascade,
	blocked_id uuid not null references app_user (id) on delete cascade,
	created_at timestamptz not null default now(),
	primary key (blocker_id, blocked_id),
	check (blocker_id <> blocked_id)
);
create index user_block_blocked_idx on user_block (blocked_id);
