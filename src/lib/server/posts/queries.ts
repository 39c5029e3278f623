/** Rows of partner-search posts, the interest expressed in them and their followers. */
import { sql, type ExpressionBuilder, type SelectQueryBuilder } from 'kysely';
import type { DB, Database } from '../db';
import type { Insertable, Updateable } from 'kysely';
import type { PartnerPostTable } from '../db/schema';

export type NewPostRow = Insertable<PartnerPostTable>;
export type PostChanges = Updateable<PartnerPostTable>;

export interface PostRow {
	id: string;
	slug: string;
	title: string;
	description: string;
	actor_types: string[];
	categories: string[];
	target_groups: string[];
	countries: string[];
	scope: 'regional' | 'international' | 'any';
	author_id: string | null;
	author_name: string;
	actor_id: string | null;
	actor_slug: string | null;
	actor_name: string | null;
	status: 'open' | 'closed';
	/** YYYY-MM-DD or null. */
	deadline: string | null;
	demo_id: string | null;
	created_at: Date;
	updated_at: Date;
	closed_at: Date | null;
	interest_count: number | string;
}

type PostQuery = SelectQueryBuilder<Database, 'partner_post', object>;

/**
 * Every column of a post the service reads, with the posting organisation's name and slug,
 * the deadline as text (drivers would turn a `date` into a local-midnight Date) and the
 * number of interested parties.
 */
function withPostColumns(query: PostQuery) {
	return query
		.leftJoin('actor', 'actor.id', 'partner_post.actor_id')
		.select([
			'partner_post.id',
			'partner_post.slug',
			'partner_post.title',
			'partner_post.description',
			'partner_post.actor_types',
			'partner_post.categories',
			'partner_post.target_groups',
			'partner_post.countries',
			'partner_post.scope',
			'partner_post.author_id',
			'partner_post.author_name',
			'partner_post.actor_id',
			'actor.slug as actor_slug',
			'actor.name as actor_name',
			'partner_post.status',
			sql<string | null>`to_char(partner_post.deadline, 'YYYY-MM-DD')`.as('deadline'),
			'partner_post.demo_id',
			'partner_post.created_at',
			'partner_post.updated_at',
			'partner_post.closed_at',
			(eb: ExpressionBuilder<Database, 'partner_post'>) =>
				eb
					.selectFrom('partner_post_interest')
					.select((inner) => inner.fn.countAll<string>().as('n'))
					.whereRef('partner_post_interest.post_id', '=', 'partner_post.id')
					.as('interest_count')
		]);
}

/** One post by id. */
export function selectPostById(db: DB, id: string): Promise<PostRow | undefined> {
	return withPostColumns(db.selectFrom('partner_post')).where('partner_post.id', '=', id).executeTakeFirst() as Promise<PostRow | undefined>;
}

/** One post by slug. */
export function selectPostBySlug(db: DB, slug: string): Promise<PostRow | undefined> {
	return withPostColumns(db.selectFrom('partner_post')).where('partner_post.slug', '=', slug).executeTakeFirst() as Promise<PostRow | undefined>;
}

/** One post of the demo data by its demo id. */
export function selectPostByDemoId(db: DB, demoId: string): Promise<PostRow | undefined> {
	return withPostColumns(db.selectFrom('partner_post')).where('partner_post.demo_id', '=', demoId).executeTakeFirst() as Promise<PostRow | undefined>;
}

export interface PostFilterRow {
	status: 'open' | 'closed' | 'all';
	categories: string[];
	countries: string[];
	types: string[];
	/** Lower-cased, unaccented words that must all occur in title or description. */
	words: string[];
	/** Concept codes found in the query: a post on one of these categories matches too. */
	queryCategories: string[];
	authorId?: string;
	limit: number;
	offset: number;
}

/** One page of posts, newest first, with the total of the filtered set. */
export async function selectPostPage(db: DB, filter: PostFilterRow): Promise<{ rows: PostRow[]; total: number }> {
	let query = db.selectFrom('partner_post');
	// "Open" means open and not past its deadline; "closed" is the rest.
	const stillOpen = sql<boolean>`(partner_post.status = 'open' and (partner_post.deadline is null or partner_post.deadline >= (now() at time zone 'utc')::date))`;
	if (filter.status === 'open') query = query.where(stillOpen);
	if (filter.status === 'closed') query = query.where(sql<boolean>`not ${stillOpen}`);
	if (filter.categories.length) query = query.where('partner_post.categories', '&&', sql<string[]>`${filter.categories}::text[]`);
	if (filter.countries.length) query = query.where('partner_post.countries', '&&', sql<string[]>`${filter.countries}::text[]`);
	if (filter.types.length) query = query.where('partner_post.actor_types', '&&', sql<string[]>`${filter.types}::text[]`);
	if (filter.authorId) query = query.where('partner_post.author_id', '=', filter.authorId);
	if (filter.words.length) {
		const text = sql<string>`lower(unaccent(partner_post.title || ' ' || partner_post.description))`;
		query = query.where((eb) => {
			const allWords = eb.and(filter.words.map((word) => eb(text, 'like', `%${escapeLike(word)}%`)));
			if (!filter.queryCategories.length) return allWords;
			return eb.or([allWords, eb('partner_post.categories', '&&', sql<string[]>`${filter.queryCategories}::text[]`)]);
		});
	}
	const [rows, count] = await Promise.all([
		withPostColumns(query).orderBy('partner_post.created_at', 'desc').orderBy('partner_post.id').limit(filter.limit).offset(filter.offset).execute(),
		query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow()
	]);
	return { rows: rows as PostRow[], total: Number(count.total) };
}

