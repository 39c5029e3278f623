/**
 * Connection requests: a member asks an organisation or a person of the roster for an
 * introduction, a partnership or mentoring; the recipient's side (the organisation's
 * managers, the person's own account) accepts or declines; the requester may withdraw.
 * Acceptance links two organisations by a relation and reveals each side's contact
 * details to the other. Refusals are ConnectErrors with a stable reason.
 */
import { z } from 'zod';
import type { DB } from '../db';
import type { ActorRow, ConnectionKind, ConnectionRequestRow, PersonRow } from '../db/schema';
import type { SessionUser } from '../../domain/user';
import { AppError } from '../errors';
import { wholeNumberSetting } from '../config';
import { recordAudit } from '../audit/service';
import { findRecipient, notifyUser } from '../notify/service';
import { concepts, label, lookup } from '../vocab';
import { findActorByRef } from '../network/profile';
import { upsertRelation } from '../network/service';
import { visibleTo } from '../network/people';
import { ConnectError } from './errors';
import { connectionTexts, type ConnectionEvent } from './texts';
import * as queries from './queries';
import { UUID } from '../ids';

export const CONNECTION_KINDS = ['introduction', 'partnership', 'mentoring'] as const;
export const MESSAGE_MAX_LENGTH = 4000;
export const NOTE_MAX_LENGTH = 2000;
export const DEFAULT_DAILY_LIMIT = 10;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Body of a new request (API and form). */
export const ConnectionInput = z
	.object({
		kind: z.enum(CONNECTION_KINDS),
		toActor: z.string().trim().min(1).max(300).optional().meta({ description: 'id or slug of the organisation asked' }),
		toPerson: z.string().trim().min(1).max(300).optional().meta({ description: 'id or slug of the person asked' }),
		fromActor: z.string().trim().max(300).nullable().optional().meta({ description: 'id or slug of an organisation you manage, to ask in its name' }),
		message: z.string().trim().min(1, 'write a few words').max(MESSAGE_MAX_LENGTH),
		categories: z.array(z.string().trim().min(1).max(64)).max(20).optional().meta({ description: 'skills-category codes (mentoring only)' })
	})
	.refine((value) => !!value.toActor !== !!value.toPerson, { message: 'give exactly one of toActor and toPerson', path: ['toActor'] });
export type ConnectionInputData = z.input<typeof ConnectionInput>;

/** Requests one account may send in 24 hours: ATLAS_CONNECTION_DAILY_LIMIT, default 10. */
export function connectionDailyLimit(env: NodeJS.ProcessEnv = process.env): number {
	return wholeNumberSetting(env, 'ATLAS_CONNECTION_DAILY_LIMIT', DEFAULT_DAILY_LIMIT, 'requests per 24 hours');
}

/** Who is asked: an organisation or a person, with the accounts that answer for it. */
export interface Recipient {
	actor: ActorRow | null;
	person: PersonRow | null;
	name: string;
	answererIds: string[];
	/** Categories on which mentoring is offered; null when any category is (a person's general offer). */
	mentoringOffer: string[] | null;
	offersMentoring: boolean;
}

/** The organisation or person a viewer may ask, or recipient_not_found. */
export async function findRecipientParty(db: DB, viewer: SessionUser, ref: { toActor?: string; toPerson?: string }): Promise<Recipient> {
	if (ref.toActor) {
		const actor = await findActorByRef(db, ref.toActor);
		if (!actor || actor.status !== 'published') throw new ConnectError('recipient_not_found', 'The organisation was not found.');
		const offer = actor.mentoring_categories ?? [];
		return { actor, person: null, name: actor.name, answererIds: await queries.selectActorAnswererIds(db, actor.id), mentoringOffer: offer, offersMentoring: offer.length > 0 };
	}
	const key = ref.toPerson ?? '';
	const person = UUID.test(key) ? await queries.findPersonById(db, key.toLowerCase()) : await queries.findPersonBySlug(db, key);
	if (!person || !(visibleTo(viewer).includes(person.visibility) || person.user_id === viewer.id)) {
		throw new ConnectError('recipient_not_found', 'The person was not found.');
	}
	const answererIds = person.user_id && (await queries.isEnabledUser(db, person.user_id)) ? [person.user_id] : [];
	const offer = person.mentoring_categories ?? [];
	return {
		actor: null,
		person,
		name: person.name,
		answererIds,
		mentoringOffer: offer.length > 0 ? offer : null,
		offersMentoring: offer.length > 0 || person.available_mentoring
	};
}

