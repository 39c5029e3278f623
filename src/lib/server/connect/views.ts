/**
 * What an account sees of its connection requests (the /connections page and
 * `GET /api/v1/connections`): both directions, what it may do with each, and — only
 * once a request is accepted — the other side's contact details, decided by the one
 * rule of network/present.ts (`maySeeContact`, here with `connected: true`).
 */
import type { DB } from '../db';
import type { ConnectionKind, ConnectionRequestRow, ConnectionStatus } from '../db/schema';
import type { SessionUser } from '../../domain/user';
import { AppError } from '../errors';
import { maySeeContact, profileContact, toActorRef, toLocale, vocabLabel, type ActorRef, type ContactPerson, type LabelledCode } from '../network/present';
import { findRecipientParty, offeredCategories } from './service';
import * as queries from './queries';

/** The contact details an accepted request reveals to the viewer (the other side's). */
export interface RevealedContacts {
	/** Shown to the recipient's side: who asked. */
	requester?: { name: string; email: string };
	fromActorContact?: ContactPerson | null;
	/** Shown to the requester: who answered, and the contact of the organisation or person asked. */
	answeredBy?: { name: string; email: string } | null;
	toActorContact?: ContactPerson | null;
	toPersonContact?: string | null;
}

export interface ConnectionView {
	id: string;
	kind: ConnectionKind;
	status: ConnectionStatus;
	/** 'sent' by the viewer (or for an organisation it manages), or 'received' by a profile it answers for. */
	direction: 'sent' | 'received';
	message: string;
	categories: LabelledCode[];
	createdAt: string;
	answeredAt: string | null;
	answerNote: string;
	/** The requesting account by display name (its address only once accepted, in `contacts`). */
	requester: { id: string; name: string };
	fromActor: ActorRef | null;
	toActor: ActorRef | null;
	toPerson: { id: string; slug: string; name: string } | null;
	can: { accept: boolean; decline: boolean; withdraw: boolean; block: boolean };
	/** Null until the request is accepted. */
	contacts: RevealedContacts | null;
}

/** The viewer's requests, both directions, newest first. */
export async function listConnections(db: DB, user: SessionUser | null, locale?: string): Promise<{ items: ConnectionView[] }> {
	if (!user) throw new AppError('unauthenticated', 'Sign in to see your connections.');
	const lang = toLocale(locale ?? user.locale);
	const rows = await queries.selectRequestsOf(db, user.id);
	const managed = new Set(await queries.selectManagedActorIds(db, user.id));
	const actors = new Map((await queries.selectActorsByIds(db, rows.flatMap((row) => [row.from_actor_id, row.to_actor_id]).filter((id): id is string => !!id))).map((row) => [row.id, row]));
	const people = new Map((await queries.selectPeopleByIds(db, rows.map((row) => row.to_person_id).filter((id): id is string => !!id))).map((row) => [row.id, row]));
	const users = new Map((await queries.selectUsers(db, rows.flatMap((row) => [row.requester_id, row.answered_by]).filter((id): id is string => !!id))).map((row) => [row.id, row]));
	const items = rows.map((row): ConnectionView => {
		const received = (!!row.to_actor_id && managed.has(row.to_actor_id)) || (!!row.to_person_id && people.get(row.to_person_id)?.user_id === user.id);
		const fromActor = row.from_actor_id ? actors.get(row.from_actor_id) : undefined;
		const toActor = row.to_actor_id ? actors.get(row.to_actor_id) : undefined;
		const toPerson = row.to_person_id ? people.get(row.to_person_id) : undefined;
		const requester = users.get(row.requester_id);
		const pending = row.status === 'pending';
		return {
			id: String(row.id),
			kind: row.kind,
			status: row.status,
			direction: received ? 'received' : 'sent',
			message: row.message,
			categories: row.categories.map((code) => ({ value: code, label: vocabLabel('skills-category', code, lang) })),
			createdAt: new Date(row.created_at).toISOString(),
			answeredAt: row.answered_at ? new Date(row.answered_at).toISOString() : null,
			answerNote: row.answer_note,
			requester: { id: row.requester_id, name: requester?.display_name ?? '' },
			fromActor: fromActor ? toActorRef(fromActor, lang) : null,
			toActor: toActor ? toActorRef(toActor, lang) : null,
			toPerson: toPerson ? { id: toPerson.id, slug: toPerson.slug, name: toPerson.name } : null,
			can: {
				accept: received && pending,
				decline: received && pending,
				withdraw: !received && pending && row.requester_id === user.id,
				block: received && row.requester_id !== user.id
			},
			contacts: row.status === 'accepted' ? revealed(row, received, user, { fromActor, toActor, toPerson, requester, answerer: row.answered_by ? users.get(row.answered_by) : undefined }) : null
		};
	});
	return { items };
}

