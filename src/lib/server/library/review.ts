/**
 * Review before publication. A member creates a record as a draft or submits it; a
 * curator approves it (published), asks for changes (the author edits and submits
 * again) or rejects it, with a comment. Curators are told of every submission, and the
 * submitter of every decision, in the app and by mail in their language; every change
 * is kept as a version; curators' actions are audited.
 *
 * draft → submitted → published | changes_requested (→ submitted) | rejected
 */
import { randomUUID } from 'node:crypto';
import type { DB } from '../db';
import type { SessionUser } from '../../domain/user';
import type { NewResourceRow, ResourceRow, ResourceStatus, ReviewDecision } from '../db/schema';
import { AppError, conflict, forbidden, notFound } from '../errors';
import { recordAudit } from '../audit/service';
import { queueMail } from '../mail/service';
import { createNotification, findRecipient } from '../notify/service';
import { sameValue, slugify, uniqueSlug, validateInput } from '../network/service';
import { uploadLimitBytes, type SourceFile } from '../io/source';
import { insertResource, updateResource as updateResourceRow } from './queries';
import * as queries from './review-queries';
import { attachmentInfo, prepareAttachment, removeAttachment, saveAttachment, type AttachmentInfo, type PreparedAttachment } from './attachments';
import { recordVersion, type ChangeKind } from './versions';
import { canEditResource, canSubmitResource, canViewResource, isAuthor, isReviewer } from './review-access';
import { ReviewDecisionBody, ResourceSubmission, UpdateResourceBody, submissionColumns, type ReviewDecisionInput, type ResourceSubmissionData, type UpdateResourceData } from './review-input';
import { decisionTexts } from './review-texts';
import { refreshResourceConcepts } from './search';
import { notifyReviewersOfSubmission } from './submission-notice';

export const REVIEW_PAGE_SIZE = 25;

export interface ChangeContext {
	/** Client address, for the audit log. */
	ip?: string;
	/** Site address for links in mails ("https://atlas.example.org"). */
	origin?: string;
}

/** A knowledge record as the review pages and the API see it. */
export interface ResourceRecord {
	id: string;
	slug: string;
	workId: string;
	status: ResourceStatus;
	title: string;
	abstract: string;
	language: string;
	type: string;
	categories: string[];
	topics: string[];
	targetGroups: string[];
	countries: string[];
	regions: string[];
	publisher: string;
	publisherActorId: string | null;
	authors: string[];
	year: number | null;
	url: string;
	doi: string;
	licence: string;
	submittedBy: string | null;
	createdAt: Date;
	updatedAt: Date;
	publishedAt: Date | null;
}

export interface ReviewNote {
	decision: ReviewDecision;
	comment: string;
	reviewer: string;
	createdAt: Date;
}

const STATUS_AFTER: Record<ReviewDecision, ResourceStatus> = {
	approve: 'published',
	request_changes: 'changes_requested',
	reject: 'rejected'
};

const AUDIT_ACTION: Record<ReviewDecision, string> = {
	approve: 'library.resource_approved',
	request_changes: 'library.resource_changes_requested',
	reject: 'library.resource_rejected'
};

/** The domain shape of a resource row. */
export function toResourceRecord(row: ResourceRow): ResourceRecord {
	return {
		id: row.id,
		slug: row.slug,
		workId: row.work_id,
		status: row.status,
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
		submittedBy: row.submitted_by,
		createdAt: row.created_at,
		updatedAt: row.updated_at,
		publishedAt: row.published_at
	};
}

function requireSignedIn(user: SessionUser | null | undefined): SessionUser {
	if (!user) throw new AppError('unauthenticated', 'Sign in, or send an API token as "Authorization: Bearer atl_…".');
	return user;
}

