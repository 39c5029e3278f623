/**
 * The network's write path used by importers and the demo loader: idempotent upserts
 * of actors and relations that answer created / updated / unchanged, so that loading the
 * same data twice changes nothing.
 */
import type { z } from 'zod';
import type { DB } from '../db';
import type { ActorRow, NewActorRow, ActorUpdate } from '../db/schema';
import { ActorInput, RELATION_TYPES, type ActorInputData, type RelationType } from '../../domain/actor';
import { AppError, invalidInput, zodFieldErrors } from '../errors';
import { lookup } from '../vocab';
import * as queries from './queries';
import { isUuid } from '../ids';

export type UpsertStatus = 'created' | 'updated' | 'unchanged';

export interface UpsertActorResult {
	status: UpsertStatus;
	id: string;
	slug: string;
}

export interface UpsertActorOptions {
	/**
	 * Key of `externalIds` that identifies the actor in its source ('demo', 'kumu',
	 * 'erasmus'). When the input carries an id under that key, the actor holding it is
	 * updated; otherwise the actor with the slug of the name is, unless that one already
	 * holds a different id of the same source (two source records, two actors).
	 */
	matchExternalId?: string;
	/** Id of the actor to update (an export re-imported); tried before anything else. */
	id?: string;
}

/** Creates or updates one actor; `unchanged` when no stored field would differ. */
export async function upsertActor(db: DB, input: ActorInputData, options: UpsertActorOptions = {}): Promise<UpsertActorResult> {
	const actor = validateInput(ActorInput, input);
	const columns = actorColumns(actor);
	const byId = options.id && isUuid(options.id) ? await queries.findActorById(db, options.id.toLowerCase()) : undefined;
	const existing = byId ?? (await findMatchingActor(db, actor, options.matchExternalId));
	if (!existing) {
		const slug = await uniqueSlug(db, 'actor', slugify(actor.name) || 'actor');
		const row: NewActorRow = { ...toWritable(columns, null), slug, name: actor.name, type: columns.type as string };
		const created = await queries.insertActor(db, row);
		return { status: 'created', ...created };
	}
	const changes = changedActorColumns(existing, columns);
	if (Object.keys(changes).length === 0) return { status: 'unchanged', id: existing.id, slug: existing.slug };
	await queries.updateActor(db, existing.id, toWritable(changes, existing));
	return { status: 'updated', id: existing.id, slug: existing.slug };
}

/**
 * Inserts a new actor even when one with the same name exists (the create forms, once
 * the user confirmed it is a distinct organisation); vocabulary values are checked as in
 * upsertActor. Returns the stored row.
 */
export async function insertNewActor(db: DB, input: ActorInputData): Promise<ActorRow> {
	const actor = validateInput(ActorInput, input);
	const columns = actorColumns(actor);
	const slug = await uniqueSlug(db, 'actor', slugify(actor.name) || 'actor');
	const row: NewActorRow = { ...toWritable(columns, null), slug, name: actor.name, type: columns.type as string };
	const created = await queries.insertActor(db, row);
	return (await queries.findActorById(db, created.id))!;
}

export interface RelationUpsertInput {
	sourceId: string;
	targetId: string;
	type: RelationType | string;
	label?: string;
	description?: string;
	startYear?: number | null;
	endYear?: number | null;
}

export interface UpsertRelationResult {
	status: UpsertStatus;
	id: string;
}

/**
 * Creates or updates the relation of `type` from source to target (one per triple);
 * refuses self-loops, unknown types and unknown actors with `invalid_input`.
 */
