/** SQL of attached files (resource_file) and the copy of their text on the record. */
import { sql } from 'kysely';
import type { DB } from '../db';
import type { FileTextStatus } from '../db/schema';

export interface FileRowInput {
	resourceId: string;
	fileName: string;
	contentType: string;
	sizeBytes: number;
	sha256: string;
	bytes: Uint8Array;
	text: string;
	textStatus: FileTextStatus;
	uploadedBy: string | null;
}

/** Stores the record's file, replacing the one it had. */
export async function upsertFile(db: DB, file: FileRowInput): Promise<void> {
	const values = {
		resource_id: file.resourceId,
		file_name: file.fileName,
		content_type: file.contentType,
		size_bytes: file.sizeBytes,
		sha256: file.sha256,
		bytes: file.bytes,
		text: file.text,
		text_status: file.textStatus,
		uploaded_by: file.uploadedBy
	};
	const { resource_id: _key, ...changes } = values;
	await db
		.insertInto('resource_file')
		.values(values)
		.onConflict((oc) => oc.column('resource_id').doUpdateSet({ ...changes, created_at: sql`now()` }))
		.execute();
}

export async function deleteFile(db: DB, resourceId: string): Promise<boolean> {
	const result = await db.deleteFrom('resource_file').where('resource_id', '=', resourceId).executeTakeFirst();
	return Number(result.numDeletedRows) > 0;
}

/** The file's description, without its bytes. */
export function selectFileInfo(db: DB, resourceId: string) {
	return db
		.selectFrom('resource_file')
		.select(['resource_id', 'file_name', 'content_type', 'size_bytes', 'sha256', 'text_status', 'created_at'])
		.select(sql<number>`length(text)`.as('text_length'))
		.where('resource_id', '=', resourceId)
		.executeTakeFirst();
}

/** The file with its bytes, for download. */
export function selectFileContent(db: DB, resourceId: string) {
	return db
		.selectFrom('resource_file')
		.select(['file_name', 'content_type', 'size_bytes', 'bytes', 'created_at'])
		.where('resource_id', '=', resourceId)
		.executeTakeFirst();
}

/** The extracted text of the file. */
export async function selectFileText(db: DB, resourceId: string): Promise<string | undefined> {
	const row = await db.selectFrom('resource_file').select('text').where('resource_id', '=', resourceId).executeTakeFirst();
	return row?.text;
}

/** Copies (part of) the file's text onto the record, where the search index reads it. */
export async function setResourceFileText(db: DB, resourceId: string, text: string): Promise<void> {
	await db.updateTable('resource').set({ file_text: text }).where('id', '=', resourceId).execute();
}