/** Checks size and type of an upload and extracts its text, before any transaction opens. */
async function prepareUpload(file: SourceFile | null | undefined): Promise<PreparedAttachment | null> {
	if (!file) return null;
	const limit = uploadLimitBytes();
	if (file.bytes.length > limit) throw new AppError('payload_too_large', `${file.name} is larger than the upload limit (ATLAS_UPLOAD_LIMIT_MB).`);
	return prepareAttachment(file);
}

/**
 * Keeps the search index in step with a write: the trigger rebuilds the record's
 * vector; the concepts named in its text are found in code (search.ts).
 */
async function refreshSearchIndex(db: DB, ids: string[]): Promise<void> {
	await refreshResourceConcepts(db, ids);
}

/**
 * A new record by a signed-in account, kept as a draft or sent for review at once
 * (`submit`), with an optional attached file. Version 1 records who created it.
 */
export async function createResource(
	db: DB,
	user: SessionUser | null,
	input: ResourceSubmissionData,
	options: { submit?: boolean; file?: SourceFile | null; ctx?: ChangeContext } = {}
): Promise<ResourceRecord> {
	const author = requireSignedIn(user);
	const data = validateInput(ResourceSubmission, input);
	const file = await prepareUpload(options.file);
	const id = await db.transaction().execute(async (trx) => {
		const { work_id: workId, ...columns } = await submissionColumns(trx, data);
		const created = await insertResource(trx, {
			...(columns as Partial<NewResourceRow>),
			title: data.title,
			language: columns.language as string,
			type: columns.type as string,
			work_id: (workId as string | undefined) ?? randomUUID(),
			slug: await uniqueSlug(trx, 'resource', slugify(data.title) || 'record'),
			status: options.submit ? 'submitted' : 'draft',
			submitted_by: author.id
		});
		if (file) await saveAttachment(trx, created.id, file, author.id);
		await recordVersion(trx, { resourceId: created.id, user: author, kind: 'create' });
		return created.id;
	});
	await refreshSearchIndex(db, [id]);
	const record = toResourceRecord((await queries.selectResourceById(db, id))!);
	if (options.submit) await notifyReviewersOfSubmission(db, { submitter: author, resource: record, resubmitted: false, origin: options.ctx?.origin });
	return record;
}

/**
 * Changes a record: its author while it is a draft or has changes requested, a curator
 * at any time. Absent fields are kept; `submit` sends it for review; a new `file`
 * replaces the attached one, `removeFile` drops it. A change that changes nothing
 * writes no version.
 */
export async function updateResource(
	db: DB,
	user: SessionUser | null,
	id: string,
	input: UpdateResourceData,
	options: { file?: SourceFile | null; removeFile?: boolean; ctx?: ChangeContext } = {}
): Promise<{ record: ResourceRecord; version: number | null }> {
	const editor = requireSignedIn(user);
	const { submit, note, ...fields } = validateInput(UpdateResourceBody, input);
	const file = await prepareUpload(options.file);
	const result = await db.transaction().execute(async (trx) => {
		const row = await queries.lockResource(trx, id);
		if (!row || !canViewResource(editor, row)) throw notFound('The record');
		if (!canEditResource(editor, row)) {
			throw isAuthor(editor, row) ? conflict('The record is under review or closed: it cannot be changed now.') : forbidden();
		}
		if (submit && !canSubmitResource(editor, row)) throw conflict('Only a draft, or a record with changes requested, can be submitted.');

		const wanted = await submissionColumns(trx, fields);
		// Same publisher name: keep the organisation it is linked to (an import may have linked it by id).
		if (wanted.publisher_name === row.publisher_name) delete wanted.publisher_actor_id;
		const changes: Record<string, unknown> = {};
		for (const [key, value] of Object.entries(wanted)) {
			if (!sameValue(row[key as keyof ResourceRow], value)) changes[key] = value;
		}
		if (submit) changes.status = 'submitted';
		const fileChanged = !!file || (!!options.removeFile && (await removeAttachment(trx, id)));
		if (file) await saveAttachment(trx, id, file, editor.id);
		if (Object.keys(changes).length === 0 && !fileChanged) return { version: null, changed: [] as string[], resubmitted: null };
		// Also when only the file changed: updated_at moves and the search trigger runs.
		await updateResourceRow(trx, id, changes);

		const kind: ChangeKind = submit ? 'submit' : Object.keys(changes).length ? 'edit' : 'file';
		const version = await recordVersion(trx, { resourceId: id, user: editor, kind, note });
		const changed = [...Object.keys(changes), ...(fileChanged ? ['file'] : [])];
		if (isReviewer(editor)) {
			await recordAudit(trx, {
				user: editor,
				action: 'library.resource_edited',
				targetType: 'resource',
				targetId: id,
				details: { title: row.title, fields: changed, version, note: note ?? '' },
				ip: options.ctx?.ip
			});
		}
		// Whether curators are to hear of it: null when the change sent nothing for review.
		const resubmitted = submit ? row.status === 'changes_requested' : null;
		return { version, changed, resubmitted };
	});
	if (result.version !== null) await refreshSearchIndex(db, [id]);
	const record = toResourceRecord((await queries.selectResourceById(db, id))!);
	if (result.resubmitted !== null) {
		await notifyReviewersOfSubmission(db, { submitter: editor, resource: record, resubmitted: result.resubmitted, origin: options.ctx?.origin });
	}
	return { record, version: result.version };
}