export async function upsertRelation(db: DB, input: RelationUpsertInput): Promise<UpsertRelationResult> {
	if (!(RELATION_TYPES as readonly string[]).includes(input.type)) {
		throw invalidInput(`Unknown relation type "${input.type}"; use one of ${RELATION_TYPES.join(', ')}.`, { type: 'unknown relation type' });
	}
	if (input.sourceId === input.targetId) {
		throw invalidInput('A relation links two different organisations; this one points to itself.', { to: 'same as from' });
	}
	const { startYear, endYear } = input;
	if (startYear != null && endYear != null && endYear < startYear) {
		throw invalidInput('The end year comes before the start year.', { endYear: 'before the start year' });
	}
	const found = await queries.existingActorIds(db, [input.sourceId, input.targetId].filter(isUuid));
	for (const [field, id] of [['from', input.sourceId], ['to', input.targetId]] as const) {
		if (!found.includes(id)) throw invalidInput(`The organisation ${id} does not exist.`, { [field]: 'unknown organisation' });
	}
	const wanted: Partial<queries.RelationColumns> = {};
	if (input.label !== undefined) wanted.label = input.label.trim().slice(0, 300);
	if (input.description !== undefined) wanted.description = input.description.trim().slice(0, 5000);
	if (startYear !== undefined) wanted.start_year = startYear;
	if (endYear !== undefined) wanted.end_year = endYear;
	const existing = await queries.findRelation(db, input.sourceId, input.targetId, input.type);
	if (!existing) {
		const created = await queries.insertRelation(db, {
			source_id: input.sourceId,
			target_id: input.targetId,
			type: input.type,
			label: wanted.label ?? '',
			description: wanted.description ?? '',
			start_year: wanted.start_year ?? null,
			end_year: wanted.end_year ?? null
		});
		return { status: 'created', id: created.id };
	}
	const changes = Object.fromEntries(
		Object.entries(wanted).filter(([key, value]) => existing[key as keyof typeof wanted] !== value)
	) as Partial<queries.RelationColumns>;
	if (Object.keys(changes).length === 0) return { status: 'unchanged', id: existing.id };
	await queries.updateRelation(db, existing.id, changes);
	return { status: 'updated', id: existing.id };
}

/** Number of actors (any status). */
export async function countActors(db: DB): Promise<number> {
	return queries.countActors(db);
}

/** Number of relations. */
export async function countRelations(db: DB): Promise<number> {
	return queries.countRelations(db);
}

/**
 * The actor id a reference from a file points to: an id, a slug, an id in the external
 * system `externalIdKey`, or an unambiguous name. Null when nothing (or more than one
 * actor) matches.
 */
export async function findActorIdByRef(db: DB, ref: string, externalIdKey?: string): Promise<string | null> {
	const text = ref.trim();
	if (!text) return null;
	if (isUuid(text)) {
		const byId = await queries.findActorById(db, text.toLowerCase());
		if (byId) return byId.id;
	}
	if (externalIdKey) {
		const byExternal = await queries.findActorByExternalId(db, externalIdKey, text);
		if (byExternal) return byExternal.id;
	}
	const bySlug = await queries.findActorBySlug(db, text);
	if (bySlug) return bySlug.id;
	const byName = await queries.findActorsByName(db, text);
	return byName.length === 1 ? byName[0].id : null;
}

/** The actor with this slug, as a small summary (null when absent). */
export async function findActorBySlug(db: DB, slug: string): Promise<{ id: string; slug: string; name: string } | null> {
	const row = await queries.findActorBySlug(db, slug);
	return row ? { id: row.id, slug: row.slug, name: row.name } : null;
}

/** Removes every actor carrying an id of the external system `key` (with their relations). */
export async function deleteActorsByExternalIdKey(db: DB, key: string): Promise<number> {
	return queries.deleteActorsWithExternalIdKey(db, key);
}

// ---------------------------------------------------------------------------------
// Shared helpers (the library area uses them too).

/** URL-safe form of a name: ASCII letters and digits, lower case, single dashes, at most maxLength. */
export function slugify(text: string, maxLength = 80): string {
	const ascii = text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/ß/g, 'ss')
		.replace(/æ/g, 'ae')
		.replace(/œ/g, 'oe')
		.replace(/ø/g, 'o')
		.replace(/ł/g, 'l')
		.replace(/đ/g, 'd');
	let slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
	if (slug.length > maxLength) {
		slug = slug.slice(0, maxLength);
		const lastDash = slug.lastIndexOf('-');
		if (lastDash > maxLength / 2) slug = slug.slice(0, lastDash);
		slug = slug.replace(/-+$/g, '');
	}
	return slug;
}

