/**
 * THE one place that turns actor rows into objects shown outside the server: directory
 * items, the API shape of interfaces.md, and full profiles. Contact details (an actor's
 * contact person, a person's contact) leave the server only through `maySeeContact`:
 * to everyone when the actor made its contact public, otherwise only to curators and
 * admins, to the actor's managers (the person's own account), and to accounts linked to
 * it by an ACCEPTED connection request (decision record 0005).
 */
import type { ActorRow, PersonRow } from '../db/schema';
import type { SessionUser } from '../../domain/user';
import { label, isLocale, type Locale, type VocabularyName } from '../vocab';

/** Who is looking: null for a visitor. */
export type Viewer = Pick<SessionUser, 'id' | 'role'> | null;

export interface LabelledCode {
	value: string;
	label: string;
}

/** The item of `GET /api/v1/actors` (interfaces.md), exactly. */
export interface ApiActor {
	id: string;
	name: string;
	type: string;
	country: string | null;
	region: string | null;
	city: string;
	languages: string[];
	categories: string[];
	targetGroups: string[];
	website: string;
	externalIds: Record<string, string>;
}

/** A directory entry for pages: the API fields plus slug and labels in the reader's language. */
export interface DirectoryActor extends ApiActor {
	slug: string;
	typeLabel: string;
	countryLabel: string;
	regionLabel: string;
	categoryLabels: string[];
	summary: string;
}

export interface ContactPerson {
	name?: string;
	email?: string;
	phone?: string;
	role?: string;
}

/** The full profile of an actor for its page and `GET /api/v1/actors/{id}`. */
export interface ActorProfile extends ApiActor {
	slug: string;
	status: string;
	otherNames: string[];
	latitude: number | null;
	longitude: number | null;
	sectors: string[];
	description: Record<string, string>;
	size: string | null;
	foundedYear: number | null;
	memberCount: number | null;
	helix: Record<string, number> | null;
	/** Present only when the viewer may see it (see profileContact). */
	contact: ContactPerson | null;
	contactPublic: boolean;
	/** Skills categories on which the organisation offers mentoring (empty: no offer). */
	mentoringCategories: string[];
	version: number;
	updatedAt: string;
	labels: {
		type: string;
		country: string;
		region: string;
		languages: LabelledCode[];
		categories: LabelledCode[];
		targetGroups: LabelledCode[];
		mentoringCategories: LabelledCode[];
	};
}

export function toLocale(value: string | null | undefined): Locale {
	return value && isLocale(value) ? value : 'en';
}

/** The label of a code, or '' for an empty code. */
export function vocabLabel(vocab: VocabularyName, code: string | null | undefined, locale: Locale): string {
	return code ? label(vocab, code, locale) : '';
}

function labelled(vocab: VocabularyName, codes: string[], locale: Locale): LabelledCode[] {
	return codes.map((value) => ({ value, label: label(vocab, value, locale) }));
}

/** The description in the reader's language, else English, else the first one given. */
export function pickText(texts: Record<string, string> | null | undefined, locale: Locale): string {
	if (!texts) return '';
	return texts[locale] ?? texts.en ?? Object.values(texts)[0] ?? '';
}

/** What the calling service found out about the viewer and the owner of a contact. */
export interface ContactAccess {
	/** The viewer manages the actor, or is the account linked to the person. */
	own: boolean;
	/** An accepted connection request links the viewer with the actor or person. */
	connected: boolean;
}

/** No relation known: the safe default of every caller that did not look. */
export const NO_CONTACT_ACCESS: ContactAccess = Object.freeze({ own: false, connected: false });

/**
 * THE rule for contact details: public ones to everyone; otherwise curators and admins,
 * the owner (managers, the person's own account) and accepted connections only. Plain
 * signed-in members do not see them (decision record 0005).
 */
export function maySeeContact(isPublic: boolean, viewer: Viewer, access: ContactAccess = NO_CONTACT_ACCESS): boolean {
	if (isPublic) return true;
	if (!viewer) return false;
	if (viewer.role === 'admin' || viewer.role === 'curator') return true;
	return access.own || access.connected;
}