/** The codes of the skills categories offered (every category for a general offer). */
export function offeredCategories(recipient: Recipient): string[] {
	return recipient.mentoringOffer ?? concepts('skills-category').map((concept) => concept.code);
}

function categoryNames(codes: string[]): string {
	return codes.map((code) => label('skills-category', code, 'en')).join(', ');
}

/**
 * Sends a request after every check (recipient, acting-for organisation, oneself,
 * mentoring offer, blocks, duplicates, daily limit); notifies the accounts that answer.
 */
export async function createConnectionRequest(
	db: DB,
	user: SessionUser | null,
	input: ConnectionInputData,
	ctx: { ip?: string; origin?: string; now?: Date } = {}
): Promise<{ id: string }> {
	if (!user) throw new AppError('unauthenticated', 'Sign in to send a request.');
	const parsed = ConnectionInput.safeParse(input);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		const field = String(issue.path[0] ?? '_');
		throw new AppError('invalid_input', `${field}: ${issue.message}`, { fields: { [field]: issue.message } });
	}
	const request = parsed.data;
	const recipient = await findRecipientParty(db, user, request);
	const managed = await queries.selectManagedActorIds(db, user.id);
	let fromActor: ActorRow | null = null;
	if (request.fromActor) {
		fromActor = (await findActorByRef(db, request.fromActor)) ?? null;
		if (!fromActor || !managed.includes(fromActor.id)) {
			throw new ConnectError('not_your_organisation', 'You can only ask in the name of an organisation you manage.', 'fromActor');
		}
	}
	if (recipient.actor && (managed.includes(recipient.actor.id) || fromActor?.id === recipient.actor.id)) {
		throw new ConnectError('to_self', 'You manage this organisation: a request to it would be a request to yourself.');
	}
	if (recipient.person && (recipient.person.user_id === user.id || recipient.answererIds.includes(user.id))) {
		throw new ConnectError('to_self', 'This is your own entry of the roster: a request to it would be a request to yourself.');
	}
	if (recipient.answererIds.length === 0) {
		throw new ConnectError('nobody_answers', 'Nobody manages this profile on Skills Atlas yet, so nobody could answer this request.');
	}
	const categories = mentoringCategoriesOf(request.kind, request.categories ?? [], recipient);
	if (await queries.anyBlock(db, recipient.answererIds, user.id)) throw new ConnectError('blocked', 'This request cannot be sent.');
	for (const answerer of recipient.answererIds) {
		if (await queries.anyBlock(db, [user.id], answerer)) {
			throw new ConnectError('you_blocked', 'You blocked an account that answers for this profile; lift the block on your Connections page first.');
		}
	}
	const limit = connectionDailyLimit();
	const now = ctx.now ?? new Date();
	const send = async (trx: DB) => {
		await queries.lockRequester(trx, user.id);
		if ((await queries.countRequestsSince(trx, user.id, new Date(now.getTime() - DAY_MS))) >= limit) {
			throw new ConnectError('daily_limit', `You have sent ${limit} requests in the last 24 hours, the most allowed; try again tomorrow.`, 'recipient', {
				retryAfterSeconds: 3600,
				values: { limit: String(limit) }
			});
		}
		const parties = { kind: request.kind, requesterId: user.id, fromActorId: fromActor?.id ?? null, toActorId: recipient.actor?.id ?? null, toPersonId: recipient.person?.id ?? null };
		const reverse = fromActor && recipient.actor && request.kind !== 'mentoring' ? await queries.findOpenActorRequest(trx, request.kind, recipient.actor.id, fromActor.id) : undefined;
		if (reverse || (await queries.findOpenRequest(trx, parties))) throw duplicate();
		const id = await queries.insertRequest(trx, { ...parties, message: request.message, categories });
		await recordAudit(trx, {
			user,
			action: 'connection.requested',
			targetType: recipient.actor ? 'actor' : 'person',
			targetId: recipient.actor?.id ?? recipient.person!.id,
			details: { requestId: id, kind: request.kind, fromActor: fromActor?.slug ?? null, categories },
			ip: ctx.ip
		});
		return id;
	};
	let id: string;
	try {
		id = db.isTransaction ? await send(db) : await db.transaction().execute(send);
	} catch (error) {
		if ((error as { code?: string })?.code === '23505') throw duplicate();
		throw error;
	}
	const senderName = fromActor?.name ?? (user.displayName || '');
	await tell(db, recipient.answererIds, { event: 'received', kind: request.kind, other: senderName, target: recipient.name, note: request.message, origin: ctx.origin });
	return { id };
}