/** `base`, or `base-2`, `base-3`… whichever is free first in the table. */
export async function uniqueSlug(db: DB, table: 'actor' | 'resource', base: string): Promise<string> {
	const taken = new Set(await queries.slugsLike(db, table, base));
	if (!taken.has(base)) return base;
	let suffix = 2;
	while (taken.has(`${base}-${suffix}`)) suffix++;
	return `${base}-${suffix}`;
}

/** JSON with object keys sorted, so two equal values give the same text. */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (value && typeof value === 'object' && !(value instanceof Date)) {
		return Object.fromEntries(
			Object.keys(value)
				.filter((key) => (value as Record<string, unknown>)[key] !== undefined)
				.sort()
				.map((key) => [key, sortKeys((value as Record<string, unknown>)[key])])
		);
	}
	return value;
}

/** True when two stored values (scalars, arrays, JSON objects) are the same. */
export function sameValue(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (a == null || b == null) return a == null && b == null;
	return canonicalJson(a) === canonicalJson(b);
}

/** Parses input with a zod schema; failures become invalid_input naming each field. */
export function validateInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
	const parsed = schema.safeParse(input);
	if (!parsed.success) {
		const fields = zodFieldErrors(parsed.error.issues);
		const [field, message] = Object.entries(fields)[0] ?? ['_', 'invalid'];
		throw new AppError('invalid_input', `${field}: ${message}`, { fields });
	}
	return parsed.data;
}

/** The vocabulary code of a value (code, alias or label), or invalid_input naming the field. */
export function vocabCode(vocab: Parameters<typeof lookup>[0], value: string, field: string): string {
	const concept = lookup(vocab, value);
	if (!concept) throw invalidInput(`${field}: "${value}" is not a known ${vocab.replace(/-/g, ' ')}.`, { [field]: 'unknown code' });
	return concept.code;
}

/** The ILO region of a country code, when the vocabulary knows it. */
export function regionOfCountry(country: string): string | null {
	const region = lookup('country', country)?.extra?.iloRegion;
	return typeof region === 'string' ? region : null;
}

/** Language codes in their vocabulary form; codes the vocabulary does not know are kept as given. */
export function languageCodes(values: string[]): string[] {
	return [...new Set(values.map((value) => lookup('language', value)?.code ?? value.toLowerCase()))];
}

// ---------------------------------------------------------------------------------
// Actor rows.

/** Column values an input asks for, as plain values (JSON columns as objects). */
type ActorColumns = Partial<Omit<Record<keyof ActorRow, unknown>, 'id' | 'slug' | 'version' | 'created_at' | 'updated_at'>>;

const JSON_COLUMNS = ['description', 'external_ids', 'contact', 'helix', 'extra'] as const;
/** JSON columns whose keys are merged into what is stored rather than replacing it. */
const MERGED_COLUMNS = ['description', 'external_ids', 'extra'] as const;