/** The actor's contact person the viewer may see, or null. */
export function profileContact(row: Pick<ActorRow, 'contact' | 'contact_public'>, viewer: Viewer, access: ContactAccess = NO_CONTACT_ACCESS): ContactPerson | null {
	if (!row.contact) return null;
	return maySeeContact(row.contact_public, viewer, access) ? { ...row.contact } : null;
}

/** A person's contact the viewer may see, or null (a person's contact is never public). */
export function personContact(row: Pick<PersonRow, 'contact'>, viewer: Viewer, access: ContactAccess = NO_CONTACT_ACCESS): string | null {
	if (!row.contact) return null;
	return maySeeContact(false, viewer, access) ? row.contact : null;
}

/** The public API item: never the contact person. */
export function toApiActor(row: ActorRow): ApiActor {
	return {
		id: row.id,
		name: row.name,
		type: row.type,
		country: row.country,
		region: row.region,
		city: row.city,
		languages: [...row.languages],
		categories: [...row.categories],
		targetGroups: [...row.target_groups],
		website: row.website,
		externalIds: { ...(row.external_ids ?? {}) }
	};
}

/** Exactly the API fields of any richer actor object (directory entries carry labels too). */
export function pickApiActor(actor: ApiActor): ApiActor {
	const { id, name, type, country, region, city, languages, categories, targetGroups, website, externalIds } = actor;
	return { id, name, type, country, region, city, languages, categories, targetGroups, website, externalIds };
}

/** A directory entry (list page, map twin list). */
export function toDirectoryActor(row: ActorRow, locale: Locale): DirectoryActor {
	const summary = pickText(row.description, locale);
	return {
		...toApiActor(row),
		slug: row.slug,
		typeLabel: vocabLabel('actor-type', row.type, locale),
		countryLabel: vocabLabel('country', row.country, locale),
		regionLabel: vocabLabel('ilo-region', row.region, locale),
		categoryLabels: row.categories.map((code) => label('skills-category', code, locale)),
		summary: summary.length > 240 ? `${summary.slice(0, 237)}…` : summary
	};
}

/** The full profile as the viewer may see it. */
export function toActorProfile(row: ActorRow, viewer: Viewer, locale: Locale, access: ContactAccess = NO_CONTACT_ACCESS): ActorProfile {
	return {
		...toApiActor(row),
		slug: row.slug,
		status: row.status,
		otherNames: [...row.other_names],
		latitude: row.latitude,
		longitude: row.longitude,
		sectors: [...row.sectors],
		description: { ...(row.description ?? {}) },
		size: row.size,
		foundedYear: row.founded_year,
		memberCount: row.member_count,
		helix: row.helix ? { ...row.helix } : null,
		contact: profileContact(row, viewer, access),
		mentoringCategories: [...(row.mentoring_categories ?? [])],
		contactPublic: row.contact_public,
		version: row.version,
		updatedAt: new Date(row.updated_at).toISOString(),
		labels: {
			type: vocabLabel('actor-type', row.type, locale),
			country: vocabLabel('country', row.country, locale),
			region: vocabLabel('ilo-region', row.region, locale),
			languages: labelled('language', row.languages, locale),
			categories: labelled('skills-category', row.categories, locale),
			targetGroups: labelled('target-group', row.target_groups, locale),
			mentoringCategories: labelled('skills-category', row.mentoring_categories ?? [], locale)
		}
	};
}

/** A small reference to another actor (relations, partners). */
export interface ActorRef {
	id: string;
	slug: string;
	name: string;
	type: string;
	typeLabel: string;
}

export function toActorRef(row: Pick<ActorRow, 'id' | 'slug' | 'name' | 'type'>, locale: Locale): ActorRef {
	return { id: row.id, slug: row.slug, name: row.name, type: row.type, typeLabel: vocabLabel('actor-type', row.type, locale) };
}
