import { describe, it, expect, afterAll, beforeAll } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../helpers/db';
import { createUser } from '../../src/lib/server/auth/service';
import { listAudit } from '../../src/lib/server/audit/service';
import { listOutbox } from '../../src/lib/server/mail/service';
import {
	createResource,
	getResourceForEdit,
	getVisibleResource,
	listMySubmissions,
	listReviewQueue,
	reviewResource,
	submitResource,
	updateResource
} from '../../src/lib/server/library/review';
import { listResourceVersions } from '../../src/lib/server/library/versions';
import { attachmentHeaders, getAttachmentDownload, getAttachmentSummary } from '../../src/lib/server/library/attachments';
import { searchResources } from '../../src/lib/server/library/search';
import { listNotifications, markAllNotificationsRead, markNotificationRead } from '../../src/lib/server/notify/service';
import type { Role, SessionUser } from '../../src/lib/domain/user';
import { failure, tinyPdf } from '../helpers/fixtures';

/** A one-page PDF whose page shows `text` (Helvetica), with a correct cross-reference table. */

const record = (title: string, extra: Record<string, unknown> = {}) => ({
	title,
	abstract: 'How **apprenticeships** work in small firms.',
	language: 'en',
	type: 'case-study',
	categories: ['1'],
	targetGroups: ['youth'],
	countries: ['SN', 'PT'],
	topics: ['Apprenticeships'],
	authors: ['A. Author'],
	year: 2024,
	...extra
});

