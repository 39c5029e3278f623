/**
 * Actor profiles: reading one with its relations (both directions), projects, published
 * resources and 1-step neighbourhood; edits by the actor's managers and by curators,
 * each kept as a version; and "claim this profile": a member asks, a curator approves
 * (the member becomes a manager) or rejects, the member is notified.
 */
import type { DB } from '../db';
import type { ActorRow } from '../db/schema';
import { ActorInput, type ActorInputData } from '../../domain/actor';
import { canCurate, type SessionUser } from '../../domain/user';
import { recordAudit } from '../audit/service';
import { addActorMember } from '../auth/admin';
import { localePrefix, mailLocale } from '../auth/mail-texts';
import { createNotification, findRecipient } from '../notify/service';
import { queueMail } from '../mail/service';
import { AppError, conflict, forbidden, notFound } from '../errors';
import * as queries from './queries';
import * as profileQueries from './profile-queries';
import { sameValue, upsertActor, validateInput, vocabCode } from './service';
import { listProjectsOfActor, type ProjectSummary } from './projects';
import { toActorProfile, toActorRef, toLocale, vocabLabel, type ActorProfile, type ActorRef, type ContactAccess, type Viewer } from './present';
import { connectedWithActor, saveMentoringOffer } from '../connect/access';
import { VocabCode } from '../../domain/actor';
import { z } from 'zod';
import { UUID } from '../ids';

/** Skills categories on which an organisation offers mentoring (stored in actor.mentoring_categories). */
const MentoringCategories = z
	.array(VocabCode)
	.max(20)
	.transform((values) => [...new Set(values)]);

/** Fields of a profile a manager may change (everything but the publication status). */
export const ActorProfileChanges = ActorInput.omit({ status: true, extra: true }).extend({ mentoringCategories: MentoringCategories }).partial();
/** What curators may change on top. */
export const CuratorProfileChanges = ActorInput.omit({ extra: true }).extend({ mentoringCategories: MentoringCategories }).partial();
/** Changes of a profile as callers write them. */
export type ActorProfileChangesData = Partial<ActorInputData> & { mentoringCategories?: string[] };

export interface RelationView {
	id: string;
	type: string;
	direction: 'out' | 'in';
	label: string;
	description: string;
	startYear: number | null;
	endYear: number | null;
	other: ActorRef;
}

export interface NeighbourhoodNode extends ActorRef {
	x: number;
	y: number;
}

export interface Neighbourhood {
	size: number;
	centre: NeighbourhoodNode;
	nodes: NeighbourhoodNode[];
	edges: { source: string; target: string; type: string }[];
	/** Neighbours not drawn (beyond the first MAX_DRAWN), still in the list. */
	hidden: number;
}

export interface ProfilePage {
	profile: ActorProfile;
	relations: RelationView[];
	projects: ProjectSummary[];
	resources: { id: string; slug: string; title: string; language: string; type: string; typeLabel: string; year: number | null }[];
	neighbourhood: Neighbourhood;
	canEdit: boolean;
	/** A signed-in member without membership and without an open request may claim. */
	canClaim: boolean;
	claimPending: boolean;
	/** The viewer manages this organisation (actor_member): no requests to it. */
	managesActor: boolean;
	/** A contact person exists but this viewer may not see it (yet). */
	contactHidden: boolean;
}

const MAX_DRAWN = 24;
const MAP_SIZE = 320;

/** The actor known by this id or slug, or undefined. */
export async function findActorByRef(db: DB, ref: string): Promise<ActorRow | undefined> {
	if (UUID.test(ref)) return queries.findActorById(db, ref.toLowerCase());
	return queries.findActorBySlug(db, ref);
}

/** True when the viewer may edit the actor: curators, admins and its managers. */
export async function canManageActor(db: DB, viewer: Viewer, actorId: string): Promise<boolean> {
	if (!viewer) return false;
	if (viewer.role === 'admin' || viewer.role === 'curator') return true;
	return profileQueries.isActorMember(db, actorId, viewer.id);
}

