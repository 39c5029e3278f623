/**
 * Partner-search posts: a member (optionally for an organisation they manage) says whom
 * they are looking for; the author and curators edit or close the post, and followers
 * hear of it. Lists filter by category, country, wanted type and words. Interest and
 * following live in engagement.ts; the suggested actors in suggestions.ts.
 */
import { z } from 'zod';
import type { DB } from '../db';
import type { SessionUser } from '../../domain/user';
import { AppError, forbidden, invalidInput, notFound, zodFieldErrors } from '../errors';
import { recordAudit } from '../audit/service';
import { wholeNumberSetting } from '../config';
import { repeatableParam, wholeNumberParam } from '../api/query-fields';
import { validate } from '../api/http';
import { findConceptsInText, lookup, type Locale, type VocabularyName } from '../vocab';
import { slugify } from '../network/service';
import * as queries from './queries';
import { noticeChange, type PostChangeKind } from './notices';
import { POST_SCOPES, canManagePost, toPartnerPost, todayUtc, type PartnerPost } from './present';
import { isUuid } from '../ids';

const codeList = (max: number) => z.array(z.string().trim().min(1).max(100)).max(max, `at most ${max} values`);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The fields of a post (body of `POST /api/v1/posts`, and the form). Vocabulary values may be codes or labels. */
export const PostInput = z.object({
	title: z.string().trim().min(3, 'at least 3 characters').max(200, 'at most 200 characters'),
	description: z.string().trim().max(10_000, 'at most 10,000 characters').optional(),
	actorTypes: codeList(15).optional().meta({ description: 'wanted actor types (actor-type codes)' }),
	categories: codeList(9).optional().meta({ description: 'skills-category codes; found in the text when none are given' }),
	targetGroups: codeList(20).optional().meta({ description: 'target-group codes; found in the text when none are given' }),
	countries: codeList(60).optional().meta({ description: 'ISO 3166-1 alpha-2 codes where partners are wanted' }),
	scope: z.enum(POST_SCOPES).optional().meta({ description: 'regional (same country or region), international, or any' }),
	actorId: z.uuid().nullable().optional().meta({ description: 'the organisation posting: one the account manages (curators: any)' }),
	deadline: z
		.string()
		.regex(DATE, 'a date as YYYY-MM-DD')
		.refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'not a real date')
		.nullable()
		.optional()
});
export type PostInputData = z.infer<typeof PostInput>;

/** Changes to a post (body of `PATCH /api/v1/posts/{id}`): any field, and the status. */
export const PostChanges = PostInput.partial().extend({ status: z.enum(['open', 'closed']).optional() });
export type PostChangesData = z.infer<typeof PostChanges>;

/** Filters of the list (query parameters of `/partners/posts` and `GET /api/v1/posts`). */
export const PostFilters = z.object({
	q: z
		.string()
		.optional()
		.transform((value) => (value ?? '').trim())
		.pipe(z.string().max(200, 'at most 200 characters')),
	category: repeatableParam,
	country: repeatableParam,
	type: repeatableParam,
	status: z.enum(['open', 'closed', 'all']).optional().default('open'),
	page: wholeNumberParam(1, 10_000),
	perPage: wholeNumberParam(20, 100)
});
export type PostFilters = z.output<typeof PostFilters>;

export interface PostList {
	items: PartnerPost[];
	total: number;
	page: number;
	perPage: number;
	/** The filters as understood (codes). */
	filters: PostFilters;
}

export interface PostContext {
	ip?: string;
	/** Origin of links in mails. */
	origin?: string;
}

/** Posts an account may publish in 24 hours (env ATLAS_POST_DAILY_LIMIT, default 5). */
export function postDailyLimit(env: NodeJS.ProcessEnv = process.env): number {
	return wholeNumberSetting(env, 'ATLAS_POST_DAILY_LIMIT', 5, 'posts per 24 hours');
}