describe.each(testEngines())('library review on %s', (engine) => {
	let database: TestDatabase;
	const db = () => database.db;
	let member: SessionUser;
	let other: SessionUser;
	let curator: SessionUser;
	const ctx = { ip: '198.51.100.7', origin: 'https://atlas.test' };

	async function account(email: string, role: Role, locale = 'en'): Promise<SessionUser> {
		const created = await createUser(db(), { email, password: 'a good long password', role, confirmed: true, locale, displayName: email.split('@')[0] });
		return { id: created.id, email, displayName: email.split('@')[0], role, locale, actorIds: [] };
	}

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		member = await account('ana@example.org', 'member', 'es');
		other = await account('other@example.org', 'member');
		curator = await account('curator@example.org', 'curator');
	});
	afterAll(() => database?.dispose());

	it('takes a submission through changes requested, resubmission and approval', async () => {
		const created = await createResource(db(), member, record('Apprenticeships in Dakar <script>alert(1)</script>'), { submit: true, ctx });
		expect(created.status).toBe('submitted');
		expect(created.title).toBe('Apprenticeships in Dakar <script>alert(1)</script>');
		expect(created.regions).toEqual(['africa', 'europe-central-asia']);

		// Visitors and other members do not see it; its author and curators do.
		expect((await failure(getVisibleResource(db(), null, created.slug))).code).toBe('not_found');
		expect((await failure(getVisibleResource(db(), other, created.slug))).code).toBe('not_found');
		expect((await getVisibleResource(db(), member, created.slug)).id).toBe(created.id);
		expect((await getVisibleResource(db(), curator, created.slug)).id).toBe(created.id);

		const queue = await listReviewQueue(db(), curator);
		expect(queue.items.map((item) => item.id)).toContain(created.id);
		expect(queue.items.find((item) => item.id === created.id)?.submitter?.email).toBe('ana@example.org');
		expect((await failure(listReviewQueue(db(), member))).code).toBe('forbidden');

		// A member cannot decide; asking for changes needs a comment.
		expect((await failure(reviewResource(db(), member, created.id, { decision: 'approve' }))).code).toBe('forbidden');
		expect((await failure(reviewResource(db(), curator, created.id, { decision: 'request_changes' }))).code).toBe('invalid_input');

		const changes = await reviewResource(db(), curator, created.id, { decision: 'request_changes', comment: 'Please add the year of the study.' }, ctx);
		expect(changes.record.status).toBe('changes_requested');
		expect(changes.notified).toBe(true);

		// The submitter is told in the app and by mail, in Spanish (her account's language).
		const notes = await listNotifications(db(), member);
		expect(notes.unread).toBe(1);
		expect(notes.items[0].kind).toBe('library.request_changes');
		expect(notes.items[0].title).toContain('Cambios solicitados');
		expect(notes.items[0].body).toBe('Please add the year of the study.');
		expect(notes.items[0].link).toBe(`/library/${created.slug}/edit`);
		const mail = (await listOutbox(db(), { to: 'ana@example.org' })).items[0];
		expect(mail.subject).toContain('Cambios solicitados');
		expect(mail.text).toContain('Please add the year of the study.');
		expect(mail.text).toContain(`https://atlas.test/es/library/${created.slug}/edit`);

		const audit = await listAudit(db(), { action: 'library.*' });
		expect(audit.items[0]).toMatchObject({ action: 'library.resource_changes_requested', userId: curator.id, targetId: created.id, ip: ctx.ip });

		// The author edits and submits again; while submitted she cannot change it.
		const edited = await updateResource(db(), member, created.id, { title: 'Apprenticeships in Dakar', year: 2023, submit: true, note: 'year added' });
		expect(edited.record.status).toBe('submitted');
		expect(edited.version).toBe(3);
		expect((await failure(updateResource(db(), member, created.id, { title: 'Again' }))).code).toBe('conflict');
		expect((await failure(updateResource(db(), other, created.id, { title: 'Not mine' }))).code).toBe('not_found');

		const approved = await reviewResource(db(), curator, created.id, { decision: 'approve' }, ctx);
		expect(approved.record.status).toBe('published');
		expect(approved.record.publishedAt).toBeInstanceOf(Date);
		expect((await getVisibleResource(db(), null, created.slug)).title).toBe('Apprenticeships in Dakar');
		expect((await failure(reviewResource(db(), curator, created.id, { decision: 'reject', comment: 'late' }))).code).toBe('conflict');
		expect((await listNotifications(db(), member)).items[0].title).toContain('Publicado');

		// Every change is a version with who and when, and what it changed.
		const history = await listResourceVersions(db(), member, created.slug);
		const versions = [...history.versions].reverse();
		expect(versions.map((version) => version.kind)).toEqual(['create', 'request_changes', 'submit', 'approve']);
		expect(versions.map((version) => version.changedBy.id)).toEqual([member.id, curator.id, member.id, curator.id]);
		for (const version of versions) expect(version.createdAt).toBeInstanceOf(Date);
		expect(versions[1].note).toBe('Please add the year of the study.');
		const resubmitted = versions[2];
		expect(resubmitted.note).toBe('year added');
		expect(resubmitted.changes).toEqual(
			expect.arrayContaining([
				{ field: 'title', before: 'Apprenticeships in Dakar <script>alert(1)</script>', after: 'Apprenticeships in Dakar' },
				{ field: 'year', before: 2024, after: 2023 },
				{ field: 'status', before: 'changes_requested', after: 'submitted' }
			])
		);
		expect(history.reviews.map((review) => review.decision)).toEqual(['approve', 'request_changes']);
		expect((await failure(listResourceVersions(db(), null, created.slug))).code).toBe('not_found');
		expect((await failure(listResourceVersions(db(), other, created.slug))).code).toBe('not_found');

		// A curator may still edit the published record: a version and an audit entry.
		const fixed = await updateResource(db(), curator, created.id, { licence: 'CC BY 4.0' }, { ctx });
		expect(fixed.record.status).toBe('published');
		expect(fixed.version).toBe(5);
		expect((await listAudit(db(), { action: 'library.resource_edited' })).items[0]).toMatchObject({ targetId: created.id, userId: curator.id });
		// A save that changes nothing makes no version.
		expect((await updateResource(db(), curator, created.id, { licence: 'CC BY 4.0' })).version).toBeNull();
	});

	it('rejects with a comment, and the author can no longer change the record', async () => {
		const created = await createResource(db(), member, record('A brochure'), { submit: true });
		const rejected = await reviewResource(db(), curator, created.id, { decision: 'reject', comment: 'Promotional only.' }, ctx);
		expect(rejected.record.status).toBe('rejected');
		expect((await failure(getVisibleResource(db(), null, created.slug))).code).toBe('not_found');
		expect((await failure(updateResource(db(), member, created.id, { title: 'A better brochure' }))).code).toBe('conflict');
		expect((await failure(getResourceForEdit(db(), member, created.slug))).code).toBe('conflict');
		expect((await listReviewQueue(db(), curator)).items.map((item) => item.id)).not.toContain(created.id);
		expect((await listAudit(db(), { action: 'library.resource_rejected' })).items[0].targetId).toBe(created.id);
		const mine = await listMySubmissions(db(), member);
		expect(mine.items.find((item) => item.id === created.id)).toMatchObject({ status: 'rejected', lastDecision: 'reject', lastComment: 'Promotional only.' });
	});

	it('keeps drafts to their authors and curators until submitted', async () => {
		const draft = await createResource(db(), other, record('Draft on guidance'));
		expect(draft.status).toBe('draft');
		expect((await failure(getVisibleResource(db(), null, draft.slug))).code).toBe('not_found');
		expect((await failure(getVisibleResource(db(), member, draft.slug))).code).toBe('not_found');
		expect((await getVisibleResource(db(), curator, draft.slug)).status).toBe('draft');
		expect((await listReviewQueue(db(), curator)).items.map((item) => item.id)).not.toContain(draft.id);
		expect((await failure(createResource(db(), null, record('Anonymous')))).code).toBe('unauthenticated');
		expect((await failure(createResource(db(), other, record('Bad', { type: 'no-such-type' })))).code).toBe('invalid_input');
		expect((await submitResource(db(), other, draft.id)).status).toBe('submitted');
		expect((await listReviewQueue(db(), curator)).items.map((item) => item.id)).toContain(draft.id);
	});

	it('links language versions and known publishers', async () => {
		await db()
			.insertInto('actor')
			.values({ slug: 'cluster-x', type: 'cluster-organisation', name: 'Clúster X', description: '{}', external_ids: '{}', extra: '{}' })
			.execute();
		const english = await createResource(db(), member, record('Guide to dual training', { publisher: 'cluster x' }), { submit: true });
		expect(english.publisherActorId).not.toBeNull();
		await reviewResource(db(), curator, english.id, { decision: 'approve' });
		// An edit that keeps the publisher's name keeps its link, even to a differently named organisation.
		await db().updateTable('resource').set({ publisher_name: 'CX' }).where('id', '=', english.id).execute();
		const renamed = await updateResource(db(), curator, english.id, { title: 'Guide to dual training (2nd edition)', publisher: 'CX' });
		expect(renamed.record.publisherActorId).toBe(english.publisherActorId);
		const spanish = await createResource(db(), member, record('Guía de formación dual', { language: 'es', versionOf: `https://atlas.test/es/library/${english.slug}` }));
		expect(spanish.workId).toBe(english.workId);
		const draft = await createResource(db(), member, record('Unpublished'));
		expect((await failure(createResource(db(), member, record('Copy', { versionOf: draft.slug })))).fields).toEqual({ versionOf: 'unknown record' });
	});

	it('extracts the text of an attached PDF, and keeps a broken PDF with its text unavailable', async () => {
		const withPdf = await createResource(db(), member, record('Toolkit with a PDF'), {
			submit: true,
			file: { name: 'toolkit.pdf', bytes: tinyPdf('Apprenticeship quality toolkit from Kilimanjaro') }
		});
		const stored = await db().selectFrom('resource_file').select(['text', 'text_status', 'content_type', 'size_bytes', 'sha256']).where('resource_id', '=', withPdf.id).executeTakeFirstOrThrow();
		expect(stored).toMatchObject({ text_status: 'ok', content_type: 'application/pdf' });
		expect(stored.text).toContain('Apprenticeship quality toolkit');
		expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
		const row = await db().selectFrom('resource').select('file_text').where('id', '=', withPdf.id).executeTakeFirstOrThrow();
		expect(row.file_text).toContain('Apprenticeship quality toolkit');
		// Once published, the record is found by a word that only its file holds.
		await reviewResource(db(), curator, withPdf.id, { decision: 'approve' });
		const found = await searchResources(db(), { q: 'Kilimanjaro' });
		expect(found.items.map((hit) => hit.id)).toContain(withPdf.id);

		const broken = await createResource(db(), member, record('Report with a broken PDF'), {
			submit: true,
			file: { name: 'report.pdf', bytes: new TextEncoder().encode('%PDF-1.7\nthis is not really a PDF\n%%EOF') }
		});
		expect(broken.status).toBe('submitted');
		const summary = await getAttachmentSummary(db(), member, broken.slug);
		expect(summary).toMatchObject({ fileName: 'report.pdf', textStatus: 'unavailable', textLength: 0 });

		// The file is a version change too, and replacing or removing it is recorded.
		await reviewResource(db(), curator, broken.id, { decision: 'request_changes', comment: 'The PDF does not open.' });
		const replaced = await updateResource(db(), member, broken.id, {}, { file: { name: 'report.pdf', bytes: tinyPdf('Fixed report') } });
		expect(replaced.version).not.toBeNull();
		expect((await getAttachmentSummary(db(), member, broken.slug))?.textStatus).toBe('ok');
		const history = await listResourceVersions(db(), member, broken.slug);
		expect(history.versions[0].kind).toBe('file');
		expect(history.versions[0].changes.map((change) => change.field)).toEqual(['file']);
		await updateResource(db(), member, broken.id, {}, { removeFile: true });
		expect(await getAttachmentSummary(db(), member, broken.slug)).toBeNull();
		expect((await db().selectFrom('resource').select('file_text').where('id', '=', broken.id).executeTakeFirstOrThrow()).file_text).toBe('');
	});

	it('accepts only allowlisted attachment types whose bytes match', async () => {
		const html = new TextEncoder().encode('<html><script>alert(1)</script></html>');
		expect((await failure(createResource(db(), member, record('Page'), { file: { name: 'page.html', bytes: html } }))).code).toBe('unsupported_media_type');
		expect((await failure(createResource(db(), member, record('Fake'), { file: { name: 'fake.docx', bytes: html } }))).code).toBe('unsupported_media_type');
		expect((await failure(createResource(db(), member, record('Binary'), { file: { name: 'data.txt', bytes: new Uint8Array([1, 0, 2, 0]) } }))).code).toBe('unsupported_media_type');
		expect((await failure(createResource(db(), member, record('Empty'), { file: { name: 'empty.pdf', bytes: new Uint8Array() } }))).code).toBe('invalid_input');
		const csv = await createResource(db(), member, record('Data'), { file: { name: 'data.csv', bytes: new TextEncoder().encode('country;count\nSN;3\n') } });
		expect(await getAttachmentSummary(db(), member, csv.slug)).toMatchObject({ contentType: 'text/csv', textStatus: 'ok' });
		// A record that never existed before this test: nothing half-written by the refusals.
		const titles = (await db().selectFrom('resource').select('title').execute()).map((row) => row.title);
		expect(titles).not.toContain('Page');
	});

	it('serves files back with safe headers, and only to those who may see the record', async () => {
		const published = await createResource(db(), member, record('Published with files'), { submit: true, file: { name: 'guide.pdf', bytes: tinyPdf('Guide') } });
		await reviewResource(db(), curator, published.id, { decision: 'approve' });
		const pdf = await getAttachmentDownload(db(), null, published.slug);
		expect(pdf.headers).toMatchObject({
			'content-type': 'application/pdf',
			'x-content-type-options': 'nosniff',
			'content-security-policy': 'sandbox'
		});
		expect(pdf.headers['content-disposition']).toMatch(/^inline; filename="guide\.pdf"/);
		expect(pdf.bytes.byteLength).toBe(Number(pdf.headers['content-length']));
		expect(new TextDecoder().decode(pdf.bytes.subarray(0, 5))).toBe('%PDF-');

		const text = await createResource(db(), member, record('Draft with notes'), { file: { name: 'notes.txt', bytes: new TextEncoder().encode('<script>alert(1)</script>') } });
		expect((await failure(getAttachmentDownload(db(), null, text.slug))).code).toBe('not_found');
		const notes = await getAttachmentDownload(db(), member, text.slug);
		expect(notes.headers['content-type']).toBe('application/octet-stream');
		expect(notes.headers['content-disposition']).toMatch(/^attachment;/);
		expect(notes.headers['cache-control']).toBe('private, no-store');

		// A ".pdf" that does not start as one is not served as a PDF.
		const fake = attachmentHeaders({ fileName: 'evil".pdf', bytes: new TextEncoder().encode('<html>'), published: true });
		expect(fake['content-type']).toBe('application/octet-stream');
		expect(fake['content-disposition']).toBe(`attachment; filename="evil_.pdf"; filename*=UTF-8''evil%22.pdf`);
		const unicode = attachmentHeaders({ fileName: 'guía dual.pdf', bytes: tinyPdf('x'), published: true });
		expect(unicode['content-disposition']).toBe(`inline; filename="gu_a dual.pdf"; filename*=UTF-8''gu%C3%ADa%20dual.pdf`);
	});

	it('lets each account read and mark only its own notifications', async () => {
		const mine = await listNotifications(db(), member);
		expect(mine.items.length).toBeGreaterThan(0);
		const first = mine.items[0];
		expect((await failure(markNotificationRead(db(), other, first.id))).code).toBe('not_found');
		await markNotificationRead(db(), member, first.id);
		expect((await listNotifications(db(), member, { unreadOnly: true })).items.map((item) => item.id)).not.toContain(first.id);
		await markAllNotificationsRead(db(), member);
		expect((await listNotifications(db(), member)).unread).toBe(0);
	});
});