function escapeLike(text: string): string {
	return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** Inserts a post; returns its id. */
export async function insertPost(db: DB, row: NewPostRow): Promise<string> {
	const inserted = await db.insertInto('partner_post').values(row).returning('id').executeTakeFirstOrThrow();
	return inserted.id;
}

/** Changes a post and stamps updated_at. */
export async function updatePostRow(db: DB, id: string, changes: PostChanges): Promise<void> {
	await db
		.updateTable('partner_post')
		.set({ ...changes, updated_at: sql`now()` })
		.where('id', '=', id)
		.execute();
}

/** Slugs of posts equal to base or base-<n>. */
export async function slugsLike(db: DB, base: string): Promise<string[]> {
	const rows = await db
		.selectFrom('partner_post')
		.select('slug')
		.where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${escapeLike(base)}-%`)]))
		.execute();
	return rows.map((row) => row.slug);
}

/** Serialises an account's publishing until the transaction ends (the daily limit). */
export async function lockAuthor(db: DB, userId: string): Promise<void> {
	await sql`select pg_advisory_xact_lock(hashtext(${'post:' + userId}))`.execute(db);
}

/** Posts an account wrote since `since`. */
export async function countPostsSince(db: DB, authorId: string, since: Date): Promise<number> {
	const row = await db
		.selectFrom('partner_post')
		.select((eb) => eb.fn.countAll<string>().as('n'))
		.where('author_id', '=', authorId)
		.where('created_at', '>=', since)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

/** Removes the posts of the demo data. */
export async function deleteDemoPosts(db: DB): Promise<number> {
	const result = await db.deleteFrom('partner_post').where('demo_id', 'is not', null).executeTakeFirst();
	return Number(result.numDeletedRows);
}

/** Records interest; false when the account had already expressed it. */
export async function insertInterest(db: DB, row: { post_id: string; user_id: string; actor_id: string | null; message: string }): Promise<boolean> {
	const inserted = await db
		.insertInto('partner_post_interest')
		.values(row)
		.onConflict((oc) => oc.columns(['post_id', 'user_id']).doNothing())
		.returning('id')
		.executeTakeFirst();
	return !!inserted;
}

/** Whether the account has expressed interest in the post. */
export async function hasInterest(db: DB, postId: string, userId: string): Promise<boolean> {
	const row = await db.selectFrom('partner_post_interest').select('id').where('post_id', '=', postId).where('user_id', '=', userId).executeTakeFirst();
	return !!row;
}

/** The interested parties of a post, oldest first, with account and organisation names. */
export function selectInterests(db: DB, postId: string) {
	return db
		.selectFrom('partner_post_interest')
		.innerJoin('app_user', 'app_user.id', 'partner_post_interest.user_id')
		.leftJoin('actor', 'actor.id', 'partner_post_interest.actor_id')
		.select([
			'partner_post_interest.id',
			'partner_post_interest.message',
			'partner_post_interest.created_at',
			'app_user.id as user_id',
			'app_user.display_name as user_name',
			'actor.id as actor_id',
			'actor.slug as actor_slug',
			'actor.name as actor_name'
		])
		.where('partner_post_interest.post_id', '=', postId)
		.orderBy('partner_post_interest.created_at')
		.orderBy('partner_post_interest.id')
		.execute();
}

/** Adds a follower; nothing happens when the account already follows. */
export async function insertFollower(db: DB, postId: string, userId: string): Promise<void> {
	await db
		.insertInto('partner_post_follower')
		.values({ post_id: postId, user_id: userId })
		.onConflict((oc) => oc.columns(['post_id', 'user_id']).doNothing())
		.execute();
}

/** Removes a follower (no error when the account did not follow). */
export async function deleteFollower(db: DB, postId: string, userId: string): Promise<void> {
	await db.deleteFrom('partner_post_follower').where('post_id', '=', postId).where('user_id', '=', userId).execute();
}

/** Whether the account follows the post. */
export async function isFollower(db: DB, postId: string, userId: string): Promise<boolean> {
	const row = await db.selectFrom('partner_post_follower').select('user_id').where('post_id', '=', postId).where('user_id', '=', userId).executeTakeFirst();
	return !!row;
}

/** Account ids following the post. */
export async function selectFollowerIds(db: DB, postId: string): Promise<string[]> {
	const rows = await db.selectFrom('partner_post_follower').select('user_id').where('post_id', '=', postId).execute();
	return rows.map((row) => row.user_id);
}

/** Number of followers of the post. */
export async function countFollowers(db: DB, postId: string): Promise<number> {
	const row = await db
		.selectFrom('partner_post_follower')
		.select((eb) => eb.fn.countAll<string>().as('n'))
		.where('post_id', '=', postId)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

/** Names of the organisations with these ids (the ones an account may post for). */
export function selectActorNames(db: DB, actorIds: string[]) {
	if (actorIds.length === 0) return Promise.resolve([] as { id: string; slug: string; name: string }[]);
	return db.selectFrom('actor').select(['id', 'slug', 'name']).where('id', 'in', actorIds).orderBy('name').execute();
}
