-- Partner-search posts, as on cluster platforms: a member (optionally for an organisation
-- they manage) says whom they are looking for ("a VET partner in Portugal for
-- digital-skills training"); others express interest with a message, or follow the post
-- to hear when it changes or closes. The wanted actor types, categories, target groups
-- and countries are vocabulary codes, so the suggestion engine and filters read them
-- directly.
create table partner_post (
	id uuid primary key default gen_random_uuid(),
	slug text not null unique,
	title text not null,
	-- Markdown written by the author; rendered through the library's sanitising renderer.
	description text not null default '',
	actor_types text[] not null default '{}',
	categories text[] not null default '{}',
	target_groups text[] not null default '{}',
	countries text[] not null default '{}',
	scope text not null default 'any' check (scope in ('regional', 'international', 'any')),
	-- Null once the account is removed; the name stays so the post still says who wrote it.
	author_id uuid references app_user (id) on delete set null,
	author_name text not null default '',
	actor_id uuid references actor (id) on delete set null,
	status text not null default 'open' check (status in ('open', 'closed')),
	deadline date,
	-- Set on the posts of the demo data, so a reload matches them and a reset removes them.
	demo_id text unique,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	closed_at timestamptz
);
create index partner_post_list_idx on partner_post (status, created_at desc, id);
-- The daily limit counts an account's recent posts.
create index partner_post_author_idx on partner_post (author_id, created_at);
create index partner_post_categories_idx on partner_post using gin (categories);
create index partner_post_countries_idx on partner_post using gin (countries);
create index partner_post_types_idx on partner_post using gin (actor_types);

-- "I'm interested": once per account and post.
create table partner_post_interest (
	id bigserial primary key,
	post_id uuid not null references partner_post (id) on delete cascade,
	user_id uuid not null references app_user (id) on delete cascade,
	actor_id uuid references actor (id) on delete set null,
	message text not null default '',
	created_at timestamptz not null default now(),
	unique (post_id, user_id)
);

create table partner_post_follower (
	post_id uuid not null references partner_post (id) on delete cascade,
	user_id uuid not null references app_user (id) on delete cascade,
	created_at timestamptz not null default now(),
	primary key (post_id, user_id)
);
create index partner_post_follower_user_idx on partner_post_follower (user_id);