type ActorContactRow = Awaited<ReturnType<typeof queries.selectActorsByIds>>[number];
type PersonContactRow = Awaited<ReturnType<typeof queries.selectPeopleByIds>>[number];

/** The other side's contact details of an accepted request. */
function revealed(
	row: ConnectionRequestRow,
	received: boolean,
	viewer: SessionUser,
	parties: { fromActor?: ActorContactRow; toActor?: ActorContactRow; toPerson?: PersonContactRow; requester?: queries.UserRow; answerer?: queries.UserRow }
): RevealedContacts {
	const access = { own: false, connected: row.status === 'accepted' };
	const account = (user: queries.UserRow | undefined) => (user && maySeeContact(false, viewer, access) ? { name: user.display_name, email: user.email } : null);
	if (received) {
		return {
			requester: account(parties.requester) ?? undefined,
			fromActorContact: parties.fromActor ? profileContact(parties.fromActor, viewer, access) : null
		};
	}
	return {
		answeredBy: account(parties.answerer),
		toActorContact: parties.toActor ? profileContact(parties.toActor, viewer, access) : null,
		toPersonContact: parties.toPerson?.contact && maySeeContact(false, viewer, access) ? parties.toPerson.contact : null
	};
}

export interface RequestFormContext {
	target: { type: 'actor' | 'person'; slug: string; name: string };
	/** Nobody manages the profile: the form says so instead of letting the member write in vain. */
	nobodyAnswers: boolean;
	offersMentoring: boolean;
	/** Categories offered for mentoring, labelled (every category for a general offer). */
	mentoringCategories: LabelledCode[];
	/** Organisations the member manages, to ask in their name. */
	organisations: { id: string; slug: string; name: string }[];
}

/** What the request form needs about its recipient and the member. */
export async function requestFormContext(db: DB, user: SessionUser | null, ref: { actor?: string; person?: string }, locale?: string): Promise<RequestFormContext> {
	if (!user) throw new AppError('unauthenticated', 'Sign in to send a request.');
	const lang = toLocale(locale ?? user.locale);
	const recipient = await findRecipientParty(db, user, { toActor: ref.actor, toPerson: ref.actor ? undefined : ref.person });
	const managed = await queries.selectManagedActorIds(db, user.id);
	const organisations = (await queries.selectActorsByIds(db, managed)).map((row) => ({ id: row.id, slug: row.slug, name: row.name })).sort((a, b) => a.name.localeCompare(b.name));
	return {
		target: recipient.actor ? { type: 'actor', slug: recipient.actor.slug, name: recipient.actor.name } : { type: 'person', slug: recipient.person!.slug, name: recipient.person!.name },
		nobodyAnswers: recipient.answererIds.length === 0,
		offersMentoring: recipient.offersMentoring,
		mentoringCategories: recipient.offersMentoring ? offeredCategories(recipient).map((code) => ({ value: code, label: vocabLabel('skills-category', code, lang) })) : [],
		organisations
	};
}
