/**
 * The roster of specialists: expertise categories, languages, countries of experience,
 * availability for mentoring or advisory missions. Each person is shown as they
 * consent: `public` to everyone, `members` to signed-in accounts, `hidden` to curators
 * (and to the account linked to the person). A person's contact reaches only curators,
 * the person's own account and accounts linked to it by an accepted connection request
 * (present.ts `maySeeContact`, decision record 0005).
 */
import { z } from 'zod';
import type { DB } from '../db';
import type { PersonRow, PersonVisibility } from '../db/schema';
import { canCurate, type SessionUser } from '../../domain/user';
import { CountryCode, LanguageCode, LocalizedText, VocabCode } from '../../domain/actor';
import { recordAudit } from '../audit/service';
import { AppError, conflict, forbidden, notFound } from '../errors';
import { languageCodes, slugify, validateInput, vocabCode } from './service';
import * as queries from './people-queries';
import { personContact, pickText, toLocale, vocabLabel, type LabelledCode, type Viewer } from './present';
import { connectedPeople } from '../connect/access';

export const PERSON_VISIBILITIES = ['public', 'members', 'hidden'] as const;

export const PersonInput = z.object({
	name: z.string().trim().min(1, 'a name is required').max(200),
	categories: z.array(VocabCode).max(20).optional(),
	languages: z.array(LanguageCode).max(20).optional(),
	countries: z.array(CountryCode).max(100).optional(),
	availableMentoring: z.boolean().optional(),
	/** Skills categories on which the person offers mentoring (narrows availableMentoring). */
	mentoringCategories: z.array(VocabCode).max(20).optional(),
	availableAdvisory: z.boolean().optional(),
	visibility: z.enum(PERSON_VISIBILITIES).optional(),
	contact: z.string().trim().max(300).optional(),
	userId: z.uuid().nullable().optional(),
	bio: LocalizedText(5000).optional()
});
export type PersonInputData = z.input<typeof PersonInput>;

export interface PersonSummary {
	id: string;
	slug: string;
	name: string;
	categories: LabelledCode[];
	languages: LabelledCode[];
	countries: LabelledCode[];
	availableMentoring: boolean;
	/** Categories on which the person offers mentoring (empty: any, when availableMentoring). */
	mentoringCategories: LabelledCode[];
	availableAdvisory: boolean;
	bio: string;
	/** Only for curators, the person's own account and accepted connections. */
	contact: string | null;
	/** Shown to curators, so they know who sees the entry. */
	visibility: PersonVisibility | null;
	/** The entry is linked to the viewer's own account (no requests to oneself). */
	ownEntry: boolean;
}

export const PeopleFilters = z.object({
	category: z.array(z.string().max(64)).max(20).default([]),
	language: z.array(z.string().max(16)).max(20).default([]),
	country: z.array(z.string().max(64)).max(50).default([]),
	availability: z.array(z.enum(['mentoring', 'advisory'])).max(2).default([]),
	page: z.coerce.number().int().min(1).max(10_000).default(1)
});
export type PeopleFilters = z.output<typeof PeopleFilters>;

export const PEOPLE_PAGE_SIZE = 30;

function assertCurator(user: SessionUser | null): asserts user is SessionUser {
	if (!canCurate(user)) throw forbidden('Only curators may add or edit people of the roster.');
}

/** Curators may add anyone; a signed-in member only themselves, once. Answers true for a member adding themselves. */
async function assertMayAddPerson(db: DB, user: SessionUser | null): Promise<boolean> {
	if (!user) throw new AppError('unauthenticated', 'Sign in to join the roster.');
	if (canCurate(user)) return false;
	if (await queries.findPersonOfUser(db, user.id)) throw conflict('You are already on the roster.');
	return true;
}

function columnsOf(input: PersonInputData): queries.PersonColumns {
	const person = validateInput(PersonInput, input);
	return {
		name: person.name,
		categories: [...new Set((person.categories ?? []).map((code) => vocabCode('skills-category', code, 'categories')))],
		languages: languageCodes(person.languages ?? []),
		countries: [...new Set((person.countries ?? []).map((code) => vocabCode('country', code, 'countries')))],
		available_mentoring: person.availableMentoring ?? false,
		mentoring_categories: [...new Set((person.mentoringCategories ?? []).map((code) => vocabCode('skills-category', code, 'mentoringCategories')))],
		available_advisory: person.availableAdvisory ?? false,
		visibility: person.visibility ?? 'members',
		contact: person.contact ?? '',
		user_id: person.userId ?? null,
		bio: person.bio ?? {}
	};
}