const LIST_FIELDS = [
	['actorTypes', 'actor-type'],
	['categories', 'skills-category'],
	['targetGroups', 'target-group'],
	['countries', 'country']
] as const;
type ListField = (typeof LIST_FIELDS)[number][0];

/**
 * Validates a post's fields with zod, turns vocabulary values into codes and checks the
 * deadline (unless it is the stored one), reporting every failing field in one error.
 */
function parsePost<S extends typeof PostInput | typeof PostChanges>(
	schema: S,
	input: unknown,
	storedDeadline: string | null = null
): { data: z.infer<S>; codes: Partial<Record<ListField, string[]>> } {
	const parsed = schema.safeParse(input);
	const fields: Record<string, string> = parsed.success ? {} : zodFieldErrors(parsed.error.issues);
	const raw = (parsed.success ? parsed.data : input ?? {}) as Record<string, unknown>;
	const codes: Partial<Record<ListField, string[]>> = {};
	for (const [field, vocab] of LIST_FIELDS) {
		const values = raw[field];
		if (!Array.isArray(values) || Object.keys(fields).some((key) => key === field || key.startsWith(`${field}.`))) continue;
		const unknown = values.find((value) => typeof value !== 'string' || !lookup(vocab, value));
		if (unknown !== undefined) fields[field] = `"${String(unknown).slice(0, 100)}" is not a known value`;
		else codes[field] = [...new Set(values.map((value) => lookup(vocab, value as string)!.code))];
	}
	const deadline = raw.deadline;
	if (!fields.deadline && typeof deadline === 'string' && deadline !== storedDeadline && deadline < todayUtc()) fields.deadline = 'the date has passed';
	if (Object.keys(fields).length || !parsed.success) {
		const [first] = Object.entries(fields);
		throw invalidInput(first ? `${first[0]}: ${first[1]}` : 'Invalid input.', fields);
	}
	return { data: parsed.data as z.infer<S>, codes };
}

/** Concept codes of one vocabulary found in a free text, in order of appearance. */
function conceptsIn(text: string, vocab: VocabularyName): string[] {
	return findConceptsInText(text, [vocab]).map((mention) => mention.code);
}

/** The organisation an account may post for: one it manages, or any existing one for curators. */
async function checkPostingActor(db: DB, user: SessionUser, actorId: string | null | undefined): Promise<string | null> {
	if (!actorId) return null;
	const curator = user.role === 'admin' || user.role === 'curator';
	if (!curator && !user.actorIds.includes(actorId)) throw invalidInput('actorId: you do not manage this organisation.', { actorId: 'you do not manage this organisation' });
	const [actor] = await queries.selectActorNames(db, [actorId]);
	if (!actor) throw invalidInput('actorId: no such organisation.', { actorId: 'no such organisation' });
	return actor.id;
}

async function freeSlug(db: DB, title: string): Promise<string> {
	const base = slugify(title, 60) || 'post';
	const taken = new Set(await queries.slugsLike(db, base));
	if (!taken.has(base)) return base;
	let suffix = 2;
	while (taken.has(`${base}-${suffix}`)) suffix++;
	return `${base}-${suffix}`;
}

/** The post known by this id or slug, or not_found. */
export async function findPostRow(db: DB, ref: string): Promise<queries.PostRow> {
	const row = isUuid(ref)
		? await queries.selectPostById(db, ref.toLowerCase())
		: await queries.selectPostBySlug(db, ref);
	if (!row) throw notFound('The post');
	return row;
}

/**
 * Publishes a post for a signed-in account, within the daily limit. When no category
 * (or target group) is chosen, the ones named in the title and description are used.
 */