/** The actor if the viewer may see it (published, or managed by the viewer); not_found otherwise. */
async function visibleActor(db: DB, viewer: Viewer, ref: string): Promise<{ row: ActorRow; canEdit: boolean }> {
	const row = await findActorByRef(db, ref);
	if (!row) throw notFound('The organisation');
	const canEdit = await canManageActor(db, viewer, row.id);
	if (row.status !== 'published' && !canEdit) throw notFound('The organisation');
	return { row, canEdit };
}

/** What the viewer may know of the actor's contact: managers and accepted connections see it. */
async function contactAccess(db: DB, viewer: Viewer, actorId: string): Promise<ContactAccess> {
	if (!viewer) return { own: false, connected: false };
	const own = await profileQueries.isActorMember(db, actorId, viewer.id);
	return { own, connected: own ? false : await connectedWithActor(db, viewer, actorId) };
}

/** One actor as the viewer may see it (the API's single read). */
export async function getActor(db: DB, viewer: Viewer, ref: string, locale?: string): Promise<ActorProfile> {
	const { row } = await visibleActor(db, viewer, ref);
	return toActorProfile(row, viewer, toLocale(locale), await contactAccess(db, viewer, row.id));
}

/** Everything the profile page shows. */
export async function getActorProfilePage(db: DB, viewer: Viewer, ref: string, locale?: string): Promise<ProfilePage> {
	const { row, canEdit } = await visibleActor(db, viewer, ref);
	const lang = toLocale(locale);
	const relationRows = await profileQueries.selectRelationsOf(db, row.id);
	const relations: RelationView[] = relationRows.map((rel) => ({
		id: rel.id,
		type: rel.type,
		direction: rel.direction,
		label: rel.label,
		description: rel.description,
		startYear: rel.start_year,
		endYear: rel.end_year,
		other: toActorRef({ id: rel.other_id, slug: rel.other_slug, name: rel.other_name, type: rel.other_type }, lang)
	}));
	const projects = await listProjectsOfActor(db, row.id, lang);
	const resources = (await profileQueries.selectResourcesPublishedBy(db, row.id)).map((resource) => ({
		...resource,
		typeLabel: vocabLabel('resource-type', resource.type, lang)
	}));
	const neighbourhood = await neighbourhoodOf(db, toActorRef(row, lang), relations);
	const signedInMember = !!viewer && !canEdit;
	const pending = signedInMember ? await profileQueries.findPendingClaim(db, row.id, viewer!.id) : undefined;
	const access = await contactAccess(db, viewer, row.id);
	const profile = toActorProfile(row, viewer, lang, access);
	return {
		profile,
		relations,
		projects,
		resources,
		neighbourhood,
		canEdit,
		canClaim: signedInMember && !pending && viewer!.role === 'member',
		claimPending: !!pending,
		managesActor: access.own,
		contactHidden: !!row.contact && !profile.contact
	};
}

/** A circle layout of the 1-step neighbourhood, computed here so the page needs no script. */
async function neighbourhoodOf(db: DB, centre: ActorRef, relations: RelationView[]): Promise<Neighbourhood> {
	const neighbours = [...new Map(relations.map((rel) => [rel.other.id, rel.other])).values()];
	const drawn = neighbours.slice(0, MAX_DRAWN);
	const middle = MAP_SIZE / 2;
	const radius = MAP_SIZE / 2 - 40;
	const nodes = drawn.map((ref, index) => {
		const angle = (2 * Math.PI * index) / Math.max(1, drawn.length) - Math.PI / 2;
		return { ...ref, x: round(middle + radius * Math.cos(angle)), y: round(middle + radius * Math.sin(angle)) };
	});
	const ids = [centre.id, ...drawn.map((node) => node.id)];
	const edges = (await profileQueries.selectNeighbourEdges(db, ids)).map((edge) => ({ source: edge.source_id, target: edge.target_id, type: edge.type }));
	return { size: MAP_SIZE, centre: { ...centre, x: middle, y: middle }, nodes, edges, hidden: neighbours.length - drawn.length };
}

function round(value: number): number {
	return Math.round(value * 10) / 10;
}

/** The actor with its stored values, for its edit form (managers and curators). */
export async function getActorForEdit(db: DB, viewer: SessionUser | null, ref: string, locale?: string): Promise<ActorProfile> {
	const row = await findActorByRef(db, ref);
	if (!row || !(await canManageActor(db, viewer, row.id))) throw notFound('The organisation');
	return toActorProfile(row, viewer, toLocale(locale), { own: true, connected: false });
}

