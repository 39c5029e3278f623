-- Ids the database makes are now time-ordered UUIDs (RFC 9562 version 7) instead of
-- random ones (version 4): docs/decisions/0007-time-ordered-ids.md. Existing ids are
-- kept; only new rows get the new form. Both are UUIDs, so every reader still accepts
-- them. PostgreSQL 18 has uuidv7() built in; the server engine may be older, so both
-- engines use this function, and make the same form: Unix milliseconds, version, 12 bits
-- left at zero (PGlite's clock has no finer step; the server's would spread the ids of
-- one import over more digits), variant, 62 random bits.

create function atlas_uuid_v7() returns uuid
language sql volatile parallel safe
as $$
	select encode(
		-- 48 bits: Unix time in milliseconds
		substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3 for 6)
		-- 4 bits of version (7), then 12 bits at zero
		|| decode('7000', 'hex')
		-- the variant bits and 62 random bits: the last 8 bytes of a random UUID
		|| substring(uuid_send(gen_random_uuid()) from 9 for 8),
		'hex')::uuid
$$;

alter table app_user alter column id set default atlas_uuid_v7();
alter table api_token alter column id set default atlas_uuid_v7();
alter table actor alter column id set default atlas_uuid_v7();
alter table relation alter column id set default atlas_uuid_v7();
alter table resource alter column id set default atlas_uuid_v7();
alter table job alter column id set default atlas_uuid_v7();
alter table person alter column id set default atlas_uuid_v7();
alter table project alter column id set default atlas_uuid_v7();
alter table partner_post alter column id set default atlas_uuid_v7();