export async function createPost(db: DB, user: SessionUser | null, input: PostInputData, ctx: PostContext = {}): Promise<{ id: string; slug: string }> {
	if (!user) throw new AppError('unauthenticated', 'Sign in to publish a post.');
	const { data, codes } = parsePost(PostInput, input);
	const limit = postDailyLimit();
	const text = `${data.title}\n${data.description ?? ''}`;
	const row = {
		slug: await freeSlug(db, data.title),
		title: data.title,
		description: data.description ?? '',
		actor_types: codes.actorTypes ?? [],
		categories: codes.categories?.length ? codes.categories : conceptsIn(text, 'skills-category'),
		target_groups: codes.targetGroups?.length ? codes.targetGroups : conceptsIn(text, 'target-group'),
		countries: codes.countries ?? [],
		scope: data.scope ?? 'any',
		author_id: user.id,
		author_name: user.displayName || user.email.split('@')[0],
		actor_id: await checkPostingActor(db, user, data.actorId),
		deadline: data.deadline ?? null
	};
	// Count and insert under one lock per account, so parallel requests cannot pass the limit together.
	const publish = async (trx: DB) => {
		await queries.lockAuthor(trx, user.id);
		if ((await queries.countPostsSince(trx, user.id, new Date(Date.now() - 24 * 3600_000))) >= limit) {
			throw new AppError('rate_limited', `You can publish at most ${limit} posts a day. Try again tomorrow.`, { retryAfterSeconds: 3600 });
		}
		const id = await queries.insertPost(trx, row);
		await recordAudit(trx, { user, action: 'post.created', targetType: 'partner_post', targetId: id, details: { slug: row.slug }, ip: ctx.ip });
		return id;
	};
	const id = db.isTransaction ? await publish(db) : await db.transaction().execute(publish);
	return { id, slug: row.slug };
}

/**
 * Changes or closes a post (its author and curators). Followers, and the author when a
 * curator made the change, are notified. Returns whether anything changed.
 */
export async function updatePost(db: DB, user: SessionUser | null, ref: string, changes: PostChangesData, ctx: PostContext = {}): Promise<{ slug: string; changed: boolean }> {
	if (!user) throw new AppError('unauthenticated', 'Sign in to change a post.');
	const row = await findPostRow(db, ref);
	if (!canManagePost(user, row)) throw forbidden('Only the author of the post and curators may change it.');
	const { data, codes } = parsePost(PostChanges, changes, row.deadline);
	const set: queries.PostChanges = {};
	if (data.title !== undefined && data.title !== row.title) set.title = data.title;
	if (data.description !== undefined && data.description !== row.description) set.description = data.description;
	const columns = { actorTypes: 'actor_types', categories: 'categories', targetGroups: 'target_groups', countries: 'countries' } as const;
	for (const [field, column] of Object.entries(columns) as [ListField, (typeof columns)[ListField]][]) {
		const given = codes[field];
		if (given && given.join('|') !== row[column].join('|')) set[column] = given;
	}
	if (data.scope !== undefined && data.scope !== row.scope) set.scope = data.scope;
	if (data.actorId !== undefined && (data.actorId ?? null) !== row.actor_id) set.actor_id = await checkPostingActor(db, user, data.actorId);
	if (data.deadline !== undefined && (data.deadline ?? null) !== row.deadline) set.deadline = data.deadline ?? null;
	let kind: PostChangeKind = 'updated';
	if (data.status !== undefined && data.status !== row.status) {
		set.status = data.status;
		set.closed_at = data.status === 'closed' ? new Date() : null;
		kind = data.status === 'closed' ? 'closed' : 'reopened';
	}
	if (Object.keys(set).length === 0) return { slug: row.slug, changed: false };
	await queries.updatePostRow(db, row.id, set);
	await recordAudit(db, {
		user,
		action: `post.${kind}`,
		targetType: 'partner_post',
		targetId: row.id,
		details: { slug: row.slug, fields: Object.keys(set) },
		ip: ctx.ip
	});
	const followers = await queries.selectFollowerIds(db, row.id);
	const recipients = [...followers, ...(row.author_id ? [row.author_id] : [])].filter((id) => id !== user.id);
	await noticeChange(db, recipients, { slug: row.slug, title: set.title ?? row.title }, kind, ctx.origin);
	return { slug: row.slug, changed: true };
}