export interface EditContext {
	ip?: string;
	note?: string;
}

/**
 * Applies changes to a profile (managers and curators), keeps a version of the result
 * and writes the audit log. Returns the new version number, or null when nothing changed.
 */
export async function updateActorProfile(
	db: DB,
	viewer: SessionUser | null,
	ref: string,
	changes: ActorProfileChangesData,
	ctx: EditContext = {}
): Promise<{ slug: string; version: number | null }> {
	const row = await findActorByRef(db, ref);
	if (!row || !(await canManageActor(db, viewer, row.id))) throw notFound('The organisation');
	const user = viewer!;
	const { mentoringCategories, ...allowed } = validateInput(canCurate(user) ? CuratorProfileChanges : ActorProfileChanges, changes);
	if (!canCurate(user) && 'status' in changes) throw forbidden('Only curators may publish or unpublish a profile.');
	const mentoring = mentoringCategories?.map((code) => vocabCode('skills-category', code, 'mentoringCategories'));
	const mentoringChanged = mentoring !== undefined && !sameValue(mentoring, row.mentoring_categories);
	const work = async (trx: DB) => {
		const result = await upsertActor(trx, { name: row.name, type: row.type, ...(allowed as Partial<ActorInputData>) }, { id: row.id });
		// The offer has no column in the import shape (ActorInput): written here, counted as the same edit.
		if (mentoringChanged) await saveMentoringOffer(trx, row.id, mentoring!, { countAsChange: result.status === 'unchanged' });
		if (result.status === 'unchanged' && !mentoringChanged) return null;
		const updated = (await queries.findActorById(trx, row.id))!;
		await profileQueries.insertActorVersion(trx, {
			actor_id: row.id,
			version: updated.version,
			change_kind: 'edit',
			snapshot: snapshotOf(updated),
			changed_by: user.id,
			changed_by_name: user.displayName || user.email,
			change_note: (ctx.note ?? '').slice(0, 1000)
		});
		await recordAudit(trx, {
			user,
			action: 'actor.updated',
			targetType: 'actor',
			targetId: row.id,
			details: { slug: row.slug, version: updated.version, fields: [...Object.keys(allowed), ...(mentoringChanged ? ['mentoringCategories'] : [])], asCurator: canCurate(user) },
			ip: ctx.ip
		});
		return updated.version;
	};
	const version = db.isTransaction ? await work(db) : await db.transaction().execute(work);
	return { slug: row.slug, version };
}

/** The stored shape of a version: every column but timestamps. */
function snapshotOf(row: ActorRow): Record<string, unknown> {
	const { created_at: _created, updated_at: _updated, ...rest } = row;
	return rest;
}

export interface HistoryEntry {
	version: number;
	changeKind: string;
	changedBy: string;
	note: string;
	createdAt: Date;
	/** Fields that differ from the previous version (by column name). */
	changedFields: string[];
}

/** Versions of a profile, newest first (managers and curators: snapshots hold the contact). */
export async function listActorHistory(db: DB, viewer: SessionUser | null, ref: string): Promise<{ actor: ActorRef; entries: HistoryEntry[] }> {
	const row = await findActorByRef(db, ref);
	if (!row || !(await canManageActor(db, viewer, row.id))) throw notFound('The organisation');
	const versions = await profileQueries.selectActorVersions(db, row.id);
	const entries = versions.map((version, index) => {
		const previous = versions[index + 1]?.snapshot as Record<string, unknown> | undefined;
		const current = version.snapshot as Record<string, unknown>;
		const changedFields = previous
			? Object.keys(current).filter((key) => key !== 'version' && JSON.stringify(current[key]) !== JSON.stringify(previous[key]))
			: [];
		return { version: version.version, changeKind: version.change_kind, changedBy: version.changed_by_name, note: version.change_note, createdAt: version.created_at, changedFields };
	});
	return { actor: toActorRef(row, toLocale(viewer?.locale)), entries };
}

