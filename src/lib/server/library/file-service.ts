/**
 * The attached file of a record through the API: put (add or replace) and remove. Both
 * go through the review service's updateResource, as the web form does, so the same
 * people may do it (the submitter while the record is a draft or has changes requested,
 * curators at any time), the same checks apply (size, allowlisted type, PDF text
 * extracted and searched, a broken PDF kept with its text unavailable), and each change
 * is a version.
 */
import type { DB } from '../db';
import type { SessionUser } from '../../domain/user';
import type { SourceFile } from '../io/source';
import { notFound } from '../errors';
import { attachmentInfo, type AttachmentInfo } from './attachments';
import { updateResource, type ChangeContext, type ResourceRecord } from './review';

export interface FileChange {
	record: ResourceRecord;
	/** The version the change made. */
	version: number | null;
	file: AttachmentInfo | null;
}

/** Attaches `file` to the record, replacing the file it had. */
export async function putResourceFile(db: DB, user: SessionUser | null, id: string, file: SourceFile, ctx: ChangeContext = {}): Promise<FileChange> {
	const { record, version } = await updateResource(db, user, id, {}, { file, ctx });
	return { record, version, file: await attachmentInfo(db, record.id) };
}

/** Removes the record's file; not found when it has none. */
export async function deleteResourceFile(db: DB, user: SessionUser | null, id: string, ctx: ChangeContext = {}): Promise<FileChange> {
	const { record, version } = await updateResource(db, user, id, {}, { removeFile: true, ctx });
	if (version === null) throw notFound('The file');
	return { record, version, file: null };
}