function duplicate(): ConnectError {
	return new ConnectError('duplicate', 'A request of this kind between the same parties is already waiting for an answer or was accepted.');
}

/** The chosen categories of a mentoring request, checked against the offer; [] for other kinds. */
function mentoringCategoriesOf(kind: ConnectionKind, chosen: string[], recipient: Recipient): string[] {
	if (kind !== 'mentoring') return [];
	if (!recipient.offersMentoring) throw new ConnectError('mentoring_not_offered', `${recipient.name} does not offer mentoring.`, 'kind');
	const offered = offeredCategories(recipient);
	if (chosen.length === 0) {
		throw new ConnectError('categories_required', `Choose the categories you ask mentoring on (offered: ${categoryNames(offered)}).`, 'categories', { values: { offered: offered.join(',') } });
	}
	const codes = [...new Set(chosen.map((value) => lookup('skills-category', value)?.code ?? value))];
	const refused = codes.filter((code) => !offered.includes(code));
	if (refused.length) {
		throw new ConnectError('categories_not_offered', `Mentoring is offered only on: ${categoryNames(offered)}.`, 'categories', { values: { offered: offered.join(',') } });
	}
	return codes;
}

/** The request if the user may act on it as `role`; request_not_found otherwise. */
async function requestFor(db: DB, user: SessionUser | null, id: string, role: 'answerer' | 'requester'): Promise<ConnectionRequestRow> {
	if (!user) throw new AppError('unauthenticated', 'Sign in to answer a request.');
	const row = /^\d{1,18}$/.test(id) ? await queries.findRequest(db, id) : undefined;
	if (!row) throw new ConnectError('request_not_found', 'The request was not found.', 'request');
	const allowed = role === 'requester' ? row.requester_id === user.id : (await answererIdsOf(db, row)).includes(user.id);
	if (!allowed) throw new ConnectError('request_not_found', 'The request was not found.', 'request');
	if (row.status !== 'pending') throw new ConnectError('not_pending', 'This request has already been answered or withdrawn.', 'request');
	return row;
}

/** The accounts that answer a request: the organisation's managers or the person's own account. */
async function answererIdsOf(db: DB, row: ConnectionRequestRow): Promise<string[]> {
	if (row.to_actor_id) return queries.selectActorAnswererIds(db, row.to_actor_id);
	const person = await queries.findPersonById(db, row.to_person_id!);
	return person?.user_id ? [person.user_id] : [];
}

/**
 * Accepts a pending request in one transaction: the answer, the relation between two
 * organisations (`collaborates-with`, or `mentors` from the mentor to the mentee; an
 * existing one is kept) and the audit entry; then tells the requester.
 */