/** Sends a draft (or a record with changes requested) for review. */
export async function submitResource(db: DB, user: SessionUser | null, id: string, ctx: ChangeContext = {}): Promise<ResourceRecord> {
	return (await updateResource(db, user, id, { submit: true }, { ctx })).record;
}

/**
 * A curator's decision on a submitted record: approve (published), request_changes or
 * reject, the last two with a comment. Recorded as a review and a version, audited, and
 * told to the submitter in the app and by mail, in the submitter's language.
 */
export async function reviewResource(
	db: DB,
	user: SessionUser | null,
	id: string,
	input: ReviewDecisionInput,
	ctx: ChangeContext = {}
): Promise<{ record: ResourceRecord; notified: boolean }> {
	const reviewer = requireSignedIn(user);
	if (!isReviewer(reviewer)) throw forbidden('Only curators review submissions.');
	const { decision, comment } = validateInput(ReviewDecisionBody, input);
	const outcome = await db.transaction().execute(async (trx) => {
		const row = await queries.lockResource(trx, id);
		if (!row) throw notFound('The record');
		if (row.status !== 'submitted') throw conflict(`Only submitted records can be reviewed; this one is ${row.status.replace('_', ' ')}.`);
		const status = STATUS_AFTER[decision];
		await updateResourceRow(trx, id, { status, published_at: status === 'published' ? new Date() : row.published_at });
		const reviewerName = reviewer.displayName || reviewer.email;
		await queries.insertReview(trx, { resourceId: id, reviewerId: reviewer.id, reviewerName, decision, comment });
		const version = await recordVersion(trx, { resourceId: id, user: reviewer, kind: decision, note: comment });
		await recordAudit(trx, {
			user: reviewer,
			action: AUDIT_ACTION[decision],
			targetType: 'resource',
			targetId: id,
			details: { title: row.title, comment, version },
			ip: ctx.ip
		});
		const recipient = await findRecipient(trx, row.submitted_by);
		if (!recipient) return { mail: null };
		const texts = await decisionTexts({ decision, recipient, resource: row, comment, origin: ctx.origin });
		await createNotification(trx, recipient.id, { kind: `library.${decision}`, title: texts.title, body: texts.body, link: texts.link });
		return { mail: { to: recipient.email, ...texts.mail } };
	});
	// Outside the transaction: sending may wait on an SMTP server.
	if (outcome.mail) await queueMail(db, outcome.mail);
	await refreshSearchIndex(db, [id]);
	return { record: toResourceRecord((await queries.selectResourceById(db, id))!), notified: !!outcome.mail };
}