/** Open posts (or closed, or all) matching the filters, newest first, one page. */
export async function listPosts(db: DB, filters: z.input<typeof PostFilters>, locale: Locale): Promise<PostList> {
	const parsed = validate(PostFilters, filters);
	const words = searchWords(parsed.q);
	const { rows, total } = await queries.selectPostPage(db, {
		status: parsed.status,
		categories: codesOrSame('skills-category', parsed.category),
		countries: codesOrSame('country', parsed.country),
		types: codesOrSame('actor-type', parsed.type),
		words,
		queryCategories: parsed.q ? conceptsIn(parsed.q, 'skills-category') : [],
		limit: parsed.perPage,
		offset: (parsed.page - 1) * parsed.perPage
	});
	const understood = {
		...parsed,
		category: codesOrSame('skills-category', parsed.category),
		country: codesOrSame('country', parsed.country),
		type: codesOrSame('actor-type', parsed.type)
	};
	return { items: rows.map((row) => toPartnerPost(row, locale)), total, page: parsed.page, perPage: parsed.perPage, filters: understood };
}

/** Words of a query as the SQL compares them: lower case without accents (as unaccent), at most 8. */
function searchWords(query: string): string[] {
	const folded = query.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
	return [...new Set(folded.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 2))].slice(0, 8);
}

/** Filter values as codes; a value no vocabulary knows is kept as typed (it then matches nothing). */
function codesOrSame(vocab: VocabularyName, values: string[]): string[] {
	return [...new Set(values.map((value) => lookup(vocab, value)?.code ?? value))];
}

/** The organisations a signed-in account may post for (their managed ones), for the form. */
export async function postingActorsOf(db: DB, user: SessionUser): Promise<{ id: string; slug: string; name: string }[]> {
	return queries.selectActorNames(db, user.actorIds);
}

/** A post of the demo data: written for an organisation, with no author account. */
export interface DemoPostData {
	demoId: string;
	title: string;
	description: string;
	actorTypes: string[];
	categories: string[];
	targetGroups: string[];
	countries: string[];
	scope: 'regional' | 'international' | 'any';
	actorId: string;
}

/** Creates or refreshes a demo post, matched by its demo id; says what happened. */
export async function upsertDemoPost(db: DB, data: DemoPostData): Promise<'created' | 'updated' | 'unchanged'> {
	const [actor] = await queries.selectActorNames(db, [data.actorId]);
	if (!actor) throw notFound('The organisation of a demo post');
	const { codes } = parsePost(PostInput, { title: data.title, actorTypes: data.actorTypes, categories: data.categories, targetGroups: data.targetGroups, countries: data.countries });
	const row = {
		title: data.title,
		description: data.description,
		actor_types: codes.actorTypes ?? [],
		categories: codes.categories ?? [],
		target_groups: codes.targetGroups ?? [],
		countries: codes.countries ?? [],
		scope: data.scope,
		actor_id: data.actorId,
		author_name: actor.name
	};
	const existing = await queries.selectPostByDemoId(db, data.demoId);
	if (!existing) {
		await queries.insertPost(db, { ...row, slug: await freeSlug(db, data.title), demo_id: data.demoId });
		return 'created';
	}
	const same =
		existing.title === row.title &&
		existing.description === row.description &&
		existing.scope === row.scope &&
		existing.actor_id === row.actor_id &&
		existing.author_name === row.author_name &&
		(['actor_types', 'categories', 'target_groups', 'countries'] as const).every((column) => existing[column].join('|') === row[column].join('|'));
	if (same) return 'unchanged';
	await queries.updatePostRow(db, existing.id, row);
	return 'updated';
}

/** Removes every post of the demo data (before a demo reset). */
export function deleteDemoPosts(db: DB): Promise<number> {
	return queries.deleteDemoPosts(db);
}
