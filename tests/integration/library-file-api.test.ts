/** The attached file of a record through the API (PUT/DELETE /api/v1/resources/{id}/file), on each engine. */
import { describe, it, expect, afterAll, beforeAll, afterEach } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../helpers/db';
import { createUser } from '../../src/lib/server/auth/service';
import { createResource, reviewResource, submitResource } from '../../src/lib/server/library/review';
import { readFileUpload, dispositionFileName } from '../../src/lib/server/library/file-upload';
import { deleteResourceFile, putResourceFile } from '../../src/lib/server/library/file-service';
import { getAttachmentDownload } from '../../src/lib/server/library/attachments';
import { listResourceVersions } from '../../src/lib/server/library/versions';
import { searchResources } from '../../src/lib/server/library/search';
import { presentFile } from '../../src/lib/server/library/review-api-docs';
import type { Role, SessionUser } from '../../src/lib/domain/user';
import { failure, tinyPdf } from '../helpers/fixtures';

/** A one-page PDF whose page shows `text`. */

const url = (id: string, query = '') => new URL(`https://atlas.test/api/v1/resources/${id}/file${query}`);
const put = (id: string, body: BodyInit, headers: Record<string, string>, query = '') =>
	new Request(url(id, query), { method: 'PUT', body, headers, duplex: 'half' } as RequestInit);

/** A body that would go on forever: the reader must stop once it passes the limit. */
function endlessBody(chunkBytes: number): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
	let pulled = 0;
	const stream = new ReadableStream<Uint8Array>({
		pull(controller) {
			pulled += chunkBytes;
			controller.enqueue(new Uint8Array(chunkBytes));
		}
	});
	return { stream, pulled: () => pulled };
}

const record = (title: string) => ({ title, abstract: 'About apprenticeships.', language: 'en', type: 'case-study', year: 2024 });

