/**
 * The library's write path used by importers and the demo loader: an idempotent upsert
 * of knowledge records that recognises a record already held (same DOI, else same
 * address, else same title and year) and links the language versions of one work, and
 * a batch insert for records an import knows to be new.
 */
import { randomUUID } from 'node:crypto';
import type { DB } from '../db';
import type { ResourceRow } from '../db/schema';
import { ResourceInput, type ResourceInputData } from '../../domain/resource';
import { invalidInput } from '../errors';
import {
	findActorBySlug,
	languageCodes,
	regionOfCountry,
	sameValue,
	slugify,
	uniqueSlug,
	validateInput,
	vocabCode,
	type UpsertStatus
} from '../network/service';
import * as queries from './queries';

/** How an incoming record may be recognised as one already stored, tried in this order. */
export type ResourceMatchKey = 'doi' | 'url' | 'title-year';

export interface UpsertResourceOptions {
	/** Which keys to try (default all three, in the order doi, url, title-year). */
	matchBy?: ResourceMatchKey[];
	/**
	 * A key of `extra` holding the record's id in its source ('demo', 'ksp'); when the
	 * input has it, the record holding the same value is matched before anything else.
	 */
	matchExtraKey?: string;
	/**
	 * The stored record this one matches (null: none), when the caller has looked it up
	 * already (an import's chunk, import-matches.ts); the lookups above are then skipped.
	 */
	match?: ResourceRow | null;
}

export interface UpsertResourceResult {
	status: UpsertStatus;
	id: string;
	slug: string;
	workId: string;
}

const DEFAULT_MATCH: ResourceMatchKey[] = ['doi', 'url', 'title-year'];

/**
 * Creates or updates one language version of a work. Matches compare records of the
 * same language only, so the Spanish version of a report is never taken for the English
 * one even when both share an address. `unchanged` when no stored field would differ.
 */
export async function upsertResource(db: DB, input: ResourceInputData, options: UpsertResourceOptions = {}): Promise<UpsertResourceResult> {
	const resource = validateInput(ResourceInput, input);
	const wanted = await resourceColumns(db, resource);
	const existing = options.match !== undefined ? (options.match ?? undefined) : await findMatchingResource(db, resource, wanted.language as string, options);

	if (!existing) {
		const workId = (resource.workKey && (await queries.findWorkIdByKey(db, resource.workKey))) || randomUUID();
		const slug = await uniqueSlug(db, 'resource', slugify(resource.title) || 'record');
		const published = wanted.status === 'published';
		const created = await queries.insertResource(db, {
			...(toWritable(wanted, null) as object),
			title: resource.title,
			language: wanted.language as string,
			type: wanted.type as string,
			work_id: workId,
			slug,
			published_at: published ? new Date() : null
		});
		return { status: 'created', id: created.id, slug: created.slug, workId: created.work_id };
	}

	const changes: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(wanted)) {
		const stored = existing[key as keyof ResourceRow];
		const next = key === 'extra' ? { ...(stored as object), ...(value as object) } : value;
		if (!sameValue(stored, next)) changes[key] = next;
	}
	if (resource.workKey && existing.extra?.workKey !== resource.workKey) {
		const workId = await queries.findWorkIdByKey(db, resource.workKey);
		if (workId && workId !== existing.work_id) changes.work_id = workId;
	}
	if ('status' in changes) changes.published_at = changes.status === 'published' ? new Date() : null;
	if (Object.keys(changes).length === 0) {
		return { status: 'unchanged', id: existing.id, slug: existing.slug, workId: existing.work_id };
	}
	await queries.updateResource(db, existing.id, toWritable(changes, existing));
	return { status: 'updated', id: existing.id, slug: existing.slug, workId: (changes.work_id as string) ?? existing.work_id };
}

/** Number of knowledge records (any status). */
export async function countResources(db: DB): Promise<number> {
	return queries.countResources(db);
}

/** Removes every record whose `extra` carries `key` (for example the demo records). */
export async function deleteResourcesByExtraKey(db: DB, key: string): Promise<number> {
	return queries.deleteResourcesWithExtraKey(db, key);
}

type ActorRef = { id: string; slug: string; name: string } | null | undefined;

/**
 * Creates records known to be new (no stored record, nor an earlier one of the batch,
 * shares a key with them) with one insert, in the order given. The caller has made
 * sure they are new; it gets their ids and slugs in the same order. Throws on the first
 * invalid record, writing nothing of the batch itself (the caller's savepoint).
 */
export async function insertNewResources(db: DB, inputs: ResourceInputData[]): Promise<{ id: string; slug: string; workId: string }[]> {
	const resources = inputs.map((input) => validateInput(ResourceInput, input));
	const actors = await queries.findActorsBySlugs(db, [...new Set(resources.map((resource) => resource.publisherActor).filter((slug): slug is string => !!slug))]);
	const columns = await Promise.all(resources.map((resource) => resourceColumns(db, resource, async (slug) => actors.get(slug))));
	// Language versions of one work named by the same key share its id, within the batch too.
	const works = new Map<string, string>();
	for (const resource of resources) {
		if (resource.workKey && !works.has(resource.workKey)) works.set(resource.workKey, (await queries.findWorkIdByKey(db, resource.workKey)) ?? randomUUID());
	}
	const slugs = await uniqueSlugs(db, resources.map((resource) => slugify(resource.title) || 'record'));
	const now = new Date();
	const rows = resources.map((resource, index) => {
		const wanted = columns[index];
		return {
			...(toWritable(wanted, null) as object),
			title: resource.title,
			language: wanted.language as string,
			type: wanted.type as string,
			work_id: (resource.workKey && works.get(resource.workKey)) || randomUUID(),
			slug: slugs[index],
			published_at: wanted.status === 'published' ? now : null
		};
	});
	const created = new Map((await queries.insertResources(db, rows)).map((row) => [row.slug, row]));
	return slugs.map((slug) => {
		const row = created.get(slug)!;
		return { id: row.id, slug: row.slug, workId: row.work_id };
	});
}