export async function acceptConnectionRequest(db: DB, user: SessionUser | null, id: string, note = '', ctx: { ip?: string; origin?: string } = {}): Promise<{ relationId: string | null }> {
	const row = await requestFor(db, user, id, 'answerer');
	const accept = async (trx: DB) => {
		if (!(await queries.answerRequest(trx, row.id, { status: 'accepted', answeredBy: user!.id, note: note.trim().slice(0, NOTE_MAX_LENGTH) }))) {
			throw new ConnectError('not_pending', 'This request has already been answered or withdrawn.', 'request');
		}
		let relationId: string | null = null;
		if (row.from_actor_id && row.to_actor_id) {
			const type = row.kind === 'mentoring' ? 'mentors' : 'collaborates-with';
			// The recipient offered mentoring: it mentors the requesting organisation.
			const [source, target] = row.kind === 'mentoring' ? [row.to_actor_id, row.from_actor_id] : [row.from_actor_id, row.to_actor_id];
			const existing = type === 'collaborates-with' ? await queries.findRelationEitherWay(trx, source, target, type) : undefined;
			relationId = existing?.id ?? (await upsertRelation(trx, { sourceId: source, targetId: target, type })).id;
			await queries.setRequestRelation(trx, row.id, relationId);
		}
		await recordAudit(trx, { user, action: 'connection.accepted', targetType: 'connection', targetId: row.id, details: { kind: row.kind, relationId }, ip: ctx.ip });
		return relationId;
	};
	const relationId = db.isTransaction ? await accept(db) : await db.transaction().execute(accept);
	await tellRequester(db, row, 'accepted', note, ctx.origin);
	return { relationId };
}

/** Declines a pending request (the recipient's side); the requester is told. */
export async function declineConnectionRequest(db: DB, user: SessionUser | null, id: string, note = '', ctx: { ip?: string; origin?: string } = {}): Promise<void> {
	const row = await requestFor(db, user, id, 'answerer');
	if (!(await queries.answerRequest(db, row.id, { status: 'declined', answeredBy: user!.id, note: note.trim().slice(0, NOTE_MAX_LENGTH) }))) {
		throw new ConnectError('not_pending', 'This request has already been answered or withdrawn.', 'request');
	}
	await recordAudit(db, { user, action: 'connection.declined', targetType: 'connection', targetId: row.id, details: { kind: row.kind }, ip: ctx.ip });
	await tellRequester(db, row, 'declined', note, ctx.origin);
}

/** The requester withdraws a pending request; the recipient's side is told in the app. */
export async function withdrawConnectionRequest(db: DB, user: SessionUser | null, id: string, ctx: { ip?: string; origin?: string } = {}): Promise<void> {
	const row = await requestFor(db, user, id, 'requester');
	if (!(await queries.answerRequest(db, row.id, { status: 'withdrawn', answeredBy: user!.id, note: '' }))) {
		throw new ConnectError('not_pending', 'This request has already been answered or withdrawn.', 'request');
	}
	await recordAudit(db, { user, action: 'connection.withdrawn', targetType: 'connection', targetId: row.id, details: { kind: row.kind }, ip: ctx.ip });
	const [fromActor] = row.from_actor_id ? await queries.selectActorsByIds(db, [row.from_actor_id]) : [];
	await tell(db, await answererIdsOf(db, row), { event: 'withdrawn', kind: row.kind, other: fromActor?.name ?? (user!.displayName || ''), target: '', note: '', origin: ctx.origin });
}

/** Tells the requester about the answer, naming the organisation or person asked. */
async function tellRequester(db: DB, row: ConnectionRequestRow, event: 'accepted' | 'declined', note: string, origin?: string): Promise<void> {
	const [actor] = row.to_actor_id ? await queries.selectActorsByIds(db, [row.to_actor_id]) : [];
	const [person] = row.to_person_id ? await queries.selectPeopleByIds(db, [row.to_person_id]) : [];
	await tell(db, [row.requester_id], { event, kind: row.kind, other: actor?.name ?? person?.name ?? '', target: '', note: note.trim(), origin });
}

/** Notifies each account in its own language (in-app, and by mail when the event has one). */
async function tell(
	db: DB,
	userIds: string[],
	what: { event: ConnectionEvent; kind: ConnectionKind; other: string; target: string; note: string; origin?: string }
): Promise<void> {
	for (const userId of userIds) {
		const recipient = await findRecipient(db, userId);
		if (!recipient) continue;
		const texts = await connectionTexts({ ...what, recipient: { name: recipient.name, locale: recipient.locale } });
		await notifyUser(db, recipient, { kind: texts.kind, title: texts.title, body: texts.body, link: texts.link, mail: texts.mail });
	}
}
