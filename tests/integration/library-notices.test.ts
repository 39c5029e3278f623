/** Curators hear of submissions: in-app notification and outbox mail, in each curator's language, on each engine. */
import { describe, it, expect, afterAll, beforeAll } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../helpers/db';
import { createUser } from '../../src/lib/server/auth/service';
import { listOutbox } from '../../src/lib/server/mail/service';
import { createResource, reviewResource, submitResource, updateResource } from '../../src/lib/server/library/review';
import { listNotifications } from '../../src/lib/server/notify/service';
import { runImport } from '../../src/lib/server/io/import-run';
import { resourceImporter } from '../../src/lib/server/library/resource-io';
import type { Role, SessionUser } from '../../src/lib/domain/user';

const record = (title: string) => ({ title, abstract: 'On apprenticeships.', language: 'en', type: 'case-study', year: 2024 });

describe.each(testEngines())('submission notices on %s', (engine) => {
	let database: TestDatabase;
	const db = () => database.db;
	const users: Record<string, SessionUser> = {};
	const ctx = { origin: 'https://atlas.test' };

	async function account(email: string, role: Role, locale: string): Promise<SessionUser> {
		const created = await createUser(db(), { email, password: 'a good long password', role, confirmed: true, locale, displayName: email.split('@')[0] });
		return { id: created.id, email, displayName: email.split('@')[0], role, locale, actorIds: [] };
	}
	const inbox = async (user: SessionUser) => (await listNotifications(db(), user)).items;
	const mails = async (to: string) => (await listOutbox(db(), { to })).items;

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		users.member = await account('ana@example.org', 'member', 'es');
		users.curatorFr = await account('claire@example.org', 'curator', 'fr');
		users.curatorEn = await account('kofi@example.org', 'curator', 'en');
		users.admin = await account('admin@example.org', 'admin', 'pt');
		users.gone = await account('gone@example.org', 'curator', 'en');
		users.bystander = await account('bob@example.org', 'member', 'en');
		await db().updateTable('app_user').set({ disabled_at: new Date() }).where('id', '=', users.gone.id).execute();
	});
	afterAll(() => database?.dispose());

	it('tells every curator and administrator of a submission, in their language, with a link to the queue', async () => {
		const sent = await createResource(db(), users.member, record('Dual training in Dakar'), { submit: true, ctx });
		const [french] = await inbox(users.curatorFr);
		expect(french).toMatchObject({ kind: 'library.submitted', link: '/library/review' });
		expect(french.title).toBe('Nouvelle fiche à relire : Dual training in Dakar');
		expect(french.body).toBe('Envoyée par ana.');
		expect((await inbox(users.curatorEn))[0].title).toBe('New record to review: Dual training in Dakar');
		expect((await inbox(users.admin))[0].title).toBe('Novo registo para rever: Dual training in Dakar');

		const [mail] = await mails('claire@example.org');
		expect(mail.subject).toBe('À relire : Dual training in Dakar');
		expect(mail.text).toContain('ana a envoyé « Dual training in Dakar »');
		expect(mail.text).toContain('https://atlas.test/fr/library/review');
		expect((await mails('kofi@example.org'))[0].text).toContain('https://atlas.test/library/review');
		expect((await mails('admin@example.org'))[0].text).toContain('https://atlas.test/pt/library/review');
		// Not the member who sent it, not other members, not a disabled curator.
		expect(await inbox(users.member)).toHaveLength(0);
		expect(await inbox(users.bystander)).toHaveLength(0);
		expect(await inbox(users.gone)).toHaveLength(0);
		expect(await mails('gone@example.org')).toHaveLength(0);

		// Sent again after changes: told again, as a resubmission.
		await reviewResource(db(), users.curatorEn, sent.id, { decision: 'request_changes', comment: 'Add the year.' }, ctx);
		await updateResource(db(), users.member, sent.id, { year: 2023, submit: true }, { ctx });
		const [again] = await inbox(users.curatorFr);
		expect(again).toMatchObject({ kind: 'library.resubmitted', link: '/library/review' });
		expect(again.title).toBe('Soumise de nouveau après modifications : Dual training in Dakar');
		expect((await mails('kofi@example.org'))[0].text).toContain('changed “Dual training in Dakar” as a curator asked');
		expect(await inbox(users.curatorEn)).toHaveLength(2);
	});

	it('says nothing for drafts, edits, decisions and imports, and does not tell a curator of their own submission', async () => {
		const before = (await inbox(users.curatorEn)).length;
		const draft = await createResource(db(), users.member, record('Still a draft'), { ctx });
		await updateResource(db(), users.member, draft.id, { abstract: 'Longer.' }, { ctx });
		await runImport(db(), resourceImporter, { name: 'r.csv', bytes: new TextEncoder().encode('title,language,type\nImported record,en,research-paper\n') });
		expect(await inbox(users.curatorEn)).toHaveLength(before);

		const own = await createResource(db(), users.curatorEn, record('A curator’s own record'), { ctx });
		await submitResource(db(), users.curatorEn, own.id, ctx);
		expect(await inbox(users.curatorEn)).toHaveLength(before);
		expect((await inbox(users.curatorFr))[0].title).toBe('Nouvelle fiche à relire : A curator’s own record');
		await reviewResource(db(), users.curatorFr, own.id, { decision: 'approve' }, ctx);
		expect(await inbox(users.curatorEn)).toHaveLength(before + 1);
		expect((await inbox(users.curatorEn))[0].kind).toBe('library.approve');
	});
});
