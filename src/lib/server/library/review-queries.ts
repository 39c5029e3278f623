/**
 * SQL of the review workflow: record rows locked for a change, versions, curators'
 * decisions, the review queue and a member's submissions. Rows in, rows out; the
 * caller owns the transaction.
 */
import { sql, type SelectQueryBuilder } from 'kysely';
import type { DB, Database } from '../db';
import type { ResourceRow, ReviewDecision } from '../db/schema';
import { isUuid } from '../ids';

export async function selectResourceById(db: DB, id: string): Promise<ResourceRow | undefined> {
	if (!isUuid(id)) return undefined;
	return db.selectFrom('resource').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function selectResourceBySlug(db: DB, slug: string): Promise<ResourceRow | undefined> {
	return db.selectFrom('resource').selectAll().where('slug', '=', slug).executeTakeFirst();
}

/** The record, locked until the transaction ends, so two changes get distinct version numbers. */
export async function lockResource(db: DB, id: string): Promise<ResourceRow | undefined> {
	if (!isUuid(id)) return undefined;
	return db.selectFrom('resource').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** The published organisation with exactly this name (case and accents folded), when only one has it. */
export async function findPublishedActorIdByName(db: DB, name: string): Promise<string | null> {
	const rows = await db
		.selectFrom('actor')
		.select('id')
		.where(sql<string>`lower(unaccent(name))`, '=', sql<string>`lower(unaccent(${name}))`)
		.where('status', '=', 'published')
		.limit(2)
		.execute();
	return rows.length === 1 ? rows[0].id : null;
}

export async function nextVersionNumber(db: DB, resourceId: string): Promise<number> {
	const row = await db
		.selectFrom('resource_version')
		.select(sql<number>`coalesce(max(version), 0) + 1`.as('next'))
		.where('resource_id', '=', resourceId)
		.executeTakeFirstOrThrow();
	return Number(row.next);
}

export async function insertVersion(
	db: DB,
	row: { resourceId: string; version: number; kind: string; snapshot: unknown; userId: string | null; userName: string; note: string }
): Promise<void> {
	await db
		.insertInto('resource_version')
		.values({
			resource_id: row.resourceId,
			version: row.version,
			change_kind: row.kind,
			snapshot: JSON.stringify(row.snapshot),
			changed_by: row.userId,
			changed_by_name: row.userName,
			change_note: row.note
		})
		.execute();
}

/**
 * Version 1 of each given record, its snapshot built in SQL from the stored row (no
 * file yet): the shape of versions.ts snapshotOf, field for field; keep the two in step
 * (library-import-versions.test.ts compares them).
 */
export async function insertFirstVersions(db: DB, input: { ids: string[]; userId: string | null; userName: string; note: string }): Promise<void> {
	if (input.ids.length === 0) return;
	await sql`
		insert into resource_version (resource_id, version, change_kind, snapshot, changed_by, changed_by_name, change_note)
		select r.id, 1, 'create', jsonb_build_object(
			'title', r.title, 'abstract', r.abstract, 'language', r.language, 'type', r.type,
			'categories', r.categories, 'topics', r.topics, 'targetGroups', r.target_groups,
			'countries', r.countries, 'regions', r.regions, 'publisher', r.publisher_name,
			'publisherActorId', r.publisher_actor_id, 'authors', r.authors, 'year', r.year,
			'url', r.url, 'doi', r.doi, 'licence', r.licence, 'status', r.status,
			'workId', r.work_id, 'file', null
		), ${input.userId}::uuid, ${input.userName}, ${input.note}
		from resource as r
		where r.id = any(${input.ids}::uuid[])`.execute(db);
}

/** Every version of a record, oldest first, with the current name of who made it. */
export async function selectVersions(db: DB, resourceId: string) {
	return db
		.selectFrom('resource_version as v')
		.leftJoin('app_user as u', 'u.id', 'v.changed_by')
		.select(['v.version', 'v.change_kind', 'v.snapshot', 'v.changed_by', 'v.changed_by_name', 'v.change_note', 'v.created_at'])
		.select(sql<string | null>`coalesce(nullif(u.display_name, ''), u.email)`.as('current_name'))
		.where('v.resource_id', '=', resourceId)
		.orderBy('v.version')
		.execute();
}

export async function insertReview(
	db: DB,
	row: { resourceId: string; reviewerId: string; reviewerName: string; decision: ReviewDecision; comment: string }
): Promise<void> {
	await db
		.insertInto('resource_review')
		.values({
			resource_id: row.resourceId,
			reviewer: row.reviewerId,
			reviewer_name: row.reviewerName,
			decision: row.decision,
			comment: row.comment
		})
		.execute();
}

/** The decisions on a record, newest first. */
export async function selectReviews(db: DB, resourceId: string) {
	return db
		.selectFrom('resource_review')
		.select(['decision', 'comment', 'reviewer_name', 'created_at'])
		.where('resource_id', '=', resourceId)
		.orderBy('created_at', 'desc')
		.orderBy('id', 'desc')
		.execute();
}

/** Adds the latest decision (and its comment) on each record of the query. */
function withLatestReview<O>(qb: SelectQueryBuilder<Database & { r: Database['resource'] }, 'r', O>) {
	return qb.select((eb) => [
		eb
			.selectFrom('resource_review as rr')
			.select('rr.decision')
			.whereRef('rr.resource_id', '=', 'r.id')
			.orderBy('rr.created_at', 'desc')
			.orderBy('rr.id', 'desc')
			.limit(1)
			.as('last_decision'),
		eb
			.selectFrom('resource_review as rr')
			.select('rr.comment')
			.whereRef('rr.resource_id', '=', 'r.id')
			.orderBy('rr.created_at', 'desc')
			.orderBy('rr.id', 'desc')
			.limit(1)
			.as('last_comment')
	]);
}

const SUMMARY_COLUMNS = ['r.id', 'r.slug', 'r.title', 'r.status', 'r.language', 'r.type', 'r.year', 'r.submitted_by', 'r.created_at', 'r.updated_at', 'r.published_at'] as const;

/** Records waiting for a curator, oldest first, with their submitter and attached file. */
export async function selectReviewQueue(db: DB, page: { limit: number; offset: number }) {
	const base = db.selectFrom('resource as r').where('r.status', '=', 'submitted');
	const [rows, count] = await Promise.all([
		withLatestReview(
			base
				.leftJoin('app_user as u', 'u.id', 'r.submitted_by')
				.leftJoin('resource_file as f', 'f.resource_id', 'r.id')
				.select(SUMMARY_COLUMNS)
				.select(['r.abstract', 'r.publisher_name', 'u.email as submitter_email', 'u.display_name as submitter_name'])
				.select(['f.file_name', 'f.text_status', 'f.size_bytes'])
		)
			.orderBy('r.updated_at')
			.orderBy('r.id')
			.limit(page.limit)
			.offset(page.offset)
			.execute(),
		base.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow()
	]);
	return { rows, total: Number(count.total) };
}

/** The records an account submitted (any status), most recently changed first. */
export async function selectSubmissionsBy(db: DB, userId: string, page: { limit: number; offset: number }) {
	const base = db.selectFrom('resource as r').where('r.submitted_by', '=', userId);
	const [rows, count] = await Promise.all([
		withLatestReview(base.select(SUMMARY_COLUMNS))
			.orderBy('r.updated_at', 'desc')
			.orderBy('r.id')
			.limit(page.limit)
			.offset(page.offset)
			.execute(),
		base.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow()
	]);
	return { rows, total: Number(count.total) };
}

/** The active curators and administrators (who review submissions), except one account. */
export async function selectReviewers(db: DB, exceptUserId: string | null) {
	let query = db
		.selectFrom('app_user')
		.select(['id', 'email', 'locale', 'display_name'])
		.where('role', 'in', ['curator', 'admin'])
		.where('disabled_at', 'is', null);
	if (exceptUserId) query = query.where('id', '!=', exceptUserId);
	return query.orderBy('email').execute();
}