/** A signed-in member asks to manage an organisation's profile. */
export async function requestClaim(db: DB, user: SessionUser | null, ref: string, message: string, ctx: { ip?: string } = {}): Promise<{ id: string }> {
	if (!user) throw new AppError('unauthenticated', 'Sign in to claim a profile.');
	const row = await findActorByRef(db, ref);
	if (!row || row.status !== 'published') throw notFound('The organisation');
	if (await canManageActor(db, user, row.id)) throw conflict('You already manage this profile.');
	if (await profileQueries.findPendingClaim(db, row.id, user.id)) throw conflict('Your request for this profile is already waiting for a curator.');
	const id = await profileQueries.insertClaim(db, { actor_id: row.id, user_id: user.id, message: message.trim().slice(0, 2000) });
	await recordAudit(db, { user, action: 'actor_claim.requested', targetType: 'actor', targetId: row.id, details: { slug: row.slug, claimId: id }, ip: ctx.ip });
	return { id };
}

/** Open claims for the curators' queue. */
export async function listPendingClaims(db: DB, viewer: SessionUser | null) {
	if (!canCurate(viewer)) throw forbidden();
	const rows = await profileQueries.selectPendingClaims(db);
	return rows.map((row) => ({
		id: String(row.id),
		message: row.message,
		createdAt: row.created_at,
		actor: { id: row.actor_id, slug: row.actor_slug, name: row.actor_name },
		user: { id: row.user_id, email: row.user_email, name: row.user_name || row.user_email }
	}));
}

/**
 * A curator approves (the member becomes a manager of the profile) or rejects a claim;
 * both are audited and the member is notified in their language.
 */
export async function decideClaim(
	db: DB,
	curator: SessionUser | null,
	claimId: string,
	decision: 'approve' | 'reject',
	note = '',
	ctx: { ip?: string; origin?: string } = {}
): Promise<void> {
	if (!canCurate(curator)) throw forbidden();
	const claim = /^\d{1,18}$/.test(claimId) ? await profileQueries.findClaimById(db, claimId) : undefined;
	if (!claim) throw notFound('The request');
	if (claim.status !== 'pending') throw conflict('This request has already been decided.');
	const actor = (await queries.findActorById(db, claim.actor_id))!;
	const decide = async (trx: DB) => {
		const status = decision === 'approve' ? 'approved' : 'rejected';
		if (!(await profileQueries.decideClaimRow(trx, claimId, status, curator!.id, note.trim().slice(0, 2000)))) {
			throw conflict('This request has already been decided.');
		}
		if (decision === 'approve') await addActorMember(trx, actor.id, claim.user_id, { by: curator!, ip: ctx.ip });
		// A member's new organisation waits as a draft for this decision: approving it publishes it.
		if (decision === 'approve' && actor.status === 'draft') {
			await queries.updateActor(trx, actor.id, { status: 'published' });
			const published = (await queries.findActorById(trx, actor.id))!;
			await profileQueries.insertActorVersion(trx, {
				actor_id: actor.id,
				version: published.version,
				change_kind: 'claim_approved',
				snapshot: snapshotOf(published),
				changed_by: curator!.id,
				changed_by_name: curator!.displayName || curator!.email,
				change_note: note.trim().slice(0, 1000)
			});
		}
		await recordAudit(trx, {
			user: curator,
			action: `actor_claim.${status}`,
			targetType: 'actor',
			targetId: actor.id,
			details: { slug: actor.slug, claimId, userId: claim.user_id, note },
			ip: ctx.ip
		});
		const recipient = await findRecipient(trx, claim.user_id);
		if (!recipient) return null;
		const { m } = await import('../../paraglide/messages.js');
		const locale = mailLocale(recipient.locale);
		const link = `/actors/${actor.slug}`;
		const absolute = `${(ctx.origin ?? process.env.ORIGIN ?? '').replace(/\/+$/, '')}/${localePrefix(locale)}${link.slice(1)}`;
		const title =
			decision === 'approve' ? m.network_claim_notice_approved({ name: actor.name }, { locale }) : m.network_claim_notice_rejected({ name: actor.name }, { locale });
		await createNotification(trx, recipient.id, { kind: `network.claim_${status}`, title, body: note, link });
		return { to: recipient.email, subject: title, text: `${title}\n\n${note ? `${note}\n\n` : ''}${absolute}\n` };
	};
	const mail = db.isTransaction ? await decide(db) : await db.transaction().execute(decide);
	if (mail) await queueMail(db, mail);
}
