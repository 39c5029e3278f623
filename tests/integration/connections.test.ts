/**
 * Connection requests on each engine: every refusal (oneself, not one's organisation,
 * nobody to answer, mentoring not offered or on other categories, duplicates, blocks,
 * the daily limit), acceptance with exactly one relation and notifications plus mails in
 * the recipient's language, declining, withdrawing, blocking, script kept as text, and
 * contact details revealed only after acceptance.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../helpers/db';
import { createUser } from '../../src/lib/server/auth/service';
import { addActorMember } from '../../src/lib/server/auth/admin';
import { listAudit } from '../../src/lib/server/audit/service';
import { listNotifications } from '../../src/lib/server/notify/service';
import { listOutbox } from '../../src/lib/server/mail/service';
import { upsertActor, upsertRelation } from '../../src/lib/server/network/service';
import { getActor, getActorProfilePage, updateActorProfile } from '../../src/lib/server/network/profile';
import { createPerson, listPeople } from '../../src/lib/server/network/people';
import {
	acceptConnectionRequest,
	createConnectionRequest,
	declineConnectionRequest,
	withdrawConnectionRequest,
	type ConnectionInputData
} from '../../src/lib/server/connect/service';
import { blockAccount, listBlocks, unblockAccount } from '../../src/lib/server/connect/blocks';
import { listConnections } from '../../src/lib/server/connect/views';
import { ConnectError } from '../../src/lib/server/connect/errors';
import type { AppError } from '../../src/lib/server/errors';
import { failure } from '../helpers/fixtures';
import type { Role, SessionUser } from '../../src/lib/domain/user';

const refusal = (promise: Promise<unknown>) => failure(promise) as Promise<AppError & Partial<ConnectError>>;

const ACTOR_SECRET = 'b.contact.secret@example.org';
const PERSON_SECRET = 'person.contact.secret@example.org';

describe.each(testEngines())('connection requests on %s', (engine) => {
	let database: TestDatabase;
	const db = () => database.db;
	let requester: SessionUser; // manages A
	let manager: SessionUser; // manages B, reads Spanish
	let personAccount: SessionUser; // linked to the person P
	let stranger: SessionUser;
	let curator: SessionUser;
	const ids: Record<string, string> = {};

	async function account(email: string, role: Role = 'member', locale = 'en'): Promise<SessionUser> {
		const name = email.split('@')[0];
		const created = await createUser(db(), { email, password: 'a good long password', role, confirmed: true, locale, displayName: name });
		return { id: created.id, email, displayName: name, role, locale, actorIds: [] };
	}
	const send = (user: SessionUser, input: Partial<ConnectionInputData>) =>
		createConnectionRequest(db(), user, { kind: 'introduction', message: 'Hello, we work on work-based learning.', ...input } as ConnectionInputData);
	const relationsBetween = async (a: string, b: string) =>
		db()
			.selectFrom('relation')
			.select(['id', 'type', 'source_id', 'target_id'])
			.where((eb) => eb.or([eb.and([eb('source_id', '=', a), eb('target_id', '=', b)]), eb.and([eb('source_id', '=', b), eb('target_id', '=', a)])]))
			.execute();

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		requester = await account('requester@atlas.test');
		manager = await account('manager@atlas.test', 'member', 'es');
		personAccount = await account('person@atlas.test');
		stranger = await account('stranger@atlas.test');
		curator = await account('curator@atlas.test', 'curator');
		for (const [key, name] of [['a', 'Cluster Alpha'], ['b', 'Training Beta'], ['c', 'Unmanaged Gamma'], ['d', 'Delta University']] as const) {
			ids[key] = (await upsertActor(db(), { name, type: 'vet-provider', country: 'PT', status: 'published' })).id;
		}
		await upsertActor(db(), { name: 'Training Beta', type: 'vet-provider', contact: { name: 'Bea Contact', email: ACTOR_SECRET } }, { id: ids.b });
		await addActorMember(db(), ids.a, requester.id);
		await addActorMember(db(), ids.b, manager.id);
		await addActorMember(db(), ids.d, manager.id);
		ids.person = (await createPerson(db(), curator, { name: 'Paula Mentor', visibility: 'members', availableMentoring: true, mentoringCategories: ['2'], contact: PERSON_SECRET, userId: personAccount.id })).id;
		ids.lonely = (await createPerson(db(), curator, { name: 'Unlinked Expert', visibility: 'public', contact: 'unlinked@example.org' })).id;
	});
	afterAll(() => database.dispose());

	it('refuses requests to oneself, for an organisation one does not manage, and to profiles nobody answers for', async () => {
		const own = await refusal(send(requester, { toActor: ids.a }));
		expect([own.code, own.reason]).toEqual(['invalid_input', 'to_self']);
		const itself = await refusal(send(requester, { toActor: ids.a, fromActor: ids.a }));
		expect(itself.reason).toBe('to_self');
		const ownPerson = await refusal(send(personAccount, { toPerson: ids.person }));
		expect(ownPerson.reason).toBe('to_self');
		const notMine = await refusal(send(requester, { toActor: ids.b, fromActor: ids.d }));
		expect([notMine.code, notMine.reason]).toEqual(['forbidden', 'not_your_organisation']);
		const nobody = await refusal(send(requester, { toActor: ids.c }));
		expect([nobody.code, nobody.reason]).toEqual(['conflict', 'nobody_answers']);
		expect(nobody.message).toMatch(/nobody manages this profile on Skills Atlas yet/i);
		const unlinked = await refusal(send(requester, { toPerson: ids.lonely }));
		expect(unlinked.reason).toBe('nobody_answers');
		const missing = await refusal(send(requester, { toActor: 'no-such-organisation' }));
		expect(missing.code).toBe('not_found');
		const empty = await refusal(send(requester, { toActor: ids.b, message: '   ' }));
		expect(empty.code).toBe('invalid_input');
	});

	it('checks mentoring against the offer and names the categories offered', async () => {
		const notOffered = await refusal(send(requester, { toActor: ids.b, kind: 'mentoring', categories: ['1'] }));
		expect(notOffered.reason).toBe('mentoring_not_offered');
		await updateActorProfile(db(), manager, ids.b, { mentoringCategories: ['1', '6'] });
		expect((await getActor(db(), null, ids.b)).mentoringCategories).toEqual(['1', '6']);
		const none = await refusal(send(requester, { toActor: ids.b, kind: 'mentoring', categories: [] }));
		expect(none.reason).toBe('categories_required');
		const other = await refusal(send(requester, { toActor: ids.b, kind: 'mentoring', categories: ['3'] }));
		expect([other.code, other.reason]).toEqual(['invalid_input', 'categories_not_offered']);
		expect(other.message).toContain('Work-based learning');
		expect(other.message).toContain('Training delivery');
		const personOther = await refusal(send(requester, { toPerson: ids.person, kind: 'mentoring', categories: ['1'] }));
		expect(personOther.reason).toBe('categories_not_offered');
	});

	it('accepts: one relation, contacts revealed both ways, notifications and mails in each language', async () => {
		// Before any request the plain member sees no contact person.
		expect((await getActor(db(), requester, ids.b)).contact).toBeNull();
		expect((await getActorProfilePage(db(), requester, ids.b)).contactHidden).toBe(true);
		const { id } = await send(requester, { toActor: ids.b, fromActor: ids.a, kind: 'partnership', message: '<script>alert(1)</script> Shall we train together?' });
		const duplicate = await refusal(send(requester, { toActor: ids.b, fromActor: ids.a, kind: 'partnership' }));
		expect([duplicate.code, duplicate.reason]).toEqual(['conflict', 'duplicate']);
		const reverse = await refusal(send(manager, { toActor: ids.a, fromActor: ids.b, kind: 'partnership' }));
		expect(reverse.reason).toBe('duplicate');

		// Pending: stored as written, no contact anywhere yet.
		const sent = (await listConnections(db(), requester)).items.find((item) => item.id === id)!;
		expect(sent.message).toBe('<script>alert(1)</script> Shall we train together?');
		expect(sent.contacts).toBeNull();
		expect(JSON.stringify(await listConnections(db(), requester))).not.toContain(ACTOR_SECRET);
		const received = (await listConnections(db(), manager)).items.find((item) => item.id === id)!;
		expect(received.direction).toBe('received');
		expect(received.can).toMatchObject({ accept: true, decline: true, block: true, withdraw: false });
		expect(JSON.stringify(received)).not.toContain(requester.email);
		const notice = (await listNotifications(db(), manager)).items.find((item) => item.kind === 'connect.received');
		expect(notice?.title).toContain('Cluster Alpha');
		expect(notice?.title).toMatch(/solicitud/);
		expect((await listOutbox(db(), { to: manager.email })).items.length).toBe(1);

		// Only the recipient's side may accept.
		expect((await refusal(acceptConnectionRequest(db(), stranger, id))).code).toBe('not_found');
		expect((await refusal(acceptConnectionRequest(db(), requester, id))).code).toBe('not_found');
		const { relationId } = await acceptConnectionRequest(db(), manager, id, 'Gladly.');
		expect(relationId).toBeTruthy();
		const relations = await relationsBetween(ids.a, ids.b);
		expect(relations).toHaveLength(1);
		expect(relations[0]).toMatchObject({ type: 'collaborates-with', source_id: ids.a, target_id: ids.b });
		expect((await refusal(acceptConnectionRequest(db(), manager, id))).reason).toBe('not_pending');

		const afterSent = (await listConnections(db(), requester)).items.find((item) => item.id === id)!;
		expect(afterSent.contacts?.toActorContact?.email).toBe(ACTOR_SECRET);
		expect(afterSent.contacts?.answeredBy?.email).toBe(manager.email);
		const afterReceived = (await listConnections(db(), manager)).items.find((item) => item.id === id)!;
		expect(afterReceived.contacts?.requester?.email).toBe(requester.email);
		expect((await getActor(db(), requester, ids.b)).contact?.email).toBe(ACTOR_SECRET);
		// Still hidden from an unconnected member.
		expect((await getActor(db(), stranger, ids.b)).contact).toBeNull();

		const accepted = (await listNotifications(db(), requester)).items.find((item) => item.kind === 'connect.accepted');
		expect(accepted?.title).toBe('Training Beta accepted your request for a partnership');
		const mails = (await listOutbox(db(), { to: requester.email })).items;
		expect(mails.map((mail) => mail.subject)).toContain('Training Beta accepted your request for a partnership');
		expect((await listAudit(db(), { action: 'connection.accepted' })).items).toHaveLength(1);
	});

	it('keeps an existing relation, and mentoring links the mentor to the mentee', async () => {
		await upsertRelation(db(), { sourceId: ids.d, targetId: ids.a, type: 'collaborates-with' });
		const { id } = await send(requester, { toActor: ids.d, fromActor: ids.a, kind: 'introduction' });
		const before = await relationsBetween(ids.a, ids.d);
		const { relationId } = await acceptConnectionRequest(db(), manager, id);
		expect(relationId).toBe(before[0].id);
		expect(await relationsBetween(ids.a, ids.d)).toHaveLength(1);

		const mentoring = await send(requester, { toActor: ids.b, fromActor: ids.a, kind: 'mentoring', categories: ['1'] });
		await acceptConnectionRequest(db(), manager, mentoring.id);
		const mentors = (await relationsBetween(ids.a, ids.b)).filter((relation) => relation.type === 'mentors');
		expect(mentors).toEqual([expect.objectContaining({ source_id: ids.b, target_id: ids.a })]);
	});

	it('declines without a relation, and lets the requester withdraw', async () => {
		const { id } = await send(stranger, { toActor: ids.d, kind: 'partnership' });
		await declineConnectionRequest(db(), manager, id, 'Not now.');
		expect((await listConnections(db(), stranger)).items[0]).toMatchObject({ status: 'declined', answerNote: 'Not now.', contacts: null });
		expect((await listNotifications(db(), stranger)).items[0].kind).toBe('connect.declined');
		const again = await send(stranger, { toActor: ids.d, kind: 'partnership' });
		expect((await refusal(withdrawConnectionRequest(db(), manager, again.id))).code).toBe('not_found');
		await withdrawConnectionRequest(db(), stranger, again.id);
		expect((await listConnections(db(), stranger)).items[0].status).toBe('withdrawn');
		expect((await refusal(acceptConnectionRequest(db(), manager, again.id))).reason).toBe('not_pending');
		const relationsOfStranger = await db().selectFrom('connection_request').select('relation_id').where('requester_id', '=', stranger.id).execute();
		expect(relationsOfStranger.every((row) => row.relation_id === null)).toBe(true);
	});

	it('reveals a person’s contact only after acceptance', async () => {
		const contactOf = async (viewer: SessionUser) => (await listPeople(db(), viewer)).items.find((person) => person.id === ids.person)?.contact ?? null;
		expect(await contactOf(stranger)).toBeNull();
		expect(await contactOf(personAccount)).toBe(PERSON_SECRET);
		expect(await contactOf(curator)).toBe(PERSON_SECRET);
		const { id } = await send(stranger, { toPerson: ids.person, kind: 'mentoring', categories: ['2'] });
		expect(await contactOf(stranger)).toBeNull();
		await acceptConnectionRequest(db(), personAccount, id);
		expect(await contactOf(stranger)).toBe(PERSON_SECRET);
		const view = (await listConnections(db(), stranger)).items.find((item) => item.id === id)!;
		expect(view.contacts?.toPersonContact).toBe(PERSON_SECRET);
	});

	it('blocks: pending requests declined, new ones refused without saying why, lifted again', async () => {
		const pending = await send(requester, { toActor: ids.d, kind: 'partnership', fromActor: ids.a });
		const blocked = await blockAccount(db(), manager, requester.id);
		expect(blocked).toEqual({ created: true, declined: 1 });
		expect((await listConnections(db(), requester)).items.find((item) => item.id === pending.id)?.status).toBe('declined');
		const refused = await refusal(send(requester, { toActor: ids.d, kind: 'partnership' }));
		expect([refused.code, refused.reason, refused.message]).toEqual(['forbidden', 'blocked', 'This request cannot be sent.']);
		expect((await listBlocks(db(), manager)).items.map((block) => block.userId)).toEqual([requester.id]);
		expect((await refusal(blockAccount(db(), manager, manager.id))).reason).toBe('block_self');
		// The one who blocked cannot ask the blocked account either, until the block is lifted.
		await blockAccount(db(), stranger, personAccount.id);
		expect((await refusal(send(stranger, { toPerson: ids.person, kind: 'introduction' }))).reason).toBe('you_blocked');
		await unblockAccount(db(), stranger, personAccount.id);
		await unblockAccount(db(), manager, requester.id);
		expect((await refusal(unblockAccount(db(), manager, requester.id))).code).toBe('not_found');
		await send(requester, { toActor: ids.d, kind: 'partnership' });
	});

	it('stops an account at the daily limit', async () => {
		const previous = process.env.ATLAS_CONNECTION_DAILY_LIMIT;
		process.env.ATLAS_CONNECTION_DAILY_LIMIT = '2';
		try {
			const busy = await account('busy@atlas.test');
			await send(busy, { toActor: ids.b, kind: 'introduction' });
			await send(busy, { toActor: ids.d, kind: 'introduction' });
			const third = await refusal(send(busy, { toPerson: ids.person, kind: 'introduction' }));
			expect([third.code, third.reason]).toEqual(['rate_limited', 'daily_limit']);
			expect(third.message).toContain('2 requests in the last 24 hours');
		} finally {
			if (previous === undefined) delete process.env.ATLAS_CONNECTION_DAILY_LIMIT;
			else process.env.ATLAS_CONNECTION_DAILY_LIMIT = previous;
		}
	});
});