describe.each(testEngines())('record files through the API on %s', (engine) => {
	let database: TestDatabase;
	const db = () => database.db;
	let member: SessionUser;
	let other: SessionUser;
	let curator: SessionUser;
	const savedLimit = process.env.ATLAS_UPLOAD_LIMIT_MB;

	async function account(email: string, role: Role): Promise<SessionUser> {
		const created = await createUser(db(), { email, password: 'a good long password', role, confirmed: true, locale: 'en', displayName: email.split('@')[0] });
		return { id: created.id, email, displayName: email.split('@')[0], role, locale: 'en', actorIds: [] };
	}

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		member = await account('member@example.org', 'member');
		other = await account('other@example.org', 'member');
		curator = await account('curator@example.org', 'curator');
	});
	afterAll(() => database?.dispose());
	afterEach(() => {
		if (savedLimit === undefined) delete process.env.ATLAS_UPLOAD_LIMIT_MB;
		else process.env.ATLAS_UPLOAD_LIMIT_MB = savedLimit;
	});

	it('attaches a raw PDF body: text extracted and searched, a version written, the file served back as a PDF', async () => {
		const draft = await createResource(db(), member, record('Toolkit sent through the API'));
		const request = put(draft.id, tinyPdf('Apprenticeship toolkit from Timbuktu') as Uint8Array<ArrayBuffer>, {
			'content-type': 'application/pdf',
			'content-disposition': `attachment; filename="toolkit.pdf"; filename*=UTF-8''tool%C3%A9kit.pdf`
		});
		const file = await readFileUpload(request, url(draft.id));
		expect(file.name).toBe('toolékit.pdf');
		const change = await putResourceFile(db(), member, draft.id, file);
		expect(change.version).toBe(2);
		expect(change.file).toMatchObject({ fileName: 'toolékit.pdf', contentType: 'application/pdf', textStatus: 'ok' });
		expect(presentFile(change.record.slug, change.file)).toMatchObject({ href: `/library/${draft.slug}/file`, textStatus: 'ok' });
		const history = await listResourceVersions(db(), member, draft.slug);
		expect(history.versions[0]).toMatchObject({ kind: 'file', changedBy: { id: member.id } });

		const download = await getAttachmentDownload(db(), member, draft.slug);
		expect(download.headers['content-type']).toBe('application/pdf');
		expect(download.headers['x-content-type-options']).toBe('nosniff');
		// Searched once published.
		await submitResource(db(), member, draft.id);
		await reviewResource(db(), curator, draft.id, { decision: 'approve' });
		expect((await searchResources(db(), { q: 'Timbuktu' })).items.map((hit) => hit.id)).toContain(draft.id);
	});

	it('takes the multipart "file" field the web form sends, and a name from ?name=', async () => {
		const draft = await createResource(db(), member, record('Notes sent as a form'));
		const form = new FormData();
		form.set('file', new Blob([new TextEncoder().encode('country;count\nSN;3\n')]), 'counts.csv');
		const multipart = new Request(url(draft.id), { method: 'PUT', body: form });
		const fromForm = await readFileUpload(multipart, url(draft.id));
		expect(fromForm.name).toBe('counts.csv');
		expect((await putResourceFile(db(), member, draft.id, fromForm)).file).toMatchObject({ contentType: 'text/csv', textStatus: 'ok' });

		const raw = await readFileUpload(put(draft.id, 'plain notes', { 'content-type': 'application/octet-stream' }, '?name=notes.txt'), url(draft.id, '?name=notes.txt'));
		expect(raw.name).toBe('notes.txt');
		const noName = await readFileUpload(put(draft.id, tinyPdf('x') as Uint8Array<ArrayBuffer>, { 'content-type': 'application/pdf' }), url(draft.id));
		expect(noName.name).toBe('file.pdf');
		expect(dispositionFileName('attachment; filename="a \\"quoted\\" name.pdf"')).toBe('a "quoted" name.pdf');
		expect(dispositionFileName('attachment; filename=plain.pdf')).toBe('plain.pdf');
	});

	it('keeps a broken PDF with its text unavailable, and refuses types off the allowlist', async () => {
		const draft = await createResource(db(), member, record('Broken PDF through the API'));
		const broken = await readFileUpload(put(draft.id, '%PDF-1.7\nnot really\n%%EOF', { 'content-type': 'application/pdf' }), url(draft.id));
		expect((await putResourceFile(db(), member, draft.id, broken)).file).toMatchObject({ textStatus: 'unavailable', textLength: 0 });
		const html = await readFileUpload(put(draft.id, '<html><script>alert(1)</script>', { 'content-type': 'application/octet-stream' }, '?name=page.html'), url(draft.id));
		expect((await failure(putResourceFile(db(), member, draft.id, html))).code).toBe('unsupported_media_type');
		expect((await failure(readFileUpload(put(draft.id, '{}', { 'content-type': 'application/json' }), url(draft.id)))).code).toBe('unsupported_media_type');
		const empty = await readFileUpload(put(draft.id, '', { 'content-type': 'application/pdf' }), url(draft.id));
		expect((await failure(putResourceFile(db(), member, draft.id, empty))).code).toBe('invalid_input');
	});

	it('refuses a file over ATLAS_UPLOAD_LIMIT_MB from its Content-Length, and stops reading a body that passes it', async () => {
		process.env.ATLAS_UPLOAD_LIMIT_MB = '0.01';
		const draft = await createResource(db(), member, record('Too large'));
		const declared = endlessBody(1024);
		const request = put(draft.id, declared.stream, { 'content-type': 'application/pdf', 'content-length': String(50 * 1024 * 1024) });
		const tooLarge = await failure(readFileUpload(request, url(draft.id)));
		expect(tooLarge).toMatchObject({ code: 'payload_too_large', status: 413 });
		expect(tooLarge.message).toMatch(/upload limit of 0\.0 MB|ATLAS_UPLOAD_LIMIT_MB/);
		expect(declared.pulled()).toBeLessThanOrEqual(2 * 1024);

		const undeclared = endlessBody(1024);
		const streaming = await failure(readFileUpload(put(draft.id, undeclared.stream, { 'content-type': 'application/pdf' }), url(draft.id)));
		expect(streaming.code).toBe('payload_too_large');
		// Reading stopped right after the limit (10 KB), not at the end of the (endless) body.
		expect(undeclared.pulled()).toBeLessThan(20 * 1024);
		const form = new FormData();
		form.set('file', new Blob([new Uint8Array(11 * 1024)]), 'big.pdf');
		expect((await failure(readFileUpload(new Request(url(draft.id), { method: 'PUT', body: form }), url(draft.id)))).code).toBe('payload_too_large');
	});

	it('lets the submitter change the file while draft or changes requested, curators anytime, nobody else', async () => {
		const submitted = await createResource(db(), member, record('Under review'), { submit: true });
		const pdf = { name: 'r.pdf', bytes: tinyPdf('Report') };
		expect((await failure(putResourceFile(db(), member, submitted.id, pdf))).code).toBe('conflict');
		expect((await failure(putResourceFile(db(), other, submitted.id, pdf))).code).toBe('not_found');
		expect((await failure(putResourceFile(db(), null, submitted.id, pdf))).code).toBe('unauthenticated');
		expect((await failure(putResourceFile(db(), member, 'not-a-uuid', pdf))).code).toBe('not_found');
		expect((await putResourceFile(db(), curator, submitted.id, pdf)).file?.fileName).toBe('r.pdf');

		await reviewResource(db(), curator, submitted.id, { decision: 'request_changes', comment: 'Use the final PDF.' });
		expect((await putResourceFile(db(), member, submitted.id, { name: 'final.pdf', bytes: tinyPdf('Final') })).file?.fileName).toBe('final.pdf');
		expect((await failure(deleteResourceFile(db(), other, submitted.id))).code).toBe('not_found');
		const removed = await deleteResourceFile(db(), member, submitted.id);
		expect(removed.file).toBeNull();
		expect(removed.version).not.toBeNull();
		expect((await failure(getAttachmentDownload(db(), member, submitted.slug))).code).toBe('not_found');
		// Nothing left to remove.
		expect((await failure(deleteResourceFile(db(), member, submitted.id))).code).toBe('not_found');
		const history = await listResourceVersions(db(), member, submitted.slug);
		expect(history.versions.slice(0, 3).map((version) => version.kind)).toEqual(['file', 'file', 'request_changes']);
	});
});
