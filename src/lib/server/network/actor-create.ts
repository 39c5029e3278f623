/**
 * Creating an organisation profile from the web form. Curators and admins publish it
 * directly; a signed-in member creates the profile of their own organisation as a
 * draft with a pending claim, so a curator checks it in the claims queue and, on
 * approval, the member becomes its manager. Before creating, actors with the same name
 * or web address are offered instead (the user may still confirm a distinct
 * organisation: the ECHE list has institutions sharing a legal name). Every create
 * writes the profile's first version and the audit log, like edits do.
 */
import type { DB } from '../db';
import type { ActorRow } from '../db/schema';
import { ActorInput, type ActorInputData } from '../../domain/actor';
import { canCurate, type SessionUser } from '../../domain/user';
import { recordAudit } from '../audit/service';
import { AppError } from '../errors';
import { lookup, suggest } from '../vocab';
import * as profileQueries from './profile-queries';
import { selectActorsNamedOrAt } from './actor-create-queries';
import { insertNewActor, validateInput } from './service';
import { toLocale, vocabLabel } from './present';

/** What the create form may set: everything of an actor but its status and free extra attributes. */
export const NewActorInput = ActorInput.omit({ status: true, extra: true });

export interface PossibleDuplicate {
	id: string;
	slug: string;
	name: string;
	typeLabel: string;
	city: string;
	countryLabel: string;
	website: string;
	status: string;
	/** Why it is offered: the same name (or other name), or the same web address. */
	reason: 'name' | 'website';
}

export type CreateActorOutcome =
	| { kind: 'duplicates'; duplicates: PossibleDuplicate[] }
	| { kind: 'created'; id: string; slug: string; status: 'published' | 'draft'; claimId: string | null };

export interface CreateActorOptions {
	/** The user saw the possible duplicates and says this is a different organisation. */
	confirmDistinct?: boolean;
	/** A member's word to the curators, kept with the claim. */
	message?: string;
	ip?: string;
	locale?: string;
}

/** A web address reduced for comparison: no scheme, no `www.`, no trailing slash, lower case. */
export function websiteKey(address: string | undefined | null): string {
	return (address ?? '')
		.trim()
		.toLowerCase()
		.replace(/^https?:\/\/(www\.)?/, '')
		.replace(/^www\./, '')
		.replace(/\/+$/, '');
}

/**
 * The country code of what a form says: an ISO code (EL and XK understood) or a country
 * name in any supported language. invalid_input naming the field, with the closest
 * country when one is near, otherwise.
 */
export function countryFromText(text: string | null | undefined, locale?: string): string | null {
	const value = (text ?? '').trim();
	if (!value) return null;
	const concept = lookup('country', value);
	if (concept) return concept.code;
	const closest = suggest('country', value, toLocale(locale));
	throw new AppError('invalid_input', `country: "${value}" is not a known country.`, {
		fields: { country: closest ? `unknown country; did you mean ${closest.label}?` : 'unknown country' }
	});
}

/** Published actors (and, for curators, drafts) that may be the organisation being created. */
export async function findPossibleDuplicates(db: DB, viewer: SessionUser | null, name: string, website: string, locale?: string): Promise<PossibleDuplicate[]> {
	const trimmed = name.trim();
	if (!trimmed) return [];
	const key = websiteKey(website);
	const rows = await selectActorsNamedOrAt(db, trimmed, key, canCurate(viewer) ? ['published', 'draft'] : ['published']);
	const lang = toLocale(locale);
	return rows.map((row) => toDuplicate(row, trimmed, lang));
}

function toDuplicate(row: ActorRow, name: string, locale: ReturnType<typeof toLocale>): PossibleDuplicate {
	const sameName = row.name.toLowerCase() === name.toLowerCase() || row.other_names.some((other) => other.toLowerCase() === name.toLowerCase());
	return {
		id: row.id,
		slug: row.slug,
		name: row.name,
		typeLabel: vocabLabel('actor-type', row.type, locale),
		city: row.city,
		countryLabel: vocabLabel('country', row.country, locale),
		website: row.website,
		status: row.status,
		reason: sameName ? 'name' : 'website'
	};
}

/**
 * Creates an organisation profile (see the file comment for who may do what). Answers
 * the possible duplicates instead when there are some and the user has not confirmed.
 */
export async function createActorProfile(db: DB, user: SessionUser | null, input: ActorInputData, options: CreateActorOptions = {}): Promise<CreateActorOutcome> {
	if (!user) throw new AppError('unauthenticated', 'Sign in to add an organisation.');
	const curator = canCurate(user);
	const resolved: ActorInputData = { ...input, country: countryFromText(input.country, options.locale) };
	const checked = validateInput(NewActorInput, resolved);
	if (!options.confirmDistinct) {
		const duplicates = await findPossibleDuplicates(db, user, checked.name, checked.website ?? '', options.locale);
		if (duplicates.length) return { kind: 'duplicates', duplicates };
	}
	const status: 'published' | 'draft' = curator ? 'published' : 'draft';
	const work = async (trx: DB) => {
		const row = await insertNewActor(trx, { ...resolved, status, extra: undefined });
		const { created_at: _created, updated_at: _updated, ...snapshot } = row;
		await profileQueries.insertActorVersion(trx, {
			actor_id: row.id,
			version: row.version,
			change_kind: 'create',
			snapshot,
			changed_by: user.id,
			changed_by_name: user.displayName || user.email,
			change_note: ''
		});
		await recordAudit(trx, {
			user,
			action: 'actor.created',
			targetType: 'actor',
			targetId: row.id,
			details: { slug: row.slug, status, asCurator: curator, confirmedDistinct: !!options.confirmDistinct },
			ip: options.ip
		});
		let claimId: string | null = null;
		if (!curator) {
			claimId = await profileQueries.insertClaim(trx, { actor_id: row.id, user_id: user.id, message: (options.message ?? '').trim().slice(0, 2000) });
			await recordAudit(trx, { user, action: 'actor_claim.requested', targetType: 'actor', targetId: row.id, details: { slug: row.slug, claimId, newProfile: true }, ip: options.ip });
		}
		return { kind: 'created' as const, id: row.id, slug: row.slug, status, claimId };
	};
	return db.isTransaction ? work(db) : db.transaction().execute(work);
}