/** A record the viewer may see (published, or theirs, or any for curators); not found otherwise. */
export async function getVisibleResource(db: DB, viewer: SessionUser | null, slug: string): Promise<ResourceRecord> {
	const row = await queries.selectResourceBySlug(db, slug);
	if (!row || !canViewResource(viewer, row)) throw notFound('The record');
	return toResourceRecord(row);
}

/** A record with its file and the curators' comments, for its edit form. */
export async function getResourceForEdit(
	db: DB,
	user: SessionUser | null,
	slug: string
): Promise<{ record: ResourceRecord; file: AttachmentInfo | null; reviews: ReviewNote[]; canSubmit: boolean }> {
	const row = await queries.selectResourceBySlug(db, slug);
	if (!row || !canViewResource(user, row)) throw notFound('The record');
	if (!canEditResource(user, row)) {
		throw isAuthor(user, row) ? conflict('The record is under review or closed: it cannot be changed now.') : forbidden();
	}
	const [file, reviews] = await Promise.all([attachmentInfo(db, row.id), queries.selectReviews(db, row.id)]);
	return {
		record: toResourceRecord(row),
		file,
		reviews: reviews.map((review) => ({ decision: review.decision, comment: review.comment, reviewer: review.reviewer_name, createdAt: review.created_at })),
		canSubmit: canSubmitResource(user, row)
	};
}

export interface SubmissionSummary {
	id: string;
	slug: string;
	title: string;
	status: ResourceStatus;
	language: string;
	type: string;
	year: number | null;
	createdAt: Date;
	updatedAt: Date;
	publishedAt: Date | null;
	lastDecision: ReviewDecision | null;
	lastComment: string | null;
}

type SummaryRow = Awaited<ReturnType<typeof queries.selectSubmissionsBy>>['rows'][number];

function toSummary(row: SummaryRow): SubmissionSummary {
	return {
		id: row.id,
		slug: row.slug,
		title: row.title,
		status: row.status,
		language: row.language,
		type: row.type,
		year: row.year,
		createdAt: row.created_at,
		updatedAt: row.updated_at,
		publishedAt: row.published_at,
		lastDecision: (row.last_decision as ReviewDecision | null) ?? null,
		lastComment: row.last_comment ?? null
	};
}

/** Records waiting for review, oldest first (curators only). */
export async function listReviewQueue(db: DB, user: SessionUser | null, options: { page?: number } = {}) {
	const reviewer = requireSignedIn(user);
	if (!isReviewer(reviewer)) throw forbidden('Only curators review submissions.');
	const page = Math.max(1, Math.floor(options.page ?? 1));
	const { rows, total } = await queries.selectReviewQueue(db, { limit: REVIEW_PAGE_SIZE, offset: (page - 1) * REVIEW_PAGE_SIZE });
	const items = rows.map((row) => ({
		...toSummary(row),
		abstract: row.abstract,
		publisher: row.publisher_name,
		submitter: row.submitter_email ? { name: row.submitter_name || row.submitter_email, email: row.submitter_email } : null,
		file: row.file_name ? { name: row.file_name, textStatus: row.text_status!, sizeBytes: Number(row.size_bytes) } : null
	}));
	return { items, total, page, perPage: REVIEW_PAGE_SIZE };
}

/** The records the account submitted, with their status and the last curator comment. */
export async function listMySubmissions(db: DB, user: SessionUser | null, options: { page?: number } = {}) {
	const author = requireSignedIn(user);
	const page = Math.max(1, Math.floor(options.page ?? 1));
	const { rows, total } = await queries.selectSubmissionsBy(db, author.id, { limit: REVIEW_PAGE_SIZE, offset: (page - 1) * REVIEW_PAGE_SIZE });
	return { items: rows.map(toSummary), total, page, perPage: REVIEW_PAGE_SIZE };
}