/** Adds a person to the roster: curators add anyone, a member adds themselves (linked to their account, once); audited. */
export async function createPerson(db: DB, user: SessionUser | null, input: PersonInputData, ctx: { ip?: string } = {}): Promise<{ id: string; slug: string }> {
	const self = await assertMayAddPerson(db, user);
	const columns = columnsOf(self ? { ...input, userId: user!.id } : input);
	const base = slugify(columns.name) || 'person';
	const taken = new Set(await queries.personSlugsLike(db, base));
	let slug = base;
	for (let suffix = 2; taken.has(slug); suffix++) slug = `${base}-${suffix}`;
	const id = await queries.insertPerson(db, slug, columns);
	await recordAudit(db, { user, action: 'person.created', targetType: 'person', targetId: id, details: { name: columns.name, visibility: columns.visibility }, ip: ctx.ip });
	return { id, slug };
}

/** Replaces a person's entry (curators); audited. */
export async function updatePerson(db: DB, user: SessionUser | null, id: string, input: PersonInputData, ctx: { ip?: string } = {}): Promise<void> {
	assertCurator(user);
	const existing = /^[0-9a-f-]{36}$/i.test(id) ? await queries.findPersonById(db, id) : undefined;
	if (!existing) throw notFound('The person');
	const columns = columnsOf(input);
	await queries.updatePersonRow(db, id, columns);
	await recordAudit(db, { user, action: 'person.updated', targetType: 'person', targetId: id, details: { name: columns.name, visibility: columns.visibility }, ip: ctx.ip });
}

/** The visibilities a viewer may see. */
export function visibleTo(viewer: Viewer): PersonVisibility[] {
	if (!viewer) return ['public'];
	if (viewer.role === 'admin' || viewer.role === 'curator') return ['public', 'members', 'hidden'];
	return ['public', 'members'];
}

/** One page of the roster as the viewer may see it. */
export async function listPeople(db: DB, viewer: Viewer, input: z.input<typeof PeopleFilters> = {}, locale?: string) {
	const filters = validateInput(PeopleFilters, input);
	const lang = toLocale(locale);
	const { rows, total } = await queries.selectPeople(
		db,
		{
			visibilities: visibleTo(viewer),
			ownUserId: viewer?.id ?? null,
			category: filters.category,
			language: filters.language,
			country: filters.country.map((value) => value.toUpperCase()),
			availability: filters.availability
		},
		PEOPLE_PAGE_SIZE,
		(filters.page - 1) * PEOPLE_PAGE_SIZE
	);
	const curator = viewer?.role === 'admin' || viewer?.role === 'curator';
	const connected = await connectedPeople(db, viewer, rows.map((row) => row.id));
	return {
		items: rows.map((row) => toPersonSummary(row, viewer, lang, curator, connected.has(row.id))),
		total,
		page: filters.page,
		perPage: PEOPLE_PAGE_SIZE,
		filters
	};
}

function toPersonSummary(row: PersonRow, viewer: Viewer, locale: ReturnType<typeof toLocale>, curator: boolean, connected: boolean): PersonSummary {
	return {
		id: row.id,
		slug: row.slug,
		name: row.name,
		categories: row.categories.map((code) => ({ value: code, label: vocabLabel('skills-category', code, locale) })),
		languages: row.languages.map((code) => ({ value: code, label: vocabLabel('language', code, locale) })),
		countries: row.countries.map((code) => ({ value: code, label: vocabLabel('country', code, locale) })),
		availableMentoring: row.available_mentoring,
		mentoringCategories: (row.mentoring_categories ?? []).map((code) => ({ value: code, label: vocabLabel('skills-category', code, locale) })),
		availableAdvisory: row.available_advisory,
		bio: pickText(row.bio, locale),
		contact: personContact(row, viewer, { own: !!viewer && row.user_id === viewer.id, connected }),
		visibility: curator ? row.visibility : null,
		ownEntry: !!viewer && row.user_id === viewer.id
	};
}
