/**
 * Versions of knowledge records: after every change (creation, edit, submission,
 * decision, new file) a full snapshot of the record is kept with who made the change
 * and when, so the history can show what each change did, field by field.
 */
import type { DB } from '../db';
import type { SessionUser } from '../../domain/user';
import type { ResourceRow, ResourceStatus } from '../db/schema';
import { notFound } from '../errors';
import { attachmentInfo } from './attachments';
import { isAuthor, isReviewer } from './review-access';
import * as queries from './review-queries';
import type { ResourceRecord } from './review';

export type ChangeKind = 'create' | 'edit' | 'submit' | 'approve' | 'request_changes' | 'reject' | 'file';

/** The fields a version keeps: those of the record a reader can change, plus its file. */
export type ResourceSnapshot = Pick<
	ResourceRecord,
	| 'title'
	| 'abstract'
	| 'language'
	| 'type'
	| 'categories'
	| 'topics'
	| 'targetGroups'
	| 'countries'
	| 'regions'
	| 'publisher'
	| 'publisherActorId'
	| 'authors'
	| 'year'
	| 'url'
	| 'doi'
	| 'licence'
	| 'status'
	| 'workId'
> & { file: { name: string; sizeBytes: number; sha256: string; textStatus: string } | null };

export type SnapshotField = keyof ResourceSnapshot;

/** Fields in the order a history shows them. */
export const SNAPSHOT_FIELDS: SnapshotField[] = [
	'status',
	'title',
	'abstract',
	'language',
	'type',
	'categories',
	'topics',
	'targetGroups',
	'countries',
	'regions',
	'publisher',
	'publisherActorId',
	'authors',
	'year',
	'url',
	'doi',
	'licence',
	'workId',
	'file'
];

export interface FieldChange {
	field: SnapshotField;
	before: ResourceSnapshot[SnapshotField] | undefined;
	after: ResourceSnapshot[SnapshotField] | undefined;
}

export interface ResourceVersion {
	version: number;
	kind: ChangeKind;
	/** Null when the change came from the operator's command line or a removed account. */
	changedBy: { id: string | null; name: string };
	note: string;
	createdAt: Date;
	status: ResourceStatus;
	/** What this version changed compared with the one before (everything set, for the first). */
	changes: FieldChange[];
}

/** The record as a version stores it. */
export function snapshotOf(row: ResourceRow, file: ResourceSnapshot['file']): ResourceSnapshot {
	return {
		title: row.title,
		abstract: row.abstract,
		language: row.language,
		type: row.type,
		categories: row.categories,
		topics: row.topics,
		targetGroups: row.target_groups,
		countries: row.countries,
		regions: row.regions,
		publisher: row.publisher_name,
		publisherActorId: row.publisher_actor_id,
		authors: row.authors,
		year: row.year,
		url: row.url,
		doi: row.doi,
		licence: row.licence,
		status: row.status,
		workId: row.work_id,
		file
	};
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** The fields whose values differ between two snapshots; `before` null means "everything set". */
export function diffSnapshots(before: Partial<ResourceSnapshot> | null, after: Partial<ResourceSnapshot>): FieldChange[] {
	const changes: FieldChange[] = [];
	for (const field of SNAPSHOT_FIELDS) {
		const old = before?.[field];
		const now = after[field];
		if (before === null ? isEmpty(now) : JSON.stringify(old ?? null) === JSON.stringify(now ?? null)) continue;
		changes.push({ field, before: before === null ? undefined : old, after: now });
	}
	return changes;
}

/**
 * Writes the next version of a record as it now stands in `db` (call it inside the
 * transaction of the change, after the change; the caller has checked access and locked
 * the record).
 */
export async function recordVersion(
	db: DB,
	input: { resourceId: string; user: SessionUser | null; kind: ChangeKind; note?: string; userName?: string }
): Promise<number> {
	const row = await queries.selectResourceById(db, input.resourceId);
	if (!row) throw notFound('The record');
	const file = await attachmentInfo(db, row.id);
	const snapshot = snapshotOf(
		row,
		file && { name: file.fileName, sizeBytes: file.sizeBytes, sha256: file.sha256, textStatus: file.textStatus }
	);
	const version = await queries.nextVersionNumber(db, row.id);
	await queries.insertVersion(db, {
		resourceId: row.id,
		version,
		kind: input.kind,
		snapshot,
		userId: input.user?.id ?? null,
		userName: input.userName ?? (input.user ? input.user.displayName || input.user.email : ''),
		note: (input.note ?? '').trim().slice(0, 2000)
	});
	return version;
}

/**
 * The first version of records just created together (an import's batch), written with
 * one statement; like recordVersion, inside the transaction of the change. The records
 * hold no file yet and no version before this one.
 */
export async function recordCreations(
	db: DB,
	input: { resourceIds: string[]; user: SessionUser | null; note?: string; userName?: string }
): Promise<void> {
	await queries.insertFirstVersions(db, {
		ids: input.resourceIds,
		userId: input.user?.id ?? null,
		userName: input.userName ?? (input.user ? input.user.displayName || input.user.email : ''),
		note: (input.note ?? '').trim().slice(0, 2000)
	});
}

/**
 * The history of a record, newest first, for its author and curators (a visitor could
 * otherwise read drafts and reviewers' names through it).
 */
export async function listResourceVersions(db: DB, viewer: SessionUser | null, slug: string) {
	const resource = await queries.selectResourceBySlug(db, slug);
	if (!resource || !(isAuthor(viewer, resource) || isReviewer(viewer))) throw notFound('The record');
	const rows = await queries.selectVersions(db, resource.id);
	const versions: ResourceVersion[] = [];
	let previous: ResourceSnapshot | null = null;
	for (const row of rows) {
		const snapshot = row.snapshot as unknown as ResourceSnapshot;
		versions.push({
			version: Number(row.version),
			kind: row.change_kind as ChangeKind,
			changedBy: { id: row.changed_by, name: row.current_name || row.changed_by_name },
			note: row.change_note,
			createdAt: row.created_at,
			status: snapshot.status,
			changes: diffSnapshots(previous, snapshot)
		});
		previous = snapshot;
	}
	const reviews = await queries.selectReviews(db, resource.id);
	return {
		resource: { id: resource.id, slug: resource.slug, title: resource.title, status: resource.status },
		versions: versions.reverse(),
		reviews: reviews.map((review) => ({
			decision: review.decision,
			comment: review.comment,
			reviewer: review.reviewer_name,
			createdAt: review.created_at
		}))
	};
}