function actorColumns(actor: ActorInput): ActorColumns {
	const columns: ActorColumns = { name: actor.name, type: vocabCode('actor-type', actor.type, 'type') };
	if (actor.otherNames !== undefined) columns.other_names = actor.otherNames;
	if (actor.country !== undefined) {
		columns.country = actor.country === null ? null : vocabCode('country', actor.country, 'country');
		columns.region = columns.country ? regionOfCountry(columns.country as string) : null;
	}
	if (actor.region != null && !columns.region) columns.region = vocabCode('ilo-region', actor.region, 'region');
	else if (actor.region === null && actor.country === undefined) columns.region = null;
	if (actor.city !== undefined) columns.city = actor.city;
	if (actor.latitude !== undefined) columns.latitude = actor.latitude;
	if (actor.longitude !== undefined) columns.longitude = actor.longitude;
	if (actor.languages !== undefined) columns.languages = languageCodes(actor.languages);
	if (actor.categories !== undefined) columns.categories = unique(actor.categories.map((code) => vocabCode('skills-category', code, 'categories')));
	if (actor.targetGroups !== undefined) columns.target_groups = unique(actor.targetGroups.map((code) => vocabCode('target-group', code, 'targetGroups')));
	if (actor.sectors !== undefined) columns.sectors = actor.sectors;
	if (actor.description !== undefined) columns.description = actor.description;
	if (actor.website !== undefined) columns.website = actor.website;
	if (actor.externalIds !== undefined) columns.external_ids = actor.externalIds;
	if (actor.contact !== undefined) columns.contact = cleanContact(actor.contact);
	if (actor.contactPublic !== undefined) columns.contact_public = actor.contactPublic;
	if (actor.size !== undefined) columns.size = actor.size || null;
	if (actor.foundedYear !== undefined) columns.founded_year = actor.foundedYear;
	if (actor.memberCount !== undefined) columns.member_count = actor.memberCount;
	if (actor.helix !== undefined) columns.helix = actor.helix;
	if (actor.extra !== undefined) columns.extra = actor.extra;
	if (actor.status !== undefined) columns.status = actor.status;
	return columns;
}

function cleanContact(contact: ActorInput['contact']) {
	if (!contact) return null;
	const kept = Object.fromEntries(Object.entries(contact).filter(([, value]) => typeof value === 'string' && value.trim() !== ''));
	return Object.keys(kept).length > 0 ? kept : null;
}

/** The columns whose wanted value differs from the stored one (merged JSON columns merged first). */
function changedActorColumns(existing: ActorRow, wanted: ActorColumns): ActorColumns {
	const changes: ActorColumns = {};
	for (const [key, value] of Object.entries(wanted) as [keyof ActorColumns, unknown][]) {
		const stored = existing[key];
		const next = (MERGED_COLUMNS as readonly string[]).includes(key)
			? { ...((stored as Record<string, unknown>) ?? {}), ...(value as Record<string, unknown>) }
			: value;
		if (!sameValue(stored, next)) changes[key] = next;
	}
	return changes;
}

/** Columns ready for Kysely: JSON columns as JSON text, merged with what is stored on insert too. */
function toWritable(columns: ActorColumns, existing: ActorRow | null): ActorUpdate {
	const row: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(columns)) {
		if (!(JSON_COLUMNS as readonly string[]).includes(key)) row[key] = value;
		else if (value === null) row[key] = null;
		else if (existing && (MERGED_COLUMNS as readonly string[]).includes(key)) {
			row[key] = JSON.stringify({ ...((existing[key as keyof ActorRow] as object) ?? {}), ...(value as object) });
		} else row[key] = JSON.stringify(value);
	}
	return row as ActorUpdate;
}

async function findMatchingActor(db: DB, actor: ActorInput, key: string | undefined): Promise<ActorRow | undefined> {
	const sourceId = key ? actor.externalIds?.[key] : undefined;
	if (key && sourceId) {
		const byExternalId = await queries.findActorByExternalId(db, key, sourceId);
		if (byExternalId) return byExternalId;
	}
	const slug = slugify(actor.name);
	if (!slug) return undefined;
	const bySlug = await queries.findActorBySlug(db, slug);
	// A slug outlives renames: only an actor still bearing this name is the same one.
	if (!bySlug || slugify(bySlug.name) !== slug) return undefined;
	// Another record of the same source already owns this actor: this input is a different one.
	if (key && sourceId && bySlug.external_ids?.[key] && bySlug.external_ids[key] !== sourceId) return undefined;
	return bySlug;
}

function unique(values: string[]): string[] {
	return [...new Set(values)];
}