/** A free slug for each base, distinct from each other too (what uniqueSlug gives one at a time). */
async function uniqueSlugs(db: DB, bases: string[]): Promise<string[]> {
	const taken = await queries.takenResourceSlugs(db, [...new Set(bases)]);
	const given = new Set<string>();
	const slugs: string[] = [];
	for (const base of bases) {
		let slug = base;
		if (taken.has(base) || given.has(base)) {
			const used = new Set([...(await queries.resourceSlugsLike(db, base)), ...given]);
			let suffix = 2;
			while (used.has(`${base}-${suffix}`)) suffix++;
			slug = `${base}-${suffix}`;
		}
		given.add(slug);
		slugs.push(slug);
	}
	return slugs;
}

/** Column values the input asks for (JSON as objects); absent fields are left out. */
async function resourceColumns(
	db: DB,
	resource: ResourceInput,
	findActor: (slug: string) => Promise<ActorRef> = (slug) => findActorBySlug(db, slug)
): Promise<Record<string, unknown>> {
	const columns: Record<string, unknown> = {
		title: resource.title,
		language: languageCodes([resource.language])[0],
		type: vocabCode('resource-type', resource.type, 'type')
	};
	if (resource.abstract !== undefined) columns.abstract = resource.abstract;
	if (resource.categories !== undefined) columns.categories = unique(resource.categories.map((code) => vocabCode('skills-category', code, 'categories')));
	if (resource.topics !== undefined) columns.topics = resource.topics;
	if (resource.targetGroups !== undefined) columns.target_groups = unique(resource.targetGroups.map((code) => vocabCode('target-group', code, 'targetGroups')));
	if (resource.countries !== undefined) {
		const countries = unique(resource.countries.map((code) => vocabCode('country', code, 'countries')));
		columns.countries = countries;
		columns.regions = unique(countries.map(regionOfCountry).filter((region): region is string => !!region)).sort();
	}
	if (resource.publisherActor !== undefined) {
		if (resource.publisherActor === null) columns.publisher_actor_id = null;
		else {
			const actor = await findActor(resource.publisherActor);
			if (!actor) throw invalidInput(`publisherActor: no organisation has the slug "${resource.publisherActor}".`, { publisherActor: 'unknown organisation' });
			columns.publisher_actor_id = actor.id;
			if (resource.publisher === undefined || resource.publisher === '') columns.publisher_name = actor.name;
		}
	}
	if (resource.publisher !== undefined && resource.publisher !== '') columns.publisher_name = resource.publisher;
	else if (resource.publisher === '' && columns.publisher_name === undefined) columns.publisher_name = '';
	if (resource.authors !== undefined) columns.authors = resource.authors;
	if (resource.year !== undefined) columns.year = resource.year;
	if (resource.url !== undefined) columns.url = resource.url;
	if (resource.doi !== undefined) columns.doi = resource.doi;
	if (resource.licence !== undefined) columns.licence = resource.licence;
	if (resource.status !== undefined) columns.status = resource.status;
	if (resource.extra !== undefined || resource.workKey !== undefined) {
		columns.extra = { ...(resource.extra ?? {}), ...(resource.workKey ? { workKey: resource.workKey } : {}) };
	}
	return columns;
}

async function findMatchingResource(
	db: DB,
	resource: ResourceInput,
	language: string,
	options: UpsertResourceOptions
): Promise<ResourceRow | undefined> {
	const sourceId = options.matchExtraKey ? resource.extra?.[options.matchExtraKey] : undefined;
	if (options.matchExtraKey && (typeof sourceId === 'string' || typeof sourceId === 'number')) {
		const found = await queries.findResourceByExtraKey(db, options.matchExtraKey, String(sourceId));
		if (found) return found;
	}
	for (const key of options.matchBy ?? DEFAULT_MATCH) {
		let found: ResourceRow | undefined;
		if (key === 'doi' && resource.doi) found = await queries.findResourceByDoi(db, resource.doi, language);
		else if (key === 'url' && resource.url) found = await queries.findResourceByUrl(db, resource.url, language);
		else if (key === 'title-year') found = await queries.findResourceByTitleYear(db, resource.title, resource.year ?? null, language);
		if (found) return found;
	}
	return undefined;
}

/** Columns ready for Kysely: `extra` as JSON text merged into what is stored. */
function toWritable(columns: Record<string, unknown>, existing: ResourceRow | null): Record<string, unknown> {
	const row = { ...columns };
	if (row.extra !== undefined) row.extra = JSON.stringify({ ...(existing?.extra ?? {}), ...(row.extra as object) });
	return row;
}

function unique(values: string[]): string[] {
	return [...new Set(values)];
}
